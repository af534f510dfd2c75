// Measures the widget's natural height (built-in dataset) at every container
// width from MIN to MAX px, for each language and view, and writes
// loader/reserved-heights.json, from which the build makes dist/embed.css:
// the rules that let a host reserve the widget's final height before any
// script runs. Run it (scripts/update-reserved-heights) after any change to
// the widget's look; e2e/tests/reserve.test.mjs fails when it is stale.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, start } from "../lib/fixture.mjs";
import { naturalHeights } from "./natural-heights.mjs";

const MIN = 240;
const MAX = 1600;
const STEP = 5;
const LANGS = ["zh-Hant", "zh-Hans", "en"];
const VIEWS = ["both", "indicators", "timeline"];

const env = await start();
try {
  const coarse = [];
  for (let w = MIN; w <= MAX; w += STEP) coarse.push(w);
  const heights = {};
  for (const view of VIEWS) {
    for (const lang of LANGS) {
      let sample = await naturalHeights(env.browser, lang, view, coarse);
      // Where the height jumps between two samples, find the exact width of
      // the jump, so no reader's width falls into a too-generous bucket.
      const fine = [];
      for (let i = 0; i + 1 < coarse.length; i++) {
        if (sample.get(coarse[i]) !== sample.get(coarse[i + 1])) {
          for (let w = coarse[i] + 1; w < coarse[i + 1]; w++) fine.push(w);
        }
      }
      if (fine.length) {
        const more = await naturalHeights(env.browser, lang, view, fine);
        sample = new Map([...sample, ...more]);
      }
      heights[`${lang}/${view}`] = sample;
      console.log(`${lang} ${view}: ${sample.size} widths`);
    }
  }
  // zh-Hant and zh-Hans share a rule (their glyphs have the same advance);
  // the rule takes the taller of the two wherever they differ.
  const table = { min: MIN, max: MAX, note: "natural widget height (px) by container width; built-in dataset", views: {} };
  for (const view of VIEWS) {
    const cjk = new Map();
    for (const lang of ["zh-Hant", "zh-Hans"]) {
      for (const [w, h] of heights[`${lang}/${view}`]) cjk.set(w, Math.max(cjk.get(w) || 0, h));
    }
    table.views[view] = { cjk: runs(cjk), en: runs(heights[`en/${view}`]) };
  }
  writeFileSync(join(ROOT, "loader", "reserved-heights.json"), `${JSON.stringify(table, null, 1)}\n`);
} finally {
  await env.close();
}

// [[from-width, height], …]: the height from that width until the next
// entry. A run takes the largest height measured in it.
function runs(sample) {
  const widths = [...sample.keys()].sort((a, b) => a - b);
  const out = [];
  for (let i = 0; i < widths.length; i++) {
    const here = sample.get(widths[i]);
    const next = i + 1 < widths.length ? sample.get(widths[i + 1]) : here;
    // A width between two samples (containers can be 517.5 px wide) may
    // take either neighbour's height: cover both.
    const bound = Math.max(here, next);
    if (out.length && out[out.length - 1][1] === bound) continue;
    out.push([widths[i], bound]);
  }
  return out;
}
