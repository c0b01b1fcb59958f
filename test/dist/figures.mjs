// Prints the sizes of a release from its release.json: per platform the
// binary, its archive and its npm package (packed; npm installs the binary
// unpacked), and the wrapper package.
// Usage: node figures.mjs DIST_DIR
import { readFileSync } from "node:fs";
import { join } from "node:path";

const release = JSON.parse(readFileSync(join(process.argv[2], "release.json"), "utf8"));
const mb = (n) => `${(n / 1e6).toFixed(1)} MB`.padStart(8);
const npmByTarget = new Map(release.npm.filter((a) => a.binary_size).map((a) => [a.package, a]));

console.log(`${"platform".padEnd(14)} ${"binary".padStart(8)} ${"archive".padStart(8)} ${"npm pkg".padStart(8)}  package`);
for (const a of release.archives) {
  const [os, arch] = a.target.split("/");
  const pkg = `@proxmox-mcp/${os === "windows" ? "win32" : os}-${arch === "amd64" ? "x64" : arch}`;
  const npm = npmByTarget.get(pkg);
  console.log(`${a.target.padEnd(14)} ${mb(a.binary_size)} ${mb(a.size)} ${npm ? mb(npm.size) : "       -"}  ${pkg}`);
}
const wrapper = release.npm.find((a) => a.package === "proxmox-mcp");
console.log(`wrapper package proxmox-mcp ${release.npm_version}: ${(wrapper.size / 1e3).toFixed(1)} kB packed`);
