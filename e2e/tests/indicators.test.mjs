// Indicator cards as readers use them: mouse, touch, keyboard, a 320 px
// phone, a sharp screen, dark mode, and a widget that starts hidden.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN, paintedPixels, start, waitReady } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function open(options = {}, path = "article.html") {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/${path}`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  return page;
}

const tipOpen = (page, id) => inWidget(page, "#widget", (r, id) => r.querySelector(`[data-indicator="${id}"] [role=tooltip]`).classList.contains("tx-open"), id);

test("hover shows a tooltip with the exact value, period and source; Escape anywhere closes it", async () => {
  const page = await open();
  await page.locator('#widget article[data-indicator="3sbio-order"]').hover();
  assert.equal(await tipOpen(page, "3sbio-order"), true);
  const text = await page.locator('#widget article[data-indicator="3sbio-order"] [role=tooltip]').textContent();
  assert.match(text, /約60億美元（首付款12.5億美元；里程碑付款最高48億美元）/);
  assert.doesNotMatch(text, /6,000,000,000/, "a rounded figure is never written to the last digit");
  assert.match(text, /2025年5月20日/);
  assert.match(text, /格隆匯/);
  await page.locator("#before").focus(); // focus is outside the widget
  await page.keyboard.press("Escape");
  assert.equal(await tipOpen(page, "3sbio-order"), false);
  await page.mouse.move(0, 0);
  await page.context().close();
});

test("tap opens a tooltip and a tap elsewhere dismisses it", async () => {
  const page = await open({ hasTouch: true, isMobile: true, viewport: { width: 390, height: 800 } });
  await page.locator('#widget article[data-indicator="hongmei-visitors"]').tap();
  assert.equal(await tipOpen(page, "hongmei-visitors"), true);
  await page.locator("h1").tap();
  assert.equal(await tipOpen(page, "hongmei-visitors"), false);
  await page.context().close();
});

test("Tab reaches every card with a visible focus ring, and the tooltip follows focus", async () => {
  const page = await open();
  await page.locator("#before").focus();
  const ids = new Set();
  // The cards follow one another (their PNGs are in the download control).
  for (let i = 0; i < 10; i++) {
    await page.keyboard.press("Tab");
    const info = await inWidget(page, "#widget", (r) => {
      const el = r.activeElement;
      const style = el && getComputedStyle(el);
      return el && { id: el.dataset.indicator, download: el.dataset.download, outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth), tip: el.querySelector("[role=tooltip]")?.classList.contains("tx-open") };
    });
    assert.ok(info && info.id, `Tab ${i + 1} lands on a card`);
    assert.equal(info.outline, "solid");
    assert.ok(info.width >= 2);
    if (info.id) {
      assert.equal(info.tip, true);
      ids.add(info.id);
    }
  }
  assert.equal(ids.size, 10);
  await page.context().close();
});

test("canvases are sharp at devicePixelRatio 2", async () => {
  const page = await open({ deviceScaleFactor: 2 });
  for (const c of await paintedPixels(page, "#widget")) {
    assert.equal(c.width, Math.round(c.cssWidth * 2), `${c.className} backing store is twice its CSS width`);
  }
  await page.context().close();
});

test("a change of devicePixelRatio (zoom, another monitor) redraws at the new ratio", async () => {
  const page = await open();
  const cdp = await page.context().newCDPSession(page);
  // Browser zoom changes the ratio and the viewport's CSS size together.
  await cdp.send("Emulation.setDeviceMetricsOverride", { width: 1100, height: 900, deviceScaleFactor: 3, mobile: false });
  await page.waitForFunction(() => {
    const c = document.getElementById("widget").shadowRoot.querySelector(".tx-mini-chart");
    return c.width === Math.round(c.getBoundingClientRect().width * 3);
  }, null, { timeout: 10000 });
  await page.context().close();
});

test("cards reflow from one column to several as the page widens", async () => {
  const page = await open();
  const columns = await inWidget(page, "#widget", (r) => new Set([...r.querySelectorAll(".tx-card")].map((c) => Math.round(c.getBoundingClientRect().left))).size);
  assert.ok(columns >= 3, `${columns} columns at 1280 px`);
  await page.context().close();
});

test("forced colours keep cards outlined and text in system colours", async () => {
  const page = await open({ forcedColors: "active" });
  const border = await inWidget(page, "#widget", (r) => getComputedStyle(r.querySelector(".tx-card")).borderLeftStyle);
  assert.equal(border, "solid");
  await page.context().close();
});

test("no horizontal overflow on a 320 px phone, two compact columns of cards", async () => {
  const page = await open({ viewport: { width: 320, height: 700 } });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.equal(overflow, 0);
  const columns = await inWidget(page, "#widget", (r) => new Set([...r.querySelectorAll(".tx-card")].map((c) => Math.round(c.getBoundingClientRect().left))).size);
  assert.equal(columns, 2);
  const inner = await inWidget(page, "#widget", (r) => { const root = r.querySelector(".tx-root"); return root.scrollWidth - root.clientWidth; });
  assert.ok(inner <= 0, `widget content overflows by ${inner}px`);
  await page.context().close();
});

test("theme=dark and prefers-color-scheme: dark both apply the dark theme", async () => {
  const page = await open({ colorScheme: "dark" });
  const bg = await inWidget(page, "#widget", (r) => getComputedStyle(r.querySelector(".tx-root")).backgroundColor);
  assert.equal(bg, "rgb(22, 24, 29)");
  await page.evaluate(() => document.getElementById("widget").setAttribute("theme", "light"));
  await page.waitForFunction(() => !document.getElementById("widget").shadowRoot.querySelector(".tx-root").classList.contains("tx-dark"));
  await page.context().close();
});

test("a widget that starts hidden draws correctly once shown", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/hidden.html`);
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot?.querySelector(".tx-card"));
  await page.click("#show");
  await waitReady(page, "#widget");
  await page.waitForTimeout(200);
  for (const c of (await paintedPixels(page, "#widget")).filter((c) => c.className !== "tx-timeline-overlay")) {
    assert.ok(c.cssWidth > 50 && c.painted > 50, `${c.className} drew after being shown`);
  }
  await context.close();
});
