// A read-only npm registry on loopback that serves the package tarballs of
// one directory, so npm resolves proxmox-mcp and its optional platform
// packages exactly as from the public registry, without reaching it. It
// records every request, so a test can say what npm fetched.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";

// packageJSON reads package/package.json from an npm tarball (a gzipped tar
// of 512-byte headers, each followed by its content padded to 512 bytes).
export function packageJSON(tgz) {
  const tar = gunzipSync(tgz);
  for (let off = 0; off + 512 <= tar.length; ) {
    const header = tar.subarray(off, off + 512);
    const field = (start, len) => header.subarray(start, start + len).toString("latin1").replace(/\0.*$/s, "");
    const name = field(0, 100);
    if (name === "") break;
    const prefix = field(345, 155);
    const size = parseInt(field(124, 12).trim(), 8);
    const path = prefix ? `${prefix}/${name}` : name;
    if (path === "package/package.json") return JSON.parse(tar.subarray(off + 512, off + 512 + size).toString("utf8"));
    off += 512 + Math.ceil(size / 512) * 512;
  }
  throw new Error("no package/package.json in the tarball");
}

// startRegistry serves every .tgz of dir; resolves to { url, requests, close }.
export async function startRegistry(dir) {
  const tarballs = new Map(); // file name → bytes
  const packuments = new Map(); // package name → packument
  const requests = [];
  const server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname).replace(/^\//, "");
    requests.push(path);
    if (tarballs.has(path)) {
      res.writeHead(200, { "content-type": "application/octet-stream" });
      return res.end(tarballs.get(path));
    }
    if (packuments.has(path)) {
      res.writeHead(200, { "content-type": "application/json" });
      return res.end(JSON.stringify(packuments.get(path)));
    }
    res.writeHead(404, { "content-type": "application/json" });
    res.end(JSON.stringify({ error: "not found" }));
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${server.address().port}/`;
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".tgz"))) {
    const bytes = readFileSync(join(dir, file));
    const manifest = packageJSON(bytes);
    tarballs.set(file, bytes);
    packuments.set(manifest.name, {
      name: manifest.name,
      "dist-tags": { latest: manifest.version },
      versions: {
        [manifest.version]: {
          ...manifest,
          _id: `${manifest.name}@${manifest.version}`,
          dist: {
            tarball: url + file,
            shasum: createHash("sha1").update(bytes).digest("hex"),
            integrity: "sha512-" + createHash("sha512").update(bytes).digest("base64"),
          },
        },
      },
    });
  }
  return {
    url,
    requests,
    tarballsFetched: () => requests.filter((r) => r.endsWith(".tgz")), // in request order
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}
