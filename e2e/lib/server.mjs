// A small static file server for the tests: the widget's dist/ on one port
// and host pages on another, so every test embeds the widget cross-origin as
// a news site would. It sends the headers the README documents for hosting
// (CORS on the widget's files, application/wasm, immutable caching of hashed
// files) and gzip or brotli when asked.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, resolve } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

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
 * picks the compression offered ("gzip", "br" or "none"); `rewrite(text)`
 * may change text files as they are served. Returns the server. */
export function serveStatic(root, port, { cors = false, headers = () => ({}), log = null, encoding = "gzip", rewrite = null } = {}) {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, "http://x");
      let path = normalize(join(base, decodeURIComponent(url.pathname)));
      if (!path.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      if ((await stat(path).catch(() => null))?.isDirectory()) path = join(path, "index.html");
      let body = await readFile(path).catch(() => null);
      const mtime = body ? (await stat(path)).mtimeMs : 0;
      if (log) log.push(url.pathname);
      if (!body) {
        res.writeHead(404, cors ? { "access-control-allow-origin": "*" } : {}).end("not found");
        return;
      }
      const type = TYPES[extname(path)] || "application/octet-stream";
      if (rewrite && /^(text\/|application\/json)/.test(type)) body = Buffer.from(rewrite(body.toString("utf8")));
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
