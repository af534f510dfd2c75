// A small static file server for the tests: the widget's dist/ on one port
// and host pages on another, so every test embeds the widget cross-origin as
// a news site would. It sends the headers the README documents for hosting
// (CORS on the widget's files, application/wasm, immutable caching of hashed
// files) and gzip or brotli when asked.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

// The two origins the tests use, widget and host. Sessions running side by
// side pick other ports with TIEXI_E2E_PORT_BASE (the widget port; the host
// is the next one). Host pages name the widget origin as written,
// 127.0.0.1:8091; the server rewrites those addresses in what it sends.
export const PORT_BASE = Number(process.env.TIEXI_E2E_PORT_BASE) || 8091;
export const WIDGET_PORT = PORT_BASE;
export const HOST_PORT = PORT_BASE + 1;
const WRITTEN = { "127.0.0.1:8091": `127.0.0.1:${WIDGET_PORT}`, "127.0.0.1:8092": `127.0.0.1:${HOST_PORT}` };
function withPorts(body) {
  if (PORT_BASE === 8091) return body;
  return Buffer.from(body.toString("utf8").replace(/127\.0\.0\.1:809[12]/g, (m) => WRITTEN[m]));
}

const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".png": "image/png",
  ".svg": "image/svg+xml",
};

// Compressed bodies are kept, as a CDN keeps them: compressing a 550 KB
// Wasm file at brotli 11 on every request would cost the server more than a
// second, and a benchmark would time the server instead of the page.
const compressed = new Map(); // `${encoding} ${path} ${mtime}` -> Buffer
function compress(encoding, path, mtime, body) {
  const key = `${encoding} ${path} ${mtime}`;
  let out = compressed.get(key);
  if (!out) {
    out = encoding === "br"
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } })
      : gzipSync(body, { level: 9 });
    compressed.set(key, out);
  }
  return out;
}

/** Serves `root` on `port`; `headers(path)` may add headers; `encoding`
 * picks the compression offered ("gzip", "br" or "none"); `routes` maps a
 * path to a handler `(req, res, url)` answering instead of a file. Returns
 * the server. */
export function serveStatic(root, port, { cors = false, headers = () => ({}), log = null, encoding = "gzip", routes = {} } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      const route = routes[url.pathname];
      if (route) {
        if (log) log.push(url.pathname);
        await route(req, res, url);
        return;
      }
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, "index.html");
      const raw = await readFile(path).catch(() => null);
      const body = raw && /\.(html|m?js|css|json)$/.test(path) ? withPorts(raw) : raw;
      const mtime = body ? (await stat(path)).mtimeMs : 0;
      if (log) log.push(url.pathname);
      if (!body) {
        res.writeHead(404, cors ? { "access-control-allow-origin": "*" } : {}).end("not found");
        return;
      }
      const type = TYPES[extname(path)] || "application/octet-stream";
      const hashed = /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css)$/.test(path);
      const out = {
        "content-type": type,
        "cache-control": hashed ? "public, max-age=31536000, immutable" : "no-cache",
        ...(cors ? { "access-control-allow-origin": "*" } : {}),
        ...headers(url.pathname),
      };
      const accepts = req.headers["accept-encoding"] || "";
      const compressible = !type.startsWith("image/png");
      if (compressible && encoding === "br" && /\bbr\b/.test(accepts)) {
        out["content-encoding"] = "br";
        out["vary"] = "accept-encoding";
        res.writeHead(200, out).end(compress("br", path, mtime, body));
      } else if (compressible && encoding !== "none" && /\bgzip\b/.test(accepts)) {
        out["content-encoding"] = "gzip";
        out["vary"] = "accept-encoding";
        res.writeHead(200, out).end(compress("gzip", path, mtime, body));
      } else {
        res.writeHead(200, out).end(body);
      }
    } catch (error) {
      res.writeHead(500).end(String(error));
    }
  });
  return new Promise((ok) => server.listen(port, "127.0.0.1", () => ok(server)));
}

/** Data-file routes that misbehave, for the loader's tests, with a record of
 * what happened on the server: `events` gets `{ path, event, bytes }` with
 * event "open", "done" (all sent) or "aborted" (the browser hung up first).
 * `dataFile` is a real data file for the slow route. */
export function misbehavingRoutes(dataFile, events = []) {
  const headers = { "content-type": "application/json; charset=utf-8", "access-control-allow-origin": "*", "cache-control": "no-store" };
  // Tracks one response: open now, then done or aborted.
  const track = (url, res) => {
    const entry = { path: url.pathname + url.search, event: "open", bytes: 0 };
    events.push(entry);
    const write = res.write.bind(res);
    res.write = (chunk, ...rest) => { entry.bytes += chunk.length; return write(chunk, ...rest); };
    res.on("close", () => events.push({ path: entry.path, event: res.writableFinished ? "done" : "aborted", bytes: entry.bytes }));
    return entry;
  };
  const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));
  // Writes `chunk` until `total` bytes are out or the client has gone, as
  // fast as the connection takes it.
  async function pour(res, chunk, total) {
    let sent = 0;
    while (sent < total && !res.destroyed) {
      const ok = res.write(chunk);
      sent += chunk.length;
      if (!ok) await new Promise((resume) => { res.once("drain", resume); res.once("close", resume); });
    }
    if (!res.destroyed) res.end();
  }
  const MiB = 1024 * 1024;
  const filler = Buffer.alloc(64 * 1024, 0x20);
  return {
    // Headers at once, then one byte every 300 ms, for a minute.
    "/data/trickle.json": async (req, res, url) => {
      track(url, res);
      res.writeHead(200, headers);
      res.write("{");
      for (let i = 0; i < 200 && !res.destroyed; i++) { await sleep(300); res.write(" "); }
      if (!res.destroyed) res.end("}");
    },
    // 64 MiB announced in Content-Length; the body comes slowly.
    "/data/huge-declared.json": async (req, res, url) => {
      track(url, res);
      res.writeHead(200, { ...headers, "content-length": String(64 * MiB) });
      for (let i = 0; i < 100 && !res.destroyed; i++) { res.write(filler); await sleep(100); }
      if (!res.destroyed) res.destroy();
    },
    // 64 MiB with no Content-Length (chunked), as fast as it is read.
    "/data/huge-chunked.json": async (req, res, url) => {
      track(url, res);
      res.writeHead(200, headers);
      await pour(res, filler, 64 * MiB);
    },
    // Just under the limit, chunked: still accepted (then fails validation
    // as JSON, which shows that it was read).
    "/data/just-under.json": async (req, res, url) => {
      track(url, res);
      res.writeHead(200, headers);
      await pour(res, Buffer.alloc(4 * MiB - 64 * 1024, 0x20), 4 * MiB - 64 * 1024);
    },
    // The real data file after `?delay=` ms (default 3 s).
    "/data/slow.json": async (req, res, url) => {
      track(url, res);
      const body = await readFile(dataFile);
      await sleep(Number(url.searchParams.get("delay") || 3000));
      if (res.destroyed) return;
      res.writeHead(200, headers);
      res.end(body);
    },
  };
}
