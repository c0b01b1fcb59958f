// Confirmation by a person, through the official TypeScript MCP SDK
// client: the client declares elicitation and answers the server's
// elicitation/create requests as its user would. A confirm-gated call
// (an ACL grant) goes out only when the person accepts; declined or left
// unanswered, nothing changes, whatever confirm the model passed.
import assert from "node:assert/strict";
import { after, before, describe, it } from "node:test";

import { Client } from "@modelcontextprotocol/sdk/client/index.js";
import { StdioClientTransport } from "@modelcontextprotocol/sdk/client/stdio.js";
import { ElicitRequestSchema } from "@modelcontextprotocol/sdk/types.js";

import { binary, serveArgs, text } from "./lib.mjs";

const TEST = { timeout: 60_000 };

describe("elicitation through the TypeScript MCP SDK client", () => {
  let client;
  let stderr = "";
  // what the person does next: "accept", "decline", or "wait" (longer than
  // the server's timeout)
  let answer = "accept";
  const asked = [];

  before(async () => {
    const transport = new StdioClientTransport({
      command: binary,
      args: serveArgs,
      env: { ...process.env, PROXMOX_MCP_ELICITATION_TIMEOUT: "1" },
      stderr: "pipe",
    });
    transport.stderr.on("data", (d) => (stderr += d));
    client = new Client({ name: "proxmox-mcp-e2e", version: "1.0.0" }, { capabilities: { elicitation: {} } });
    client.setRequestHandler(ElicitRequestSchema, async (request) => {
      asked.push(request.params.message);
      if (answer === "wait") {
        await new Promise((r) => setTimeout(r, 3000));
        return { action: "accept", content: {} };
      }
      return answer === "accept" ? { action: "accept", content: {} } : { action: answer };
    });
    await client.connect(transport);
  });

  after(async () => {
    await client?.close();
    assert.doesNotMatch(stderr, /panic|fatal error/i, `server stderr:\n${stderr}`);
  });

  const grant = (path) =>
    client.callTool({
      name: "proxmox_call_write",
      arguments: { tool: "pve_put_access_acl", arguments: { path, roles: "PVEAuditor", users: "auditor@pve" }, confirm: true },
    });
  const acl = async () => {
    const r = await client.callTool({ name: "proxmox_call_read", arguments: { tool: "pve_get_access_acl" } });
    assert.notEqual(r.isError, true, text(r));
    return text(r);
  };

  it("sends the grant once the person accepts, after showing them the request", TEST, async () => {
    answer = "accept";
    const r = await grant("/pool/lab");
    assert.notEqual(r.isError, true, text(r));
    assert.equal(asked.length, 1);
    assert.match(asked[0], /PUT \/access\/acl/);
    assert.match(await acl(), /"path":\s*"\/pool\/lab"[^}]*"roleid":\s*"PVEAuditor"|"roleid":\s*"PVEAuditor"[^}]*"path":\s*"\/pool\/lab"/);
  });

  it("sends nothing when the person declines, though the model passed confirm", TEST, async () => {
    answer = "decline";
    const r = await grant("/storage/local");
    assert.equal(r.isError, true);
    assert.match(text(r), /the person declined/);
    assert.doesNotMatch(await acl(), /"\/storage\/local"/);
  });

  it("sends nothing when nobody answers in time", TEST, async () => {
    answer = "wait";
    const r = await grant("/vms/100");
    assert.equal(r.isError, true);
    assert.match(text(r), /nobody answered/);
    await new Promise((done) => setTimeout(done, 2500)); // the late answer arrives and is ignored
    assert.doesNotMatch(await acl(), /"\/vms\/100"/);
  });
});
