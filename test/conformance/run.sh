#!/usr/bin/env bash
# Runs the official MCP conformance suite (@modelcontextprotocol/conformance,
# pinned in package-lock.json, on Node 22 from npm's "node" package) against
# `proxmox-mcp serve --http` on the built-in simulator: once with stateful
# sessions, once --http-stateless. evaluate.mjs judges the results against
# not-applicable.txt and known-flaky.txt; the exit status is 0 only if every
# applicable check passes.
#
#   test/conformance/run.sh bin/proxmox-mcp
set -euo pipefail

bin=${1:?usage: run.sh path/to/proxmox-mcp}
bin=$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

node=$here/node_modules/.bin/node
suite=$here/node_modules/@modelcontextprotocol/conformance/dist/index.js

# install runs npm ci when the lockfile changed since the last install.
# The registry occasionally serves stale metadata for a moment, hence the
# retries.
install() {
	local stamp=node_modules/.installed
	if [[ -x $node && -f $suite && $stamp -nt package-lock.json ]]; then
		return
	fi
	for try in 1 2 3; do
		if npm ci --no-audit --no-fund --loglevel=error; then
			touch "$stamp"
			return
		fi
		echo "conformance: npm ci failed (try $try of 3)" >&2
		sleep 3
	done
	echo "conformance: cannot install the suite" >&2
	exit 1
}

pids=()
cleanup() {
	for pid in "${pids[@]}"; do
		kill "$pid" 2>/dev/null || true
		wait "$pid" 2>/dev/null || true
	done
}
trap cleanup EXIT

# start_server MODE [FLAGS...] starts the server on a free loopback port
# with a clean environment (no Proxmox or HTTP settings of the caller's
# leak in) and sets url from its start-up line.
start_server() {
	local mode=$1 log=results/$1.server.log
	shift
	env -i PATH="$PATH" HOME="$HOME" "$bin" serve --demo --http 127.0.0.1:0 "$@" 2>"$log" &
	pids+=($!)
	url=
	for _ in $(seq 150); do
		url=$(sed -n 's/^proxmox-mcp: serving MCP at \(http[^ ]*\) .*/\1/p' "$log")
		[[ -n $url ]] && return
		kill -0 "${pids[-1]}" 2>/dev/null || break
		sleep 0.1
	done
	echo "conformance: the $mode server did not start:" >&2
	cat "$log" >&2
	exit 1
}

# run_suite MODE runs every scenario; the suite's own exit status counts
# not-applicable failures too, so evaluate.mjs decides instead.
run_suite() {
	local mode=$1 pid=${pids[-1]}
	echo "conformance: $mode server at $url"
	timeout 900 "$node" "$suite" server --url "$url" --suite all -o "results/$mode" >"results/$mode.log" 2>&1 || true
	if ! kill -0 "$pid" 2>/dev/null; then
		echo "conformance: the $mode server died during the suite:" >&2
		tail -20 "results/$mode.server.log" >&2
		exit 1
	fi
}

install
rm -rf results
mkdir -p results
echo "conformance: suite $("$node" "$suite" --version) on Node $("$node" --version)"

start_server stateful
run_suite stateful
start_server stateless --http-stateless
run_suite stateless

"$node" evaluate.mjs not-applicable.txt known-flaky.txt stateful=results/stateful stateless=results/stateless
