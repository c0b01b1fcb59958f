#!/usr/bin/env node
// Runs the proxmox-mcp binary carried by the package for this platform
// (@proxmox-mcp/<platform>-<arch>, an optional dependency npm installs only
// where its os and cpu match). Nothing is downloaded at install or run time.
// The binary gets this process's stdin, stdout and stderr (MCP over stdio
// passes straight through), the signals sent to this process, and its exit
// status becomes this process's.
"use strict";

const { spawn } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");

const wrapper = require("../package.json");
const platformPackage = `@proxmox-mcp/${process.platform}-${process.arch}`;
const goInstall = "go install github.com/proxmox-mcp/proxmox-mcp/cmd/proxmox-mcp@latest";

function fail(lines) {
  process.stderr.write(`proxmox-mcp: ${lines.join("\n  ")}\n`);
  process.exit(1);
}

// binaryPath finds the binary in the installed platform package, or explains
// why there is none and how to get one.
function binaryPath() {
  const supported = Object.keys(wrapper.optionalDependencies || {});
  if (!supported.includes(platformPackage)) {
    fail([
      `no prebuilt binary for ${process.platform}-${process.arch}; there are packages for ${supported.join(", ")}.`,
      `Build it from source with Go instead: ${goInstall}`,
    ]);
  }
  let packageJSON;
  try {
    packageJSON = require.resolve(`${platformPackage}/package.json`);
  } catch {
    fail([
      `the package ${platformPackage}, which carries the binary for this platform, is not installed.`,
      "npm installs it with proxmox-mcp as an optional dependency; it is missing when optional",
      "dependencies were left out (--omit=optional, --no-optional) or node_modules came from another platform.",
      `Reinstall with optional dependencies (npm install proxmox-mcp@${wrapper.version}, or npx -y proxmox-mcp@${wrapper.version}),`,
      `or build it with Go: ${goInstall}`,
    ]);
  }
  const binary = path.join(path.dirname(packageJSON), "bin", process.platform === "win32" ? "proxmox-mcp.exe" : "proxmox-mcp");
  if (!fs.existsSync(binary)) {
    fail([`${platformPackage} is installed but has no ${binary}: reinstall it (npm install proxmox-mcp@${wrapper.version}).`]);
  }
  return binary;
}

// Signals a person or an MCP client sends to stop the server; the binary
// handles them (graceful shutdown), this process only passes them on.
const forwarded = ["SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGBREAK"].filter((s) => s in os.constants.signals);

function run() {
  const binary = binaryPath();
  // Listen before spawning: a signal that arrives in between must not kill
  // this process and orphan the binary. Handlers run from the event loop,
  // after child is set.
  let child;
  const forward = (signal) => child.kill(signal);
  for (const s of forwarded) process.on(s, forward);
  child = spawn(binary, process.argv.slice(2), { stdio: "inherit", windowsHide: true });
  child.on("error", (err) => fail([`could not run ${binary}: ${err.message}`]));
  child.on("exit", (code, signal) => {
    for (const s of forwarded) process.off(s, forward);
    if (signal) {
      // Die of the same signal, so the parent sees what the binary saw.
      process.kill(process.pid, signal);
      process.exit(128 + (os.constants.signals[signal] || 0));
    }
    process.exit(code ?? 1);
  });
}

run();
