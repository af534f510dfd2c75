// dist/embed.css reserves the widget's final height before any script runs.
// These tests hold the measured table (loader/reserved-heights.json) to the
// widget as it is now: at common container widths, in every language and
// view, the drawn widget fits the reservation with little to spare. When the
// widget's look changes, scripts/update-reserved-heights measures anew.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, start, WIDGET_ORIGIN } from "../lib/fixture.mjs";
import { showInstances, waitAllShown } from "../lib/instances.mjs";

const WIDTHS = [300, 320, 360, 375, 414, 600, 768, 1024, 1280];
const SPARE_PX = 40;

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

for (const lang of ["zh-Hant", "zh-Hans", "en"]) {
  test(`the reserved height fits the drawn widget (${lang}, every view, ${WIDTHS.length} widths)`, async () => {
    const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await showInstances(page, { lang, views: ["both", "indicators", "timeline"], widths: WIDTHS });
    const before = await page.evaluate(() => [...document.querySelectorAll("tiexi-infographic")].map((e) => e.getBoundingClientRect().height));
    await waitAllShown(page);
    const fits = await page.evaluate(() => [...document.querySelectorAll("tiexi-infographic")].map((e) => ({
      width: e.getBoundingClientRect().width,
      view: e.getAttribute("view"),
      reserved: parseFloat(getComputedStyle(e, "::before").height),
      drawn: e.shadowRoot.querySelector(".tx-root").getBoundingClientRect().height,
      height: e.getBoundingClientRect().height,
    })));
    const misfits = fits.filter((f) => !(f.drawn <= f.reserved && f.reserved - f.drawn <= SPARE_PX));
    assert.deepEqual(misfits, [], "drawn height within the reservation (stale? run scripts/update-reserved-heights)");
    // Before the loader ran, each element already had its final height.
    assert.deepEqual(before.map(Math.round), fits.map((f) => Math.round(f.height)));
    await page.close();
  });
}

test("the sheet picks the height by language and view the way the loader does, and reserves nothing for other data", async () => {
  const table = JSON.parse(readFileSync(join(ROOT, "loader", "reserved-heights.json"), "utf8"));
  const at = (view, script, width) => table.views[view][script].filter(([from]) => from <= width).at(-1)[1];
  const page = await env.browser.newPage({ viewport: { width: 1400, height: 900 } });
  // No loader: this is what a reader's browser lays out before any script.
  await page.setContent(`<!doctype html><html lang="zh-Hans"><head><meta charset="utf-8">
    <link rel="stylesheet" href="${WIDGET_ORIGIN}/embed.css"></head><body style="margin:0">
    <div style="width:600px">
      <tiexi-infographic id="inherits-zh"></tiexi-infographic>
      <tiexi-infographic id="own-en" lang="en-GB" view="Timeline"></tiexi-infographic>
      <section lang="en"><tiexi-infographic id="section-en" view="indicators"></tiexi-infographic>
        <div id="div-zh-in-en" data-tiexi-infographic data-lang="zh-Hant" data-view="timeline"></div></section>
      <div id="div-en" data-tiexi-infographic data-lang="en"></div>
      <tiexi-infographic id="src" lang="en" view="indicators" src="other.json"></tiexi-infographic>
      <tiexi-infographic id="inline"><script type="application/json">{}</script></tiexi-infographic>
      <tiexi-infographic id="own-height" src="other.json" style="--tiexi-height: 321px"></tiexi-infographic>
    </div></body></html>`);
  const heights = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll("[id]")].map((e) => [e.id, e.getBoundingClientRect().height])));
  assert.deepEqual(heights, {
    "inherits-zh": at("both", "cjk", 600),
    "own-en": at("timeline", "en", 600),
    "section-en": at("indicators", "en", 600),
    "div-zh-in-en": at("timeline", "cjk", 600),
    "div-en": at("both", "en", 600),
    src: 0,
    inline: 0,
    "own-height": 321,
  });
  await page.close();
});
