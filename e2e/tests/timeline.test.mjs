// The timeline as readers use it: hover, click, keyboard, legend, live region.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";
import { findColour, inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function open(lang = "zh-Hant", width = 1280) {
  const page = await env.browser.newPage({ viewport: { width, height: 900 } });
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.evaluate((l) => document.getElementById("widget").setAttribute("lang", l), lang);
  await page.locator("#widget .tx-timeline").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  return page;
}

// The opening-up category (teal) has one milestone: the zero-carbon list.
const TEAL = [0x00, 0x79, 0x6b];

test("hovering a mark shows its tooltip; clicking opens the detail panel", async () => {
  const page = await open("en");
  const spot = await findColour(page, "#widget", "tx-timeline-base", TEAL);
  assert.ok(spot, "the teal mark is drawn");
  await page.mouse.move(spot.x, spot.y);
  const tip = await inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [role=tooltip]")?.textContent);
  assert.match(tip, /Sino-German park chosen to build a national zero-carbon park/);
  assert.match(tip, /26 December 2025/);
  // Placed through its style object (a strict CSP refuses style attributes
  // in HTML text): under the mark, inside the chart.
  const placed = await inWidget(page, "#widget", (r) => {
    const t = r.querySelector(".tx-timeline [role=tooltip]");
    const [b, c] = [t.getBoundingClientRect(), r.querySelector(".tx-timeline-base").getBoundingClientRect()];
    return { styled: t.style.left.endsWith("px") && t.style.top.endsWith("px"), top: b.top, left: b.left, right: b.right, chart: [c.left, c.right] };
  });
  assert.ok(placed.styled, "left and top set on the tooltip");
  assert.ok(placed.top > spot.y && placed.top < spot.y + 40, `the tooltip is just under the mark: ${JSON.stringify(placed)} at ${spot.y}`);
  assert.ok(placed.left >= placed.chart[0] - 0.5 && placed.right <= placed.chart[1] + 0.5, `inside the chart: ${JSON.stringify(placed)}`);
  // The card of the figure this milestone moved lights up, and only it.
  const linked = await inWidget(page, "#widget", (r) => [...r.querySelectorAll(".tx-card.tx-linked .tx-figure")].map((f) => f.textContent));
  assert.deepEqual(linked, ["1 of 52 parks"]);
  await page.keyboard.press("Escape");
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [role=tooltip]")), null);
  await page.mouse.click(spot.x, spot.y);
  const panel = await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail")?.textContent);
  assert.match(panel, /52/);
  assert.match(panel, /China News Service/);
  assert.match(panel, /1 of 52 parks/, "linked indicator listed");
  await page.close();
});

test("a tap on a mark shows its tooltip and opens the panel; a tap elsewhere dismisses the tooltip", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 800 }, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.evaluate(() => document.getElementById("widget").setAttribute("lang", "en"));
  await page.locator("#widget .tx-timeline").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  const spot = await findColour(page, "#widget", "tx-timeline-base", TEAL);
  await page.touchscreen.tap(spot.x, spot.y);
  const tip = await inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [role=tooltip]")?.textContent);
  assert.match(tip, /Sino-German park/);
  assert.match(await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail h4")?.textContent), /Sino-German park/);
  await page.locator("h1").tap();
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [role=tooltip]")), null);
  await context.close();
});

test("keyboard journey: one Tab stop, arrows, Home, End, Enter, Escape, announced politely", async () => {
  const page = await open("zh-Hant");
  await page.locator("#widget .tx-legend-item").last().focus();
  await page.keyboard.press("Tab");
  assert.equal(await inWidget(page, "#widget", (r) => r.activeElement?.className), "tx-timeline-chart");
  const live = () => inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [aria-live=polite].tx-sr-only").textContent);
  await page.keyboard.press("Home");
  assert.equal(await live(), "三生製藥授權輝瑞 約60億美元");
  await page.keyboard.press("ArrowRight");
  assert.equal(await live(), "三生製藥與輝瑞協議生效");
  await page.keyboard.press("ArrowLeft");
  assert.equal(await live(), "三生製藥授權輝瑞 約60億美元");
  await page.keyboard.press("End");
  assert.equal(await live(), "GDP連續12季跑贏全國平均", "year-only items come last, in their band");
  await page.keyboard.press("Enter");
  assert.match(await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail h4").textContent), /12季/);
  assert.match(await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail-meta").textContent), /^2025年 ·/, "a year-only date shows the year only");
  await page.keyboard.press("Escape"); // closes the tooltip
  await page.keyboard.press("Escape"); // then the panel
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail")), null);
  await page.keyboard.press("Tab");
  assert.notEqual(await inWidget(page, "#widget", (r) => r.activeElement?.className), "tx-timeline-chart", "focus moves on");
  await page.close();
});

test("the keyboard's tooltip closes when focus leaves the chart", async () => {
  const page = await open("en");
  await page.locator("#widget .tx-legend-item").last().focus();
  await page.keyboard.press("Tab");
  const tip = () => inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [role=tooltip]") !== null);
  await page.keyboard.press("Home");
  assert.equal(await tip(), true, "moving by key shows the tooltip");
  await page.keyboard.press("Tab");
  assert.notEqual(await inWidget(page, "#widget", (r) => r.activeElement?.className), "tx-timeline-chart", "focus moved on");
  assert.equal(await tip(), false, "blur closes the tooltip");
  await page.close();
});

test("the legend filters by keyboard and says which categories are shown", async () => {
  const page = await open("en");
  const button = page.locator("#widget .tx-legend-item", { hasText: "Opening-up" });
  await button.focus();
  await page.keyboard.press("Space");
  assert.equal(await button.getAttribute("aria-pressed"), "false");
  assert.equal(await findColour(page, "#widget", "tx-timeline-base", TEAL), null, "the filtered category is gone from the chart");
  await page.keyboard.press("Enter");
  assert.equal(await button.getAttribute("aria-pressed"), "true");
  await page.close();
});

test("a selected attribute opens the widget on that milestone", async () => {
  const page = await env.browser.newPage();
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.evaluate(() => document.getElementById("widget").setAttribute("selected", "tieren-promotion"));
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelector(".tx-detail"));
  assert.match(await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail h4").textContent), /遼寧鐵人/);
  await page.close();
});
