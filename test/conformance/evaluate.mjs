// Judges the conformance suite's results against not-applicable.txt.
//
//   node evaluate.mjs not-applicable.txt known-flaky.txt stateful=results/stateful stateless=results/stateless
//
// Every FAILURE or WARNING must be listed as not applicable (or as a known
// flaky check); every not-applicable entry must still match something
// (else it is stale); the scenarios that matter most must have run.
// Prints one line per scenario and exits 1 on any problem.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";

// These must run and pass at least one check in the modes named (their
// failures, like any, must be listed as not applicable): a suite that crashed early or a server that died must not
// look like success. (Session lifecycle does not apply without sessions.)
const required = {
  "server-initialize": ["stateful", "stateless"],
  "server-session-lifecycle": ["stateful"],
  "logging-set-level": ["stateful", "stateless"],
  ping: ["stateful", "stateless"],
  "tools-list": ["stateful", "stateless"],
  "dns-rebinding-protection": ["stateful", "stateless"],
  "http-header-validation": ["stateful", "stateless"],
  "server-stateless": ["stateful", "stateless"],
};

const isRequired = (mode, scenario) => (required[scenario] ?? []).includes(mode);

const bad = new Set(["FAILURE", "WARNING"]);

function readEntries(path, flaky) {
  const entries = [];
  for (const raw of readFileSync(path, "utf8").split("\n")) {
    const line = raw.trim();
    if (line === "" || line.startsWith("#")) continue;
    const [mode, scenario, check, ...reason] = line.split(/\s+/);
    if (!check) throw new Error(`${path}: malformed line: ${line}`);
    entries.push({ mode, scenario, check, reason: reason.join(" "), flaky, used: false });
  }
  return entries;
}

// readResults maps scenario name → checks from the suite's output
// directory (server-<scenario>-<timestamp>/checks.json).
function readResults(dir) {
  const out = new Map();
  if (!existsSync(dir)) return out;
  for (const name of readdirSync(dir)) {
    const m = name.match(/^server-(.+)-\d{4}-\d{2}-\d{2}T[\d-]+Z$/);
    const file = join(dir, name, "checks.json");
    if (!m || !existsSync(file)) continue;
    out.set(m[1], JSON.parse(readFileSync(file, "utf8")));
  }
  return out;
}

function excuse(entries, mode, scenario, check) {
  return entries.find(
    (e) => (e.mode === "*" || e.mode === mode) && e.scenario === scenario && (e.check === "*" || e.check === check.id),
  );
}

function judgeMode(entries, mode, results) {
  let problems = 0;
  for (const name of Object.keys(required)) {
    if (isRequired(mode, name) && !results.has(name)) {
      console.log(`FAIL  ${mode.padEnd(9)} ${name}: did not run`);
      problems++;
    }
  }
  for (const [scenario, checks] of [...results].sort()) {
    const failed = checks.filter((c) => bad.has(c.status));
    const unexcused = [];
    let reason = "";
    for (const c of failed) {
      const e = excuse(entries, mode, scenario, c);
      if (!e) {
        unexcused.push(c);
        continue;
      }
      e.used = true;
      if (e.flaky) {
        console.log(`FLAKY ${mode.padEnd(9)} ${scenario} ${c.id}: ${e.reason}`);
      } else {
        reason ||= e.reason;
      }
    }
    const flakes = failed.filter((c) => excuse(entries, mode, scenario, c)?.flaky).length;
    const passed = checks.filter((c) => c.status === "SUCCESS").length;
    const passedNothing = isRequired(mode, scenario) && passed === 0;
    if (unexcused.length > 0 || passedNothing) {
      problems++;
      console.log(`FAIL  ${mode.padEnd(9)} ${scenario}${passedNothing ? ": a required scenario passed no check" : ""}`);
      for (const c of failed) console.log(`        ${c.status} ${c.id}: ${(c.errorMessage ?? "").slice(0, 300)}`);
    } else if (failed.length > flakes) {
      console.log(`n/a   ${mode.padEnd(9)} ${scenario} (${passed} checks pass; ${failed.length - flakes} not applicable: ${reason})`);
    } else {
      console.log(`PASS  ${mode.padEnd(9)} ${scenario} (${passed} checks pass)`);
    }
  }
  return problems;
}

const [naPath, flakyPath, ...runs] = process.argv.slice(2);
const entries = [...readEntries(naPath, false), ...readEntries(flakyPath, true)];
let problems = 0;
const modes = [];
for (const arg of runs) {
  const [mode, dir] = arg.split("=");
  modes.push(mode);
  problems += judgeMode(entries, mode, readResults(dir));
}
for (const e of entries) {
  if (!e.used && !e.flaky && (e.mode === "*" || modes.includes(e.mode))) {
    console.log(`STALE ${e.mode} ${e.scenario} ${e.check}: listed as not applicable but nothing failed; remove it from ${naPath}`);
    problems++;
  }
}
if (problems > 0) {
  console.log(`\nconformance: ${problems} problem(s)`);
  process.exit(1);
}
console.log("\nconformance: every applicable check passes");
