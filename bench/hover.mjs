// Benchmark (not a test): hover-to-repaint latency on the timeline at 100,
// 1,000 and 10,000 milestones. For each size it loads the built widget from
// dist/ in headless Chromium, finds points on drawn marks, and times a
// pointermove from dispatch until the widget's reactions (hit test, state,
// overlay repaint, tooltip) have all run: the next macrotask.
// Usage: node bench/hover.mjs   (after `trunk build --release`)
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import os from "node:os";
import { syntheticDataset } from "./synthetic-dataset.mjs";
import { launch } from "../e2e/lib/browser.mjs";
import { HOST_PORT, serveStatic, WIDGET_PORT } from "../e2e/lib/server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, "..");
const hosts = join(root, "e2e", "hosts");
const SIZES = [100, 1000, 10000];
const MOVES = 400;

function percentile(values, p) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

mkdirSync(join(hosts, "generated"), { recursive: true });
for (const n of SIZES) writeFileSync(join(hosts, "generated", `dense-${n}.json`), JSON.stringify(syntheticDataset(n)));

const widget = await serveStatic(join(root, "dist"), WIDGET_PORT, { cors: true });
const host = await serveStatic(hosts, HOST_PORT);
const browser = await launch();
const results = [];
try {
  for (const n of SIZES) {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const loadStart = Date.now();
    await page.goto(`http://127.0.0.1:${HOST_PORT}/dense.html?n=${n}`);
    // Shown: laid out and painted (the widget draws unseen until then).
    await page.waitForFunction(() => document.getElementById("widget").shadowRoot?.querySelector(".tx-root:not([data-pending]) .tx-timeline-base")?.width > 0, null, { timeout: 120000 });
    const loadMs = Date.now() - loadStart;
    const samples = await page.evaluate(async (moves) => {
      const root = document.getElementById("widget").shadowRoot;
      const base = root.querySelector(".tx-timeline-base");
      const overlay = root.querySelector(".tx-timeline-overlay");
      const { data, width, height } = base.getContext("2d").getImageData(0, 0, base.width, base.height);
      const scale = base.getBoundingClientRect().width / width;
      const points = [];
      let seed = 1;
      while (points.length < moves) {
        seed = (seed * 16807) % 2147483647;
        const x = seed % width;
        const y = Math.floor(seed / width) % height;
        if (data[(y * width + x) * 4 + 3] > 0) points.push([x * scale, y * scale]);
      }
      // A macrotask without setTimeout's 4 ms clamp.
      const channel = new MessageChannel();
      const nextTask = () => new Promise((resolve) => { channel.port1.onmessage = resolve; channel.port2.postMessage(0); });
      const r = overlay.getBoundingClientRect();
      const out = [];
      for (const [x, y] of points) {
        const t0 = performance.now();
        overlay.dispatchEvent(new PointerEvent("pointermove", { clientX: r.left + x, clientY: r.top + y, bubbles: true, pointerId: 1 }));
        await nextTask();
        out.push(performance.now() - t0);
      }
      return out;
    }, MOVES);
    results.push({ n, loadMs, p50: percentile(samples, 50), p95: percentile(samples, 95), max: Math.max(...samples) });
    await page.close();
  }
} finally {
  await browser.close();
  widget.close();
  host.close();
}

const fmt = (v) => v.toFixed(2);
const table = [
  "| milestones | hover-to-repaint p50 (ms) | p95 (ms) | max (ms) | load to first timeline paint (ms) |",
  "|---:|---:|---:|---:|---:|",
  ...results.map((r) => `| ${r.n.toLocaleString("en")} | ${fmt(r.p50)} | ${fmt(r.p95)} | ${fmt(r.max)} | ${r.loadMs} |`),
].join("\n");
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model || "cpu"}, ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, ${os.platform()} ${os.release()}`;
mkdirSync(join(here, "results"), { recursive: true });
writeFileSync(join(here, "results", "hover.json"), JSON.stringify({ date: new Date().toISOString(), machine, results }, null, 2));
const section = `<!-- hover:start -->\nMeasured ${new Date().toISOString().slice(0, 10)} with \`node bench/hover.mjs\`: ${MOVES} pointer moves over drawn marks per size, headless Chromium, ${machine}. Time from dispatching a pointermove to the end of the widget's reaction (hit test through the spatial index, shared selection state, overlay repaint, tooltip).\n\n${table}\n<!-- hover:end -->`;
const file = join(root, "BENCHMARKS.md");
const current = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n\n## Timeline hover-to-repaint\n\n<!-- hover:start -->\n<!-- hover:end -->\n";
writeFileSync(file, current.replace(/<!-- hover:start -->[\s\S]*<!-- hover:end -->/, section));
console.log(section);
