// Shared helpers of the end-to-end suites: where the binary is, and small
// readers for the answers of the simulator's seeded cluster.
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const here = dirname(fileURLToPath(import.meta.url));

// PROXMOX_MCP_BIN is set by run.sh (make e2e); by default the binary that
// make build writes.
export const binary = resolve(process.env.PROXMOX_MCP_BIN || resolve(here, "../../bin/proxmox-mcp"));
// The suites change the demo cluster, so they run it at the full tier; the
// demo's own default, like any configuration's, is read-only.
// E2E_STRUCTURED=true serves results with structuredContent beside the
// text (--structured-content); run.sh runs the SDK suite both ways.
export const structured = process.env.E2E_STRUCTURED === "true";
export const serveArgs = ["serve", "--demo", "--pve-tier", "full", "--pbs-tier", "full",
  ...(structured ? ["--structured-content", "true"] : [])];
export const defaultDemoArgs = ["serve", "--demo"];

if (!existsSync(binary)) {
  throw new Error(`${binary} does not exist: run make build (or make e2e) first`);
}

// The front door, and a few of the core read tools default mode lists.
export const frontDoor = ["proxmox_search", "proxmox_describe", "proxmox_call_read", "proxmox_call_write", "proxmox_task"];
export const someCoreTools = [
  "pve_get_cluster_resources",
  "pve_list_vms",
  "pve_get_vm_status",
  "pve_list_nodes",
  "pbs_list_snapshots",
  "pbs_list_datastores",
];

// text joins a tool result's text content.
export function text(result) {
  return (result.content ?? [])
    .filter((c) => c.type === "text")
    .map((c) => c.text)
    .join("\n");
}

// body is a result's JSON object as the model reads it: the first text
// block. With structuredContent on, structuredContent must be the same
// object; off, there is none.
export function body(result) {
  const parsed = JSON.parse(result.content[0].text);
  if (structured) assert.deepEqual(result.structuredContent, parsed, "structuredContent is not the text");
  else assert.equal(result.structuredContent, undefined, "structuredContent without --structured-content");
  return parsed;
}

// data is Proxmox's answer in a result: the first text block, which with
// structuredContent on must equal structuredContent.data.
export function data(result) {
  const parsed = JSON.parse(result.content[0].text);
  if (structured) assert.deepEqual(result.structuredContent?.data, parsed, "structuredContent.data is not the text");
  else assert.equal(result.structuredContent, undefined, "structuredContent without --structured-content");
  return parsed;
}

// guests maps "qemu/100" to its cluster-resources entry.
export function guests(resources) {
  const out = new Map();
  for (const r of resources) {
    if (r.type === "qemu" || r.type === "lxc") out.set(r.id, r);
  }
  return out;
}

// pick returns the first guest matching, failing the test when the seed
// has none.
export function pick(resources, what, pred) {
  const g = resources.find((r) => (r.type === "qemu" || r.type === "lxc") && pred(r));
  assert.ok(g, `the demo cluster has no ${what}`);
  return g;
}
