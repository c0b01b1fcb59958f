// proxmox-mcp through the official TypeScript MCP SDK client: the client
// spawns `proxmox-mcp serve --demo` over stdio, and every check goes through
// the protocol as any MCP host would drive it. The tests run in order on
// one server (one seeded simulator), so later ones see earlier changes.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ErrorCode, McpError } from "@modelcontextprotocol/sdk/types.js";

import { binary, body, data, defaultDemoArgs, frontDoor, guests, pick, serveArgs, someCoreTools, text } from "./lib.mjs";

const TEST = { timeout: 60_000 };
const REBOOT = "pve_post_nodes_qemu_status_reboot";

describe("TypeScript MCP SDK client over stdio", () => {
  let client;
  let transport;
  let stderr = "";
  let rawToolsList; // the tools/list result as the transport delivered it

  before(async () => {
    transport = new StdioClientTransport({ command: binary, args: serveArgs, stderr: "pipe" });
    transport.stderr.on("data", (d) => (stderr += d));
    client = new Client({ name: "proxmox-mcp-e2e", version: "1.0.0" });
    await client.connect(transport);
    // Keep a copy of tools/list answers before the SDK's own processing.
    const deliver = transport.onmessage;
    transport.onmessage = (msg, extra) => {
      if (msg?.result && Array.isArray(msg.result.tools)) rawToolsList = msg.result;
      deliver(msg, extra);
    };
  });

  after(async () => {
    await client?.close();
    assert.doesNotMatch(stderr, /panic|fatal error/i, `server stderr:\n${stderr}`);
  });

  // call runs a tool; the result must be a tool result, not a protocol error.
  const call = (name, args, options) => client.callTool({ name, arguments: args }, undefined, options);

  async function resources() {
    const r = await call("pve_get_cluster_resources", {});
    assert.notEqual(r.isError, true, text(r));
    return data(r);
  }

  async function vmStatus(g) {
    const tool = g.type === "qemu" ? "pve_get_vm_status" : "pve_get_container_status";
    const r = await call(tool, { node: g.node, vmid: g.vmid });
    assert.notEqual(r.isError, true, text(r));
    return data(r).status;
  }

  // statuses is "qemu/100" → status of every guest, to show nothing changed.
  async function statuses() {
    return Object.fromEntries([...guests(await resources())].map(([id, g]) => [id, g.status]));
  }

  it("initialises: server info, tools capability, instructions", TEST, () => {
    assert.equal(client.getServerVersion()?.name, "proxmox-mcp");
    assert.ok(client.getServerCapabilities()?.tools, "tools capability");
    assert.match(client.getInstructions() ?? "", /proxmox_search/);
  });

  it("lists the front door and core tools, all annotated, in at most 12,000 bytes", TEST, async (t) => {
    const { tools } = await client.listTools();
    const names = tools.map((t) => t.name);
    for (const n of [...frontDoor, ...someCoreTools]) assert.ok(names.includes(n), `${n} missing from tools/list`);
    for (const t of tools) {
      assert.equal(t.inputSchema?.type, "object", `${t.name}: input schema`);
      for (const hint of ["readOnlyHint", "destructiveHint", "idempotentHint", "openWorldHint"]) {
        assert.equal(typeof t.annotations?.[hint], "boolean", `${t.name}: annotations.${hint} is ${t.annotations?.[hint]}`);
      }
    }
    const byName = Object.fromEntries(tools.map((t) => [t.name, t]));
    assert.equal(byName.pve_get_cluster_resources.annotations.readOnlyHint, true);
    assert.equal(byName.proxmox_call_write.annotations.readOnlyHint, false);
    assert.equal(byName.proxmox_call_write.annotations.destructiveHint, true);

    assert.ok(rawToolsList, "the tools/list answer was seen on the transport");
    const size = Buffer.byteLength(JSON.stringify(rawToolsList));
    t.diagnostic(`tools/list: ${tools.length} tools, ${size} bytes`);
    assert.ok(size <= 12_000, `tools/list result is ${size} bytes, over 12,000`);
  });

  it("reads cluster resources: real data, the text is the data (and structuredContent.data when on)", TEST, async () => {
    const r = await call("pve_get_cluster_resources", {});
    assert.notEqual(r.isError, true, text(r));
    const list = data(r);
    const nodes = list.filter((x) => x.type === "node").map((x) => x.node).sort();
    assert.deepEqual(nodes, ["pve1", "pve2", "pve3"]);
    assert.ok(list.some((x) => x.type === "qemu" && x.vmid === 100), "VM 100");
    assert.ok(list.some((x) => x.type === "qemu" && x.vmid === 101), "VM 101");
    assert.ok(list.some((x) => x.type === "lxc" && x.vmid === 200), "container 200");
    for (const s of ["local", "local-lvm"]) assert.ok(list.some((x) => x.type === "storage" && x.storage === s), `storage ${s}`);
  });

  it("reads through the front door and from the Backup Server", TEST, async () => {
    const vms = await call("proxmox_call_read", { tool: "pve_list_vms", arguments: { node: "pve1" } });
    assert.notEqual(vms.isError, true, text(vms));
    assert.ok(data(vms).some((v) => Number(v.vmid) === 100), text(vms));

    const snaps = await call("pbs_list_snapshots", { store: "store1" });
    assert.notEqual(snaps.isError, true, text(snaps));
    assert.ok(data(snaps).length > 0, "store1 has snapshots");
    assert.ok(data(snaps).every((s) => s["backup-type"] && s["backup-id"]), text(snaps));
  });

  it('finds the qemu reboot operation in the top 3 for "reboot vm 101"', TEST, async () => {
    const r = await call("proxmox_search", { query: "reboot vm 101" });
    assert.notEqual(r.isError, true, text(r));
    const top3 = body(r).results.slice(0, 3);
    const hit = top3.find((h) => h.tool === REBOOT);
    assert.ok(hit, `top 3: ${top3.map((h) => h.tool).join(", ")}`);
    assert.equal(hit.call_with, "proxmox_call_write");
  });

  it("describes the reboot operation compactly: the node resolved, an example without it", TEST, async () => {
    const r = await call("proxmox_describe", { tools: [REBOOT] });
    assert.notEqual(r.isError, true, text(r));
    const op = body(r).operations.find((o) => o.tool === REBOOT);
    assert.ok(op, text(r));
    assert.match(op.required.vmid, /or the guest's unique name/);
    assert.equal(op.optional.node, "optional: resolved from the guest");
    assert.equal(op.example_arguments.node, undefined);
    assert.ok(op.example_arguments.vmid !== undefined, "example has vmid");
    assert.equal(op.confirm_required, true);
    assert.ok(Buffer.byteLength(r.content[0].text) < 4096, `compact describe is ${Buffer.byteLength(r.content[0].text)} bytes`);

    const full = await call("proxmox_describe", { tools: [REBOOT], params: ["timeout"] });
    const timeout = body(full).operations[0].params.timeout;
    assert.equal(timeout.schema.type, "integer", text(full));
  });

  it("reboots VM 101 without its node, and refuses a wrong node sending nothing", TEST, async () => {
    const vm = guests(await resources()).get("qemu/101");
    assert.ok(vm, "the demo cluster has VM 101");
    const r = await call("proxmox_call_write", { tool: REBOOT, arguments: { vmid: 101 }, confirm: true, wait: 30 });
    assert.notEqual(r.isError, true, text(r));
    assert.equal(body(r).outcome.ok, true, text(r));
    assert.equal(body(r).task.node, vm.node, text(r));

    const other = ["pve1", "pve2", "pve3"].find((n) => n !== vm.node);
    const wrong = await call("proxmox_call_write", { tool: REBOOT, arguments: { vmid: 101, node: other }, confirm: true, wait: 30 });
    assert.equal(wrong.isError, true, text(wrong));
    assert.match(text(wrong), new RegExp(`VM 101 is on ${vm.node} \\(not ${other}\\); call again with node=${vm.node} or leave node out`));
    assert.match(text(wrong), /Nothing was sent/);
    const tasks = await call("pve_get_cluster_tasks", {});
    const reboots = data(tasks).filter((t) => t.type === "qmreboot" && String(t.id) === "101");
    assert.equal(reboots.length, 1, `one reboot of VM 101 in the task list: ${JSON.stringify(reboots)}`);
  });

  it("reads a VM by its name without the node; an unknown name gets the closest names and sends nothing", TEST, async () => {
    const vm = guests(await resources()).get("qemu/101");
    assert.ok(vm, "the demo cluster has VM 101");
    const r = await call("pve_get_vm_status", { vmid: vm.name });
    assert.notEqual(r.isError, true, text(r));
    assert.equal(String(data(r).vmid), "101", text(r));
    assert.equal(data(r).name, vm.name, text(r));

    const typo = vm.name.slice(0, -1) + "9";
    const miss = await call("proxmox_call_read", { tool: "pve_get_vm_status", arguments: { vmid: typo } });
    assert.equal(miss.isError, true, text(miss));
    assert.match(text(miss), new RegExp(`"${typo}" is no guest's name`));
    assert.match(text(miss), new RegExp(vm.name));
    assert.match(text(miss), /Nothing was sent/);
  });

  it("stops and starts a VM through proxmox_call_write with confirm and wait", TEST, async () => {
    const vm = pick(await resources(), "running VM outside HA", (g) => g.type === "qemu" && g.status === "running" && !g.hastate);
    const target = { node: vm.node, vmid: vm.vmid };

    const stop = await call("proxmox_call_write", { tool: "pve_post_nodes_qemu_status_stop", arguments: target, confirm: true, wait: 30 });
    assert.notEqual(stop.isError, true, text(stop));
    assert.match(body(stop).data, /^UPID:/);
    assert.equal(body(stop).outcome.status, "stopped", text(stop));
    assert.equal(body(stop).outcome.ok, true, text(stop));
    assert.equal(await vmStatus(vm), "stopped");

    const start = await call("proxmox_call_write", { tool: "pve_post_nodes_qemu_status_start", arguments: target, wait: 30 });
    assert.notEqual(start.isError, true, text(start));
    assert.equal(body(start).outcome.ok, true, text(start));
    assert.equal(await vmStatus(vm), "running");
  });

  it("refuses a destructive call without confirm, naming confirm; the VM still exists", TEST, async () => {
    const before = await resources();
    const vm = pick(before, "stopped VM", (g) => g.type === "qemu" && g.status === "stopped" && !g.template);
    const r = await call("proxmox_call_write", { tool: "pve_delete_nodes_qemu_vmid", arguments: { node: vm.node, vmid: vm.vmid } });
    assert.equal(r.isError, true, text(r));
    assert.match(text(r), /confirm=true/);
    assert.match(text(r), new RegExp(`DELETE /nodes/${vm.node}/qemu/${vm.vmid}`));
    const still = guests(await resources()).get(vm.id);
    assert.ok(still, `${vm.id} was deleted`);
    assert.equal(still.status, vm.status);
  });

  it("rejects invalid arguments naming the argument, and changes nothing", TEST, async () => {
    const before = await statuses();
    const r = await call("proxmox_call_write", {
      tool: "pve_post_nodes_qemu_status_stop",
      arguments: { node: "pve1", vmid: "abc" },
      confirm: true,
      wait: 5,
    });
    assert.equal(r.isError, true, text(r));
    assert.match(text(r), /"vmid"/);
    assert.match(text(r), /nothing was sent/i);

    const direct = await call("pve_get_vm_status", { node: "pve1", vmid: "abc" });
    assert.equal(direct.isError, true, text(direct));
    assert.match(text(direct), /"vmid"/);
    assert.deepEqual(await statuses(), before);
  });

  it("sends progress notifications for a waited task before the result", TEST, async (t) => {
    const vm = pick(await resources(), "stopped VM", (g) => g.type === "qemu" && g.status === "stopped" && !g.template);
    const events = [];
    const r = await call(
      "proxmox_call_write",
      { tool: "pve_post_nodes_qemu_status_start", arguments: { node: vm.node, vmid: vm.vmid }, wait: 30 },
      { onprogress: (p) => events.push(p) },
    );
    const seenBeforeResult = events.length;
    t.diagnostic(`${seenBeforeResult} progress notifications before the result`);
    assert.notEqual(r.isError, true, text(r));
    assert.equal(body(r).outcome.ok, true, text(r));
    assert.ok(seenBeforeResult > 0, "no progress notification arrived before the result");
    for (const [i, p] of events.entries()) {
      assert.equal(p.total, 30);
      if (i > 0) assert.ok(p.progress > events[i - 1].progress, `progress must increase: ${JSON.stringify(events)}`);
    }
    assert.equal(await vmStatus(vm), "running");
  });

  it("reports a task that fails: error result with the exit status and log tail", TEST, async () => {
    const vm = pick(await resources(), "running VM", (g) => g.type === "qemu" && g.status === "running");
    const r = await call("proxmox_call_write", {
      tool: "pve_post_nodes_qemu_status_start",
      arguments: { node: vm.node, vmid: vm.vmid },
      wait: 30,
    });
    assert.equal(r.isError, true, text(r));
    assert.equal(body(r).outcome.ok, false);
    assert.match(body(r).outcome.exitstatus, /already running/);
    assert.ok(body(r).outcome.log_tail.some((l) => /TASK ERROR/.test(l)), text(r));
  });

  it("reports a Proxmox error for a VM that does not exist", TEST, async () => {
    const r = await call("pve_get_vm_status", { node: "pve1", vmid: 999 });
    assert.equal(r.isError, true, text(r));
    assert.match(text(r), /pve_get_vm_status failed/);
    assert.match(text(r), /999/);
  });

  it("sends each call through the right door, and names the way to find a tool", TEST, async () => {
    const write = await call("proxmox_call_read", { tool: "pve_post_nodes_qemu_status_stop", arguments: { node: "pve1", vmid: 100 } });
    assert.equal(write.isError, true, text(write));
    assert.match(text(write), /proxmox_call_write/);
    const unknown = await call("proxmox_call_read", { tool: "pve_no_such_operation" });
    assert.equal(unknown.isError, true, text(unknown));
    assert.match(text(unknown), /proxmox_search/);
  });

  it("returns a running task when the wait runs out; proxmox_task waits for the rest", TEST, async () => {
    const vm = pick(await resources(), "stopped VM", (g) => g.type === "qemu" && g.status === "stopped" && !g.template);
    const r = await call("proxmox_call_write", {
      tool: "pve_post_nodes_qemu_status_start",
      arguments: { node: vm.node, vmid: vm.vmid },
      wait: 1,
    });
    assert.notEqual(r.isError, true, text(r));
    assert.equal(body(r).outcome.status, "running", text(r));
    assert.match(body(r).next, /proxmox_task/);

    const upid = body(r).data;
    const w = await call("proxmox_task", { upid, action: "wait", wait: 30 });
    assert.notEqual(w.isError, true, text(w));
    assert.equal(body(w).outcome.status, "stopped", text(w));
    assert.equal(body(w).outcome.ok, true, text(w));
    assert.equal(await vmStatus(vm), "running");
  });

  it("survives a client that gives up on a long wait; the task itself goes on", TEST, async () => {
    const vm = pick(await resources(), "running VM", (g) => g.type === "qemu" && g.status === "running");
    await assert.rejects(
      call(
        "proxmox_call_write",
        { tool: "pve_post_nodes_qemu_status_shutdown", arguments: { node: vm.node, vmid: vm.vmid }, confirm: true, wait: 60 },
        { timeout: 300 },
      ),
      (err) => err instanceof McpError && err.code === ErrorCode.RequestTimeout,
    );
    // The server answers at once, and the shutdown still completes.
    const t0 = Date.now();
    await resources();
    assert.ok(Date.now() - t0 < 5_000, "the server was still busy with the abandoned wait");
    let status;
    for (let i = 0; i < 50 && status !== "stopped"; i++) {
      await new Promise((res) => setTimeout(res, 200));
      status = await vmStatus(vm);
    }
    assert.equal(status, "stopped");
  });
});

// The demo behaves exactly like a real configuration: read-only unless a
// tier is chosen, and a destructive call is refused, whatever confirm says.
describe("serve --demo without a tier", () => {
  it("is read-only and refuses a delete even with confirm", TEST, async () => {
    const transport = new StdioClientTransport({ command: binary, args: defaultDemoArgs, stderr: "pipe" });
    let stderr = "";
    transport.stderr.on("data", (d) => (stderr += d));
    const client = new Client({ name: "proxmox-mcp-e2e", version: "1.0.0" });
    await client.connect(transport);
    try {
      const r = await client.callTool({
        name: "proxmox_call_write",
        arguments: { tool: "pve_delete_nodes_qemu_vmid", arguments: { node: "pve1", vmid: 100 }, confirm: true },
      });
      assert.equal(r.isError, true, text(r));
      assert.match(text(r), /needs the full tier; this server runs Proxmox VE at read-only/);
      const still = await client.callTool({ name: "pve_get_vm_status", arguments: { node: "pve1", vmid: 100 } });
      assert.notEqual(still.isError, true, text(still));
      assert.match(stderr, /tiers: PVE read-only, PBS read-only/);
    } finally {
      await client.close();
    }
  });
});
