// Benchmark (not a test): two builds of the widget against each other on
// the comparison page (bench/ours), loaded alternately in one run, cache
// disabled, brotli as a CDN sends it. Prints the median time to
// `tiexi:ready` and to the first chart pixel of each, and every load's
// long tasks. This is how BENCHMARKS.md's timing hypotheses were checked:
// on a 2-core machine one run of 30 loads each moves by ±15–30 ms between
// repeats, so run it more than once before believing a difference.
// Usage: node bench/ab.mjs <dist A> <dist B> [loads of each, default 30]
// (each dist made by `trunk build --release --dist <dir>`)
import { existsSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "../e2e/lib/browser.mjs";
import { loadMeasured, uncachedPage } from "./load-probe.mjs";
import { serveStatic } from "../e2e/lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const [distA, distB] = process.argv.slice(2, 4).map((d) => d && resolve(d));
const LOADS = Number(process.argv[4] || 30);
if (!distA || !distB || !(LOADS >= 1)) {
  console.error("usage: node bench/ab.mjs <dist A> <dist B> [loads, at least 1]");
  process.exit(2);
}
for (const dist of [distA, distB]) {
  if (!existsSync(join(dist, "embed.js"))) {
    console.error(`bench/ab.mjs: ${dist} holds no embed.js (make it with trunk build --release --dist ${dist})`);
    process.exit(2);
  }
}

// One site with both builds: <root>/a and <root>/b each hold the
// comparison page and its stylesheet beside their own widget-dist.
const root = mkdtempSync(join(tmpdir(), "tiexi-ab-"));
for (const [name, dist] of [["a", distA], ["b", distB]]) {
  // The page links ../peer/peer.css and ../widget-dist/embed.js.
  const site = join(root, name);
  mkdirSync(site);
  symlinkSync(join(here, "ours"), join(site, "ours"), "dir");
  symlinkSync(join(here, "peer"), join(site, "peer"), "dir");
  symlinkSync(dist, join(site, "widget-dist"), "dir");
}

let server, browser, port;
async function load(name) {
  const { context, page } = await uncachedPage(browser);
  await loadMeasured(page, `http://127.0.0.1:${port}/${name}/ours/index.html`);
  await page.waitForTimeout(200);
  const m = await page.evaluate(() => ({ ready: window.__oursReady, firstPixel: window.__firstPixel, longTasks: window.__longTasks }));
  await context.close();
  return m;
}

const runs = { a: [], b: [] };
try {
  // Any free port: the end-to-end tests' servers may be running.
  server = await serveStatic(root, 0, { encoding: "br" });
  port = server.address().port;
  browser = await launch();
  // One untimed load of each: the server then has every file compressed.
  await load("a");
  await load("b");
  for (let i = 0; i < LOADS; i++) for (const name of i % 2 ? ["a", "b"] : ["b", "a"]) runs[name].push(await load(name));
} finally {
  await browser?.close();
  server?.close();
  rmSync(root, { recursive: true, force: true });
}
const median = (v) => {
  const s = [...v].sort((x, y) => x - y), mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
};
for (const [name, dist] of [["a", distA], ["b", distB]]) {
  const r = runs[name];
  const long = r.map((x) => x.longTasks.map(Math.round)).filter((t) => t.length);
  console.log(`${name} (${dist}): ready ${median(r.map((x) => x.ready)).toFixed(0)} ms, first pixel ${median(r.map((x) => x.firstPixel)).toFixed(0)} ms, ` +
    `loads with a long task ${long.length} of ${r.length} ${JSON.stringify(long)}`);
}
