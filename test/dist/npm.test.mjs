// The npm packages of a release (make dist writes them to dist/npm), used as
// people use them: installed into an empty directory and run with npx, and
// run cold with `npx -y proxmox-mcp`, each through an MCP handshake. npm
// fetches from a loopback registry that serves dist/npm's tarballs only,
// with an empty cache, so nothing comes from the public registry and the
// platform package is chosen by npm from os and cpu, as it is for users.
//
// DIST_DIR names the release directory (run.sh sets it).
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { after, before, describe, it } from "node:test";

import { handshake } from "./handshake.mjs";
import { startRegistry } from "./registry.mjs";

const dist = resolve(process.env.DIST_DIR || "../../dist");
const release = JSON.parse(readFileSync(join(dist, "release.json"), "utf8"));
const platform = `${process.platform}-${process.arch}`;
const platformPackage = `@proxmox-mcp/${platform}`;
const tarballOf = (name) => release.npm.find((a) => a.package === name)?.file.replace(/^npm\//, "");
const TEST = { timeout: 300_000 };

describe(`npm packages ${release.npm_version} on ${platform}`, () => {
  let registry;
  let work;
  let env; // npm's settings for every command: the loopback registry, a fresh cache

  before(async () => {
    assert.ok(tarballOf(platformPackage), `${dist}/npm has no ${platformPackage} package: make dist builds it`);
    registry = await startRegistry(join(dist, "npm"));
    work = mkdtempSync(join(tmpdir(), "proxmox-mcp-npm-"));
    env = {
      npm_config_registry: registry.url,
      npm_config_cache: join(work, "npm-cache"),
      npm_config_userconfig: join(work, "npmrc"),
      npm_config_audit: "false",
      npm_config_fund: "false",
      npm_config_update_notifier: "false",
      npm_config_loglevel: "error",
    };
  });

  after(async () => {
    await registry?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  // run runs a command in dir with npm's settings. Never spawnSync: the
  // registry answers from this process's event loop.
  function run(dir, command, ...args) {
    return new Promise((resolve, reject) => {
      const child = spawn(command, args, { cwd: dir, env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (d) => (stdout += d));
      child.stderr.on("data", (d) => (stderr += d));
      child.on("error", reject);
      child.on("close", (status) => resolve({ status, stdout, stderr }));
    });
  }

  // npm runs an npm command in dir, failing the test with its output.
  async function npm(dir, ...args) {
    const r = await run(dir, "npm", ...args);
    assert.equal(r.status, 0, `npm ${args.join(" ")} in ${dir}:\n${r.stdout}\n${r.stderr}`);
    return r;
  }

  function emptyDir(name) {
    const dir = join(work, name);
    mkdirSync(dir, { recursive: true });
    return dir;
  }

  const wrapperTarball = () => join(dist, "npm", tarballOf("proxmox-mcp"));

  it("installs from the tarball with only this platform's package", TEST, async () => {
    const dir = emptyDir("installed");
    const fetchedBefore = registry.tarballsFetched().length;
    await npm(dir, "install", wrapperTarball());
    assert.deepEqual(readdirSync(join(dir, "node_modules", "@proxmox-mcp")), [platform]);
    assert.deepEqual(registry.tarballsFetched().slice(fetchedBefore), [tarballOf(platformPackage)]);
  });

  it("npx proxmox-mcp serve --demo: initialize, tools/list, tools/call", TEST, async () => {
    const r = await handshake({
      command: "npx", args: ["proxmox-mcp", "serve", "--demo"], cwd: join(work, "installed"), env, version: release.version,
    });
    console.log(`npx proxmox-mcp (installed): initialize ${ms(r.initializedMs)}, first tools/list ${ms(r.toolsListMs)} after spawning npx (${r.tools} tools)`);
    // The launcher alone, as a client configured with its path runs it: what npx adds is the rest.
    const bin = join(work, "installed", "node_modules", ".bin", "proxmox-mcp");
    const direct = await handshake({ command: bin, args: ["serve", "--demo"], env, version: release.version });
    console.log(`node_modules/.bin/proxmox-mcp (the launcher without npx): first tools/list ${ms(direct.toolsListMs)}`);
  });

  it("npx proxmox-mcp version: the binary's output and exit status pass through", TEST, async () => {
    const r = await run(join(work, "installed"), "npx", "proxmox-mcp", "version");
    assert.equal(r.status, 0, r.stderr);
    assert.equal(r.stdout.split("\n")[0], `proxmox-mcp ${release.version}`);
    assert.match(r.stdout, new RegExp(`^revision ${release.revision}`, "m"));
    const bad = await run(join(work, "installed"), "npx", "proxmox-mcp", "no-such-command");
    assert.equal(bad.status, 1, "an unknown command fails");
    assert.match(bad.stderr, /unknown command "no-such-command"/);
  });

  it("npx -y proxmox-mcp serve --demo with an empty cache, from the registry", TEST, async () => {
    const fetchedBefore = registry.tarballsFetched().length;
    const r = await handshake({
      command: "npx", args: ["-y", "proxmox-mcp", "serve", "--demo"], cwd: emptyDir("cold"),
      env: { ...env, npm_config_cache: join(work, "cold-cache") }, version: release.version,
    });
    assert.deepEqual(registry.tarballsFetched().slice(fetchedBefore).sort(), [tarballOf("proxmox-mcp"), tarballOf(platformPackage)].sort());
    console.log(`npx -y proxmox-mcp (empty cache, loopback registry): first tools/list ${ms(r.toolsListMs)} after spawning npx`);
  });

  it("without the platform package, says which package is missing and how to get it", TEST, async () => {
    const dir = emptyDir("omitted");
    await npm(dir, "install", "--omit=optional", wrapperTarball());
    const r = await run(dir, "npx", "proxmox-mcp", "serve", "--demo");
    assert.equal(r.status, 1, `exit status; stderr:\n${r.stderr}`);
    assert.match(r.stderr, new RegExp(`${platformPackage}.*is not installed`));
    assert.match(r.stderr, /--omit=optional/);
    assert.match(r.stderr, /go install github\.com\/proxmox-mcp\/proxmox-mcp\/cmd\/proxmox-mcp@latest/);
  });
});

function ms(x) {
  return `${Math.round(x)} ms`;
}
