#!/usr/bin/env bash
# The end-to-end suites (make e2e): installs test/e2e's locked packages,
# runs the TypeScript MCP SDK client suite and the MCP Inspector CLI suite
# against a built binary, and prints a summary. Exits non-zero if either
# suite fails. Usage: test/e2e/run.sh [path/to/proxmox-mcp]
set -Eeuo pipefail
here=$(cd "$(dirname "$0")" && pwd)
bin=${1:-$here/../../bin/proxmox-mcp}
[ -x "$bin" ] || { echo "e2e: $bin is not an executable: run make build" >&2; exit 1; }
PROXMOX_MCP_BIN="$(cd "$(dirname "$bin")" && pwd)/$(basename "$bin")"
export PROXMOX_MCP_BIN
for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "e2e: $tool is not installed (needed for the MCP clients)" >&2; exit 1; }
done
cd "$here"
logs=$(mktemp -d)
trap 'rm -rf "$logs"' EXIT
start=$SECONDS

echo "== e2e: npm ci (test/e2e)"
if ! npm ci --no-audit --no-fund --loglevel=error >"$logs/npm-ci.log" 2>&1; then
  cat "$logs/npm-ci.log" >&2
  echo "e2e: npm ci failed" >&2
  exit 1
fi
echo "installed in $((SECONDS - start))s; SDK suite on node $(node --version), Inspector on node $(node_modules/node/bin/node --version)"

failed=0
summary=()
# count WHAT LOG: a total from the spec reporter's closing lines.
count() { sed -n "s/^ℹ $1 \([0-9]*\).*/\1/p" "$2" | tail -1; }
# suite NAME FILE: runs one node:test file, keeps its counts for the summary.
suite() {
  local name=$1 file=$2 t0=$SECONDS rc=0
  echo "== e2e: $name"
  node --test --test-reporter=spec "$file" 2>&1 | tee "$logs/$file.log" || rc=$?
  local log=$logs/$file.log pass fail cancelled
  pass=$(count pass "$log") fail=$(count fail "$log") cancelled=$(count cancelled "$log")
  if [ "$rc" -ne 0 ]; then
    failed=1
    summary+=("FAIL  $name: ${pass:-?} passed, ${fail:-?} failed, ${cancelled:-?} cancelled ($((SECONDS - t0))s)")
  else
    summary+=("ok    $name: ${pass:-?} passed ($((SECONDS - t0))s)")
  fi
}

suite "TypeScript MCP SDK client (stdio)" sdk.test.mjs
E2E_STRUCTURED=true suite "TypeScript MCP SDK client (stdio), structuredContent on" sdk.test.mjs
suite "TypeScript MCP SDK client: elicitation" elicitation.test.mjs
suite "MCP Inspector CLI" inspector.test.mjs

echo "== e2e summary ($((SECONDS - start))s)"
printf '  %s\n' "${summary[@]}"
if [ "$failed" -ne 0 ]; then
  echo "e2e FAILED" >&2
  exit 1
fi
echo "e2e OK"
