# proxmox-mcp — build, generate, test.
GO            ?= go
BIN           ?= bin/proxmox-mcp
APIDOC_DIR    ?= schema/apidoc
SHARED_SCHEMA ?= ../shared/schema
# make generate ACCEPT=1 records new apidoc.js bytes in schema/manifest.json.
ACCEPT        ?=
# The binary is built with Go's newer encoding/json implementation: tool
# results are JSON inside JSON-RPC, and it halves the server's share of a
# call (BenchmarkToolCall: 118 -> 60 us). EXPERIMENT= builds without it.
EXPERIMENT    ?= jsonv2
# The release version of make dist; empty means git describe --tags --always --dirty.
VERSION       ?=

export PROXMOX_APIDOC_DIR := $(abspath $(APIDOC_DIR))

.PHONY: all build test vet lint race generate check-generated schema e2e bench conformance dist dist-test clean

all: build

## build: the one binary, bin/proxmox-mcp, built as the released ones are:
## statically (CGO_ENABLED=0), so make bench measures what users run and
## no C library is loaded (1.8 MB less peak RSS than a cgo build)
build:
	CGO_ENABLED=0 GOEXPERIMENT=$(EXPERIMENT) $(GO) build -o $(BIN) ./cmd/proxmox-mcp

## schema: put the pinned apidoc.js dumps into schema/apidoc (copied from
## ../shared/schema when present, else extracted from the docs package of that
## release in Proxmox's APT repository; PROXMOX_DEB_MIRROR=URL for a mirror),
## each checked against its sha256 in schema/manifest.json
schema:
	$(GO) run ./gen -fetch -from "$(SHARED_SCHEMA)"

## generate: rewrite generated/ from the dumps
generate: schema
	$(GO) run ./gen $(if $(ACCEPT),-accept) -out generated

## check-generated: regenerate into a temporary directory and compare
check-generated: schema
	@tmp=$$(mktemp -d); trap 'rm -rf "$$tmp"' EXIT; \
	$(GO) run ./gen -q -out "$$tmp" && \
	if ! diff -r generated/pve "$$tmp/pve" >/dev/null || ! diff -r generated/pbs "$$tmp/pbs" >/dev/null; then \
		diff -r generated/pve "$$tmp/pve" | head -20; diff -r generated/pbs "$$tmp/pbs" | head -20; \
		echo "generated/ is out of date with the generator or the dumps: run make generate and commit the result"; exit 1; \
	fi; echo "generated/ is up to date"

vet:
	$(GO) vet ./...

## test: vet and every Go test (needs the dumps: make schema)
test: schema vet
	$(GO) test -count=1 ./...

## lint: staticcheck at a pinned version (installed into bin/tools)
STATICCHECK_VERSION ?= v0.8.2
lint:
	GOBIN=$(abspath bin/tools) $(GO) install honnef.co/go/tools/cmd/staticcheck@$(STATICCHECK_VERSION)
	bin/tools/staticcheck ./...

## race: the packages with concurrency (server, task wait, HTTP transport,
## simulator, client, wire) under the race detector; -short skips the
## whole-catalog sweeps, which the plain test run covers
RACE_PACKAGES ?= ./internal/mcpserver ./internal/httpserve ./internal/sim ./internal/proxmox ./internal/wire ./internal/redact ./internal/typed ./internal/audit ./internal/humanize
race: schema
	$(GO) test -race -short -count=1 $(RACE_PACKAGES)

## bench: build the binary and measure it against the simulator (start-up,
## memory, context cost, call latency, first calls, result bytes, HTTP
## throughput, build, micro-benchmarks), each figure also as a ratio to its
## floor from the same run (a two-tool mcp-go server the benchmark builds, the
## direct HTTP request); prints the table and writes docs/benchmarks.md.
## BENCH_ARGS="-only latency,firstcall" runs parts. Reports, never fails on a
## missed target; not part of CI.
BENCH_ARGS    ?=
bench: build schema
	$(GO) run ./test/bench -bin $(BIN) $(BENCH_ARGS)

## e2e: end-to-end tests through the official TypeScript MCP SDK client and
## the MCP Inspector CLI (needs node and npm; runs npm ci in test/e2e)
e2e: build
	@test/e2e/run.sh $(BIN)

## conformance: the official MCP conformance suite (@modelcontextprotocol/conformance,
## pinned in test/conformance, on Node 22 from npm) against serve --http on the
## simulator, stateful and --http-stateless; fails on any check that applies
conformance: build
	@test/conformance/run.sh $(BIN)

## dist: the release in dist/: proxmox-mcp_<version>_<os>_<arch>.tar.gz (.zip for
## windows) for linux, darwin and windows on amd64 and arm64, the npm packages
## (npm/: proxmox-mcp and one @proxmox-mcp/<os>-<arch> per platform), SHA256SUMS
## and release.json; byte-identical on every run of the same checkout.
## VERSION=v1.2.3 names the release.
dist:
	$(GO) run ./internal/release/mkdist -out dist -goexperiment "$(EXPERIMENT)" $(if $(VERSION),-version "$(VERSION)")

## dist-test: make dist, then launch what it built as users do: npx from the
## npm tarballs and go run …@version from a local module proxy, each through an
## MCP handshake; checks SHA256SUMS and that an archive rebuilds byte for byte
dist-test: dist
	@test/dist/run.sh dist

clean:
	rm -rf bin dist
