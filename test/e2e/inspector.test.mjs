// proxmox-mcp through the MCP Inspector's CLI mode: each check is one
// `npx @modelcontextprotocol/inspector --cli <binary> serve --demo --method …`
// run, as a shell script or CI job would use it. Every run starts its own
// server, so each sees the freshly seeded simulator.
//
// Inspector 2.x needs Node >= 22.19; the `node` npm package pinned in
// package.json provides that Node in node_modules/node/bin, put first on the
// PATH of the npx runs (the test runner itself may be an older Node).
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, resolve } from "node:path";
import { before, describe, it } from "node:test";

import { binary, body, data, frontDoor, here, serveArgs, someCoreTools, text } from "./lib.mjs";

const TEST = { timeout: 60_000 };
const nodeBin = resolve(here, "node_modules/node/bin");
const env = {
  ...process.env,
  PATH: nodeBin + delimiter + process.env.PATH,
  NO_COLOR: "1",
  npm_config_update_notifier: "false",
};

// inspector runs the Inspector CLI against the binary. --format json puts
// one {"result": …} object on stdout; -q keeps the server's stderr out.
function inspector(...args) {
  const argv = [
    "--yes=false", // never download: only the locked version may run
    "--",
    "@modelcontextprotocol/inspector",
    "--cli",
    binary,
    ...serveArgs,
    ...args,
    "--format",
    "json",
    "-q",
  ];
  return new Promise((done) => {
    execFile("npx", argv, { cwd: here, env, timeout: 45_000, maxBuffer: 16 << 20 }, (err, stdout, stderr) => {
      const code = err ? (err.killed ? `killed (${err.signal})` : err.code) : 0;
      let out;
      try {
        out = JSON.parse(stdout);
      } catch {
        out = undefined;
      }
      done({ code, out, stdout, stderr, what: `npx ${argv.join(" ")}\nexit ${code}\nstdout: ${stdout}\nstderr: ${stderr}` });
    });
  });
}

const callTool = (name, ...pairs) =>
  inspector("--method", "tools/call", "--tool-name", name, ...pairs.flatMap((p) => ["--tool-arg", p]));

describe("MCP Inspector CLI", () => {
  before(() => {
    assert.ok(existsSync(resolve(nodeBin, "node")), `${nodeBin}/node is missing: run npm ci in ${here}`);
  });

  it("runs the pinned Inspector under Node 22", TEST, async (t) => {
    const node = await new Promise((done, fail) =>
      execFile("node", ["--version"], { env }, (err, stdout) => (err ? fail(err) : done(stdout.trim()))),
    );
    const [major, minor] = node.slice(1).split(".").map(Number);
    assert.ok(major > 22 || (major === 22 && minor >= 19), `the Inspector needs Node >= 22.19, PATH gives ${node}`);
    const r = await inspector("--version");
    assert.equal(r.code, 0, r.what);
    assert.match(r.stdout, /2\.12\.0/, r.what);
    t.diagnostic(`Inspector ${r.stdout.trim()} on Node ${node}`);
  });

  it("tools/list shows the front door and the core tools", TEST, async () => {
    const r = await inspector("--method", "tools/list");
    assert.equal(r.code, 0, r.what);
    const names = r.out?.result?.tools?.map((t) => t.name) ?? [];
    for (const n of [...frontDoor, ...someCoreTools]) assert.ok(names.includes(n), `${n} missing\n${r.what}`);
  });

  it("tools/call of a read tool returns cluster data", TEST, async () => {
    const r = await callTool("pve_get_cluster_resources");
    assert.equal(r.code, 0, r.what);
    const res = r.out.result;
    assert.notEqual(res.isError, true, r.what);
    const nodes = data(res).filter((x) => x.type === "node").map((x) => x.node).sort();
    assert.deepEqual(nodes, ["pve1", "pve2", "pve3"]);
  });

  it("tools/call through proxmox_call_read with an arguments object", TEST, async () => {
    const r = await callTool("proxmox_call_read", "tool=pve_get_vm_status", 'arguments={"node":"pve1","vmid":100}');
    assert.equal(r.code, 0, r.what);
    assert.equal(data(r.out.result).vmid, 100, r.what);
    assert.match(data(r.out.result).status, /running|stopped/);
  });

  it("a destructive tools/call without confirm is refused, naming confirm", TEST, async () => {
    const r = await callTool("proxmox_call_write", "tool=pve_delete_nodes_qemu_vmid", 'arguments={"node":"pve2","vmid":102}');
    assert.equal(r.code, 5, `the Inspector exits 5 on an error result\n${r.what}`);
    const res = r.out.result;
    assert.equal(res.isError, true, r.what);
    assert.match(text(res), /Not sent/);
    assert.match(text(res), /confirm=true/);
  });

  it("invalid arguments are refused, naming the argument", TEST, async () => {
    const r = await callTool("proxmox_call_write", "tool=pve_post_nodes_qemu_status_stop", 'arguments={"node":"pve1","vmid":"abc"}', "confirm=true");
    assert.equal(r.code, 5, r.what);
    assert.match(text(r.out.result), /nothing was sent/i);
    assert.match(text(r.out.result), /argument "vmid"/);
  });

  it("a confirmed write with wait runs the task to the end", TEST, async () => {
    const r = await callTool(
      "proxmox_call_write",
      "tool=pve_post_nodes_qemu_status_stop",
      'arguments={"node":"pve1","vmid":101}',
      "confirm=true",
      "wait=30",
    );
    assert.equal(r.code, 0, r.what);
    const outcome = body(r.out.result).outcome;
    assert.equal(outcome.status, "stopped", r.what);
    assert.equal(outcome.ok, true, r.what);
  });
});
