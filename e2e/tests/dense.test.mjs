// A thousand milestones: zoom by buttons, keys, ctrl+wheel and pinch;
// clusters instead of a wall of marks; the keyboard still reaches everything.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { syntheticDataset } from "../../bench/synthetic-dataset.mjs";
import { watchErrors } from "../lib/browser.mjs";
import { ARTIFACTS, HOST_ORIGIN, HOSTS, start } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => {
  mkdirSync(join(HOSTS, "generated"), { recursive: true });
  writeFileSync(join(HOSTS, "generated", "dense-1000.json"), JSON.stringify(syntheticDataset(1000)));
  env = await start();
});
after(async () => { await env.close(); });

async function open(options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/dense.html?n=1000`);
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot?.querySelector(".tx-timeline-base")?.width > 0, null, { timeout: 30000 });
  // Shown (no longer drawn unseen); this dataset has no indicator cards.
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelector(".tx-root:not([data-pending])"));
  return { page, errors };
}
const windowOf = (page) => inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline-chart").dataset.window);

test("buttons and keys zoom, pan and reset", async () => {
  const { page, errors } = await open();
  assert.equal(await windowOf(page), "0.0000-1.0000");
  await page.locator("#widget .tx-zoom button").first().click();
  assert.equal(await windowOf(page), "0.2500-0.7500", "zoom in halves the window around its middle");
  await page.locator("#widget .tx-timeline-chart").focus();
  await page.keyboard.press("Shift+ArrowRight");
  assert.equal(await windowOf(page), "0.3750-0.8750");
  await page.keyboard.press("0");
  assert.equal(await windowOf(page), "0.0000-1.0000");
  await page.keyboard.press("Home");
  await page.keyboard.press("+");
  const [a, b] = (await windowOf(page)).split("-").map(Number);
  assert.ok(Math.abs(b - a - 0.5) < 1e-3 && a < 0.05, `zoomed around the first milestone, in January: ${a}-${b}`);
  await page.screenshot({ path: join(ARTIFACTS, "dense-1000-zoomed.png") });
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("ctrl+wheel zooms around the pointer; a plain wheel scrolls the page", async () => {
  const { page } = await open();
  const box = await page.locator("#widget .tx-timeline-overlay").boundingBox();
  await page.mouse.move(box.x + box.width * 0.8, box.y + box.height / 2);
  const scrollBefore = await page.evaluate(() => scrollY);
  await page.mouse.wheel(0, 200);
  await page.waitForTimeout(100);
  assert.equal(await windowOf(page), "0.0000-1.0000");
  assert.ok((await page.evaluate(() => scrollY)) > scrollBefore, "the page scrolled");
  const again = await page.locator("#widget .tx-timeline-overlay").boundingBox();
  await page.mouse.move(again.x + again.width * 0.8, again.y + again.height / 2);
  await page.keyboard.down("Control");
  await page.mouse.wheel(0, -300);
  await page.keyboard.up("Control");
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelector(".tx-timeline-chart").dataset.window !== "0.0000-1.0000");
  const [a, b] = (await windowOf(page)).split("-").map(Number);
  assert.ok(b - a < 1 && a > 0.3, `zoomed towards the right: ${a}-${b}`);
  await page.context().close();
});

test("a two-finger pinch zooms in", async () => {
  const { page } = await open({ hasTouch: true, isMobile: false });
  await page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector(".tx-timeline-overlay").scrollIntoView());
  const b2 = await page.locator("#widget .tx-timeline-overlay").boundingBox();
  assert.ok(b2 && b2.width > 400 && b2.height > 40, `the chart is on screen: ${JSON.stringify(b2)}`);
  const cdp = await page.context().newCDPSession(page);
  const y = b2.y + Math.min(b2.height / 2, 60);
  const cx = b2.x + b2.width / 2;
  const touch = (type, d) => cdp.send("Input.dispatchTouchEvent", {
    type, touchPoints: type === "touchEnd" ? [] : [{ x: cx - d, y, id: 1 }, { x: cx + d, y, id: 2 }],
  });
  await touch("touchStart", 40);
  for (const d of [60, 90, 130, 160]) await touch("touchMove", d);
  await touch("touchEnd", 0);
  const [a, b] = (await windowOf(page)).split("-").map(Number);
  assert.ok(b - a < 0.5, `pinched to ${a}-${b}`);
  // The fingers met at the middle of the year's axis: the zoom keeps that
  // date under them.
  const under = (0.5 - a) / (b - a);
  assert.ok(Math.abs(under - 0.5) < 0.05, `the pinch centre moved to ${under} of the window ${a}-${b}`);
  await page.context().close();
});

test("every one of a thousand milestones is reachable by keyboard", async () => {
  const { page } = await open();
  await page.locator("#widget .tx-timeline-chart").focus();
  await page.keyboard.press("End");
  const live = () => inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [aria-live=polite].tx-sr-only").textContent);
  const last = await live();
  let steps = 0;
  await page.keyboard.press("Home");
  const first = await live();
  assert.notEqual(first, last);
  // Walk a stretch and count distinct announcements: one per milestone.
  const seen = new Set([first]);
  for (; steps < 40; steps++) {
    await page.keyboard.press("ArrowRight");
    seen.add(await live());
  }
  assert.equal(seen.size, 41);
  await page.context().close();
});
