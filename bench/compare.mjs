// Benchmark (not a test): the widget against a Chart.js page showing the
// same dataset, loaded alternately many times in one run from a local
// server with compression. Reports medians and spreads of transfer bytes,
// time to first chart pixel and to interactive, long tasks, memory, and
// timeline hover-to-repaint at 100, 1,000 and 10,000 milestones, with the
// ratio ours / peer, and writes them into BENCHMARKS.md.
// Usage: node bench/compare.mjs [rounds]   (after `trunk build --release`
// and `npm ci` in bench/)
import { existsSync, mkdirSync, readFileSync, writeFileSync, copyFileSync, symlinkSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { syntheticDataset } from "./synthetic-dataset.mjs";
import { launch } from "../e2e/lib/browser.mjs";
import { loadMeasured, uncachedPage } from "./load-probe.mjs";
import { serveStatic } from "../e2e/lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const ROUNDS = Number(process.argv[2] || 10);
const generated = join(here, "peer", "generated");
mkdirSync(generated, { recursive: true });
copyFileSync(join(root, "data", "tiexi-2025.json"), join(generated, "data.json"));
for (const n of [100, 1000, 10000]) writeFileSync(join(generated, `dense-${n}.json`), JSON.stringify(syntheticDataset(n)));

const median = (v) => { const s = [...v].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const spread = (v) => `${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)}`;
const pct = (v, p) => { const s = [...v].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]; };

async function loadOnce(browser, url, readyKey, encoding) {
  const { context, page, cdp } = await uncachedPage(browser);
  let bytes = 0;
  const documentUrl = url;
  const urls = new Map();
  cdp.on("Network.responseReceived", (e) => urls.set(e.requestId, e.response.url));
  cdp.on("Network.loadingFinished", (e) => { if (urls.get(e.requestId) !== documentUrl) bytes += e.encodedDataLength; });
  await loadMeasured(page, url);
  await page.waitForTimeout(300);
  const m = await page.evaluate((k) => ({ firstPixel: window.__firstPixel, ready: window[k], longTasks: window.__longTasks }), readyKey);
  await cdp.send("HeapProfiler.collectGarbage");
  let heap = (await cdp.send("Runtime.getHeapUsage")).usedSize;
  heap += await page.evaluate(async () => {
    const glue = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /tiexi-infographic-[0-9a-f]+\.js$/.test(n));
    return glue ? (await (await import(glue)).default()).memory.buffer.byteLength : 0;
  });
  await context.close();
  return { encoding, bytes, ...m, heap };
}

async function hover(browser, url, selector, eventType, n) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  // Shown: the widget draws unseen ([data-pending]) until all is painted.
  await page.waitForFunction((sel) => { const c = eval(sel); return c && c.width > 0 && !c.closest("[data-pending]"); }, selector, { timeout: 120000 });
  await page.waitForTimeout(500);
  const samples = await page.evaluate(async ({ sel, type }) => {
    const canvas = eval(sel);
    const { data, width, height } = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height);
    const scale = canvas.getBoundingClientRect().width / width;
    const target = canvas.parentElement.querySelector(".tx-timeline-overlay") || canvas;
    const points = [];
    let seed = 1;
    while (points.length < 300) {
      seed = (seed * 16807) % 2147483647;
      const x = seed % width, y = Math.floor(seed / width) % height, i = (y * width + x) * 4;
      // A coloured pixel (a mark), not grey axis text.
      if (data[i + 3] > 200 && Math.max(data[i], data[i + 1], data[i + 2]) - Math.min(data[i], data[i + 1], data[i + 2]) > 60) points.push([x * scale, y * scale]);
    }
    const channel = new MessageChannel();
    const nextTask = () => new Promise((r) => { channel.port1.onmessage = r; channel.port2.postMessage(0); });
    const r = target.getBoundingClientRect();
    const work = [], shown = [];
    let seed2 = 7;
    for (const [x, y] of points) {
      // Start at a random point of the frame, as a reader's pointer does.
      seed2 = (seed2 * 16807) % 2147483647;
      await new Promise((r) => setTimeout(r, seed2 % 17));
      const init = { clientX: r.left + x, clientY: r.top + y, bubbles: true, pointerId: 1 };
      const t0 = performance.now();
      target.dispatchEvent(type === "pointermove" ? new PointerEvent(type, init) : new MouseEvent(type, init));
      await Promise.resolve(); // the handler's microtasks run first
      const handled = performance.now() - t0;
      // Chart.js draws the hover in its animation-frame callback, queued
      // during the event; this one is queued after it, so its start minus
      // the frame's start is the drawing done in that frame.
      const inFrame = await new Promise((r) => requestAnimationFrame((frameStart) => r(Math.max(0, performance.now() - frameStart))));
      await nextTask();
      work.push(handled + inFrame);
      shown.push(performance.now() - t0);
    }
    return { work, shown };
  }, { sel: selector, type: eventType });
  await page.close();
  return { n, p50: pct(samples.work, 50), p95: pct(samples.work, 95), shownP50: pct(samples.shown, 50), shownP95: pct(samples.shown, 95) };
}

// Both pages load their graphic from the server that serves the page: the
// peer its node_modules/chart.js, ours the built dist/ (linked here as
// bench/widget-dist).
const linked = join(here, "widget-dist");
if (!existsSync(linked)) symlinkSync(join(root, "dist"), linked, "dir");
const benchGz = await serveStatic(here, 8093, { encoding: "gzip" });
const benchBr = await serveStatic(here, 8095, { encoding: "br" });
const browser = await launch();
const ours = [], peer = [];
try {
  // One untimed load of each page per encoding first: the server then has
  // every file compressed, as a CDN would.
  for (const port of [8093, 8095]) {
    await loadOnce(browser, `http://127.0.0.1:${port}/ours/index.html`, "__oursReady", "warm-up");
    await loadOnce(browser, `http://127.0.0.1:${port}/peer/index.html`, "__peerReady", "warm-up");
  }
  for (let i = 0; i < ROUNDS; i++) {
    for (const [encoding, port] of [["gzip", 8093], ["br", 8095]]) {
      const oursUrl = `http://127.0.0.1:${port}/ours/index.html`;
      ours.push(await loadOnce(browser, oursUrl, "__oursReady", encoding));
      peer.push(await loadOnce(browser, `http://127.0.0.1:${port}/peer/index.html`, "__peerReady", encoding));
    }
  }
  var hovers = [];
  for (const n of [100, 1000, 10000]) {
    hovers.push({
      ours: await hover(browser, `http://127.0.0.1:8093/ours/index.html?n=${n}`, `document.getElementById("widget").shadowRoot?.querySelector(".tx-timeline-base")`, "pointermove", n),
      peer: await hover(browser, `http://127.0.0.1:8093/peer/index.html?n=${n}`, `document.querySelector("canvas.peer-timeline")`, "mousemove", n),
    });
  }
} finally {
  await browser.close();
  for (const s of [benchGz, benchBr]) s.close();
}

const row = (label, pick, unit = "", digits = 0) => {
  const o = pick(ours), p = pick(peer);
  const mo = median(o), mp = median(p);
  return `| ${label} | ${mo.toFixed(digits)}${unit} (${spread(o)}) | ${mp.toFixed(digits)}${unit} (${spread(p)}) | ${(mo / mp).toFixed(2)} |`;
};
const only = (enc, f) => (runs) => runs.filter((r) => r.encoding === enc).map(f);
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model || "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB`;
const table = [
  "| figure (median, spread) | ours | Chart.js peer | ours / peer |",
  "|---|---:|---:|---:|",
  row("transfer, gzip (KB)", only("gzip", (r) => r.bytes / 1000), "", 1),
  row("transfer, brotli (KB)", only("br", (r) => r.bytes / 1000), "", 1),
  row("first chart pixel (ms)", (rs) => rs.map((r) => r.firstPixel)),
  row("interactive (ms)", (rs) => rs.map((r) => r.ready)),
  row("long tasks during load (count)", (rs) => rs.map((r) => r.longTasks.length), "", 1),
  row("longest task (ms)", (rs) => rs.map((r) => Math.max(0, ...r.longTasks))),
  row("memory after load, JS heap + Wasm (MB)", (rs) => rs.map((r) => r.heap / 1e6), "", 1),
  ...hovers.flatMap((h) => {
    const n = h.ours.n.toLocaleString("en");
    const line = (label, key) => `| ${label}, ${n} milestones (ms) | ${h.ours[key].toFixed(2)} | ${h.peer[key].toFixed(2)} | ${(h.ours[key] / Math.max(h.peer[key], 0.01)).toFixed(2)} |`;
    return [
      line("hover-to-repaint p50", "p50"),
      line("hover-to-repaint p95", "p95"),
      line("hover to displayed frame p95", "shownP95"),
    ];
  }),
].join("\n");
const section = `<!-- compare:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} with \`node bench/compare.mjs ${ROUNDS}\`: ${ROUNDS} alternating loads of each page per encoding, cache disabled, headless Chromium on ${machine}. Transfer counts everything the page loads for the graphic (not the host HTML). Hover: 300 pointer moves over drawn marks, each started at a random point of a frame. Hover-to-repaint is the main-thread work from the event until the canvas shows the change: the event handling plus, in the frame that follows, the drawing before that frame is painted (Chart.js draws hover in an animation-frame callback; the widget repaints its overlay canvas in the handler). Hover to displayed frame adds the wait for that frame (up to 16.7 ms at 60 Hz, the same for both).\n\n${table}\n<!-- compare:end -->`;
const file = join(root, "BENCHMARKS.md");
let current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
if (!current.includes("<!-- compare:start -->")) current += "\n## The widget against a Chart.js page doing the same job\n\n<!-- compare:start -->\n<!-- compare:end -->\n";
writeFileSync(file, current.replace(/<!-- compare:start -->[\s\S]*<!-- compare:end -->/, section));
console.log(section);
