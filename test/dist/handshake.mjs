// An MCP client session through the official TypeScript SDK, as an MCP host
// runs one: spawn the command, initialize, tools/list, one tools/call. It
// checks the answers and measures the time from spawning the command to
// the first tools/list answer.
//
// As a program: node handshake.mjs [--cwd DIR] [--version V] -- COMMAND ARGS…
// prints the measurements as JSON and exits non-zero on any failure.
import assert from "node:assert/strict";
import { performance } from "node:perf_hooks";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";

// A read tool of the default tool list, answered by the demo simulator.
const READ_TOOL = "pve_list_nodes";

// handshake runs one session. version, when given, is what serverInfo.version
// must say (the binary's version, set by the release build).
export async function handshake({ command, args, cwd, env, version, timeoutMs = 240_000 }) {
  const transport = new StdioClientTransport({ command, args, cwd, env: { ...process.env, ...env }, stderr: "pipe" });
  let stderr = "";
  transport.stderr?.on("data", (d) => (stderr += d));
  const client = new Client({ name: "proxmox-mcp-dist-test", version: "1.0.0" });
  const start = performance.now();
  const timer = setTimeout(() => transport.close(), timeoutMs);
  try {
    await client.connect(transport);
    const initializedMs = performance.now() - start;
    const server = client.getServerVersion();
    assert.equal(server?.name, "proxmox-mcp", "serverInfo.name");
    if (version) assert.equal(server?.version, version, "serverInfo.version is the release version");
    const { tools } = await client.listTools();
    const toolsListMs = performance.now() - start;
    assert.ok(tools.some((t) => t.name === READ_TOOL), `tools/list has no ${READ_TOOL}`);
    const result = await client.callTool({ name: READ_TOOL, arguments: {} });
    assert.notEqual(result.isError, true, JSON.stringify(result.content));
    // The text content is the data (structuredContent only when the
    // server is configured to add it).
    const nodes = JSON.parse(result.content?.find((c) => c.type === "text")?.text ?? "null");
    assert.ok(Array.isArray(nodes) && nodes.length > 0, `${READ_TOOL} returned no nodes: ${JSON.stringify(result)}`);
    return { serverVersion: server.version, tools: tools.length, nodes: nodes.length, initializedMs, toolsListMs };
  } catch (err) {
    err.message += `\n${command} ${args.join(" ")} (in ${cwd ?? process.cwd()}) stderr:\n${stderr}`;
    throw err;
  } finally {
    clearTimeout(timer);
    await client.close();
  }
}

async function main(argv) {
  const sep = argv.indexOf("--");
  assert.ok(sep >= 0 && sep + 1 < argv.length, "usage: node handshake.mjs [--cwd DIR] [--version V] -- COMMAND ARGS…");
  const opts = argv.slice(0, sep);
  const option = (name) => (opts.includes(name) ? opts[opts.indexOf(name) + 1] : undefined);
  const [command, ...args] = argv.slice(sep + 1);
  const r = await handshake({ command, args, cwd: option("--cwd"), version: option("--version") });
  console.log(JSON.stringify(r));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
}
