#!/usr/bin/env bash
# make dist-test: launches what make dist built as users launch it, loopback
# only, and prints the figures (sizes, time to the first tools/list).
#
#  - SHA256SUMS checks, and the linux/amd64 archive's binary reports the
#    release's version and revision;
#  - linux/amd64 rebuilt from the same checkout gives a byte-identical archive
#    (DIST_TEST_COLD_CACHE=1: with an empty Go build cache, minutes longer);
#  - npm (npm.test.mjs): the wrapper installed from its tarball into an empty
#    directory, then npx proxmox-mcp serve --demo through the official
#    TypeScript MCP SDK client (initialize, tools/list, tools/call); cold
#    npx -y from an empty cache; the message when the platform package is
#    missing. npm reaches only a loopback registry serving dist/npm;
#  - Go: go run github.com/proxmox-mcp/proxmox-mcp/cmd/proxmox-mcp@<version>
#    from an empty directory, with the module served by a file-based module
#    proxy of this working tree: version, then the same MCP session.
#
# Usage: test/dist/run.sh [dist-dir]   (default: dist, as make dist writes it)
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
dist=$(cd "${1:-$root/dist}" && pwd)
module=github.com/proxmox-mcp/proxmox-mcp
main=$module/cmd/proxmox-mcp

for tool in go node npm npx sha256sum tar; do
  command -v "$tool" >/dev/null || { echo "dist-test: $tool is not installed" >&2; exit 1; }
done
[ -f "$dist/release.json" ] || { echo "dist-test: $dist/release.json is missing: run make dist" >&2; exit 1; }

work=$(mktemp -d)
# The module cache is read-only by design; make it writable to remove it.
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
passed=0
trap 'echo "FAIL  at line $LINENO: $BASH_COMMAND" >&2; echo "dist-test: $passed passed, 1 failed"' ERR
ok() { passed=$((passed + 1)); echo "ok    $*"; }
field() { node -p "require('$dist/release.json').$1"; }
# timing LAUNCH JSON: notes the time to the first tools/list of a session.
timing() { echo "$1: first tools/list $(node -p "Math.round(($2).toolsListMs)") ms after spawning it" | tee -a "$work/timings.txt"; }
start=$SECONDS

version=$(field version)
npm_version=$(field npm_version)
revision=$(field revision)
echo "== dist-test: $version (npm $npm_version, revision ${revision:0:12}) from $dist"

echo "== checksums and the linux/amd64 archive"
(cd "$dist" && sha256sum --quiet -c SHA256SUMS)
ok "SHA256SUMS matches all $(wc -l <"$dist/SHA256SUMS") archives and packages"
archive=proxmox-mcp_${version}_linux_amd64.tar.gz
mkdir "$work/archive"
tar -xzf "$dist/$archive" -C "$work/archive"
"$work/archive/proxmox-mcp" version >"$work/version.txt"
[ "$(sed -n 1p "$work/version.txt")" = "proxmox-mcp $version" ]
grep -q "^revision $revision" "$work/version.txt"
ok "$archive: proxmox-mcp version says $version, revision ${revision:0:12}"

echo "== reproducibility: linux/amd64 again"
rebuild_env=()
[ "${DIST_TEST_COLD_CACHE:-}" = 1 ] && rebuild_env=(GOCACHE="$work/gocache")
t0=$SECONDS
(cd "$root" && env "${rebuild_env[@]}" go run ./internal/release/mkdist -out "$work/again" -targets linux/amd64 \
  -goexperiment "$(field goexperiment)" -version "$version" 2>"$work/again.log") || { cat "$work/again.log" >&2; false; }
cmp "$dist/$archive" "$work/again/$archive"
cmp "$dist/npm/proxmox-mcp-linux-x64-$npm_version.tgz" "$work/again/npm/proxmox-mcp-linux-x64-$npm_version.tgz"
cmp "$dist/npm/proxmox-mcp-$npm_version.tgz" "$work/again/npm/proxmox-mcp-$npm_version.tgz"
ok "rebuilt archive and npm packages are byte-identical ($((SECONDS - t0))s${rebuild_env:+, empty build cache})"

echo "== npm: npm ci (test/dist)"
(cd "$here" && npm ci --no-audit --no-fund --loglevel=error >"$work/npm-ci.log" 2>&1) || { cat "$work/npm-ci.log" >&2; false; }
direct=$(cd "$here" && node handshake.mjs --version "$version" -- "$work/archive/proxmox-mcp" serve --demo)
timing "the binary itself (for comparison)" "$direct"
echo "== npm: the packages through npx"
(cd "$here" && DIST_DIR="$dist" node --test --test-reporter=spec npm.test.mjs) | tee "$work/npm.log"
grep -E '^(npx|node_modules)' "$work/npm.log" >>"$work/timings.txt"
passed=$((passed + $(sed -n 's/^ℹ pass \([0-9]*\)$/\1/p' "$work/npm.log")))

echo "== go run $main@<version>, module from a local proxy"
# The module, as this working tree is, under the version a proxy would give
# this commit (its tag, else its pseudo-version).
modversion=$(cd "$root" && go run ./internal/release/mkdist goproxy "$work/goproxy")
mkdir "$work/user"
# As a user has it: GOFLAGS=-mod=mod, no GOEXPERIMENT, an empty module
# cache, the public proxy for the dependencies. GONOSUMDB for this module
# alone: the checksum database knows only what the public proxy served, and
# this version of the module was never published there; every dependency
# is still checked against it.
gorun_env=(
  GOPROXY="file://$work/goproxy,https://proxy.golang.org" GONOSUMDB=$module GOFLAGS=-mod=mod
  GOMODCACHE="$work/gomodcache" GOWORK=off GOEXPERIMENT=
)
t0=$SECONDS
(cd "$work/user" && env "${gorun_env[@]}" go run "$main@$modversion" version >"$work/gorun.txt" 2>"$work/gorun.log") ||
  { cat "$work/gorun.log" >&2; false; }
[ "$(sed -n 1p "$work/gorun.txt")" = "proxmox-mcp $modversion" ] || { cat "$work/gorun.txt" >&2; false; }
ok "go run $main@$modversion version: proxmox-mcp $modversion, $(sed -n 2p "$work/gorun.txt") ($((SECONDS - t0))s, compiling)"
latest=$(cd "$work/user" && env "${gorun_env[@]}" go run "$main@latest" version 2>/dev/null | sed -n 1p)
[ "$latest" = "proxmox-mcp $modversion" ]
ok "go run $main@latest resolves to $modversion"
session=$(cd "$here" && env "${gorun_env[@]}" node handshake.mjs --cwd "$work/user" --version "$modversion" -- go run "$main@$modversion" serve --demo)
timing "go run $main@$modversion (built, from the build cache)" "$session"
ok "go run $main@$modversion serve --demo: initialize, tools/list, tools/call"

echo "== figures"
(cd "$here" && node figures.mjs "$dist")
cat "$work/timings.txt"
echo "== dist-test: $passed passed, 0 failed ($((SECONDS - start))s)"
echo "$passed passed, 0 failed"
