// The widget end to end: built dist/ on one origin, a host article on
// another; it renders, draws, reports its events, and fails visibly.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { watchErrors } from "../lib/browser.mjs";
import { ARTIFACTS, HOST_ORIGIN, paintedPixels, start, waitReady, WIDGET_ORIGIN } from "../lib/fixture.mjs";
import { inWidget, recordEvents } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test("a host page on another origin embeds dist/embed.js and the widget draws", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await recordEvents(page);
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  const canvases = await paintedPixels(page, "#widget");
  assert.ok(canvases.length >= 11, `a canvas per indicator and the timeline's two, got ${canvases.length}`);
  for (const c of canvases.filter((c) => c.className !== "tx-timeline-overlay")) {
    assert.ok(c.painted > 50, `${c.className} drew ${c.painted} pixels`);
  }
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector(".tx-title").textContent), "瀋陽鐵西 2025：關鍵數字與大事記");
  assert.match(await inWidget(page, "#widget", (r) => r.querySelector(".tx-source").textContent), /王藝橋/);
  await page.waitForFunction(() => window.__tiexiEvents.some((e) => e.name === "tiexi:ready"));
  await page.screenshot({ path: join(ARTIFACTS, "host-article-1280.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("the widget's files load from the widget origin, relative to embed.js", async () => {
  const page = await env.browser.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  const widgetFiles = requests.filter((u) => u.startsWith(`${WIDGET_ORIGIN}/`)).map((u) => new URL(u).pathname);
  assert.ok(widgetFiles.includes("/embed.js"));
  assert.ok(widgetFiles.some((p) => /^\/tiexi-infographic-[0-9a-f]+\.js$/.test(p)), widgetFiles.join());
  assert.ok(widgetFiles.some((p) => /^\/tiexi-infographic-[0-9a-f]+_bg\.wasm$/.test(p)), widgetFiles.join());
  assert.ok(requests.every((u) => u.startsWith("http://127.0.0.1:") || u.startsWith("data:")), "no third-party requests");
  await page.close();
});

test("clicking a milestone fires tiexi:select with its id", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await recordEvents(page);
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  await page.locator("#widget .tx-timeline-chart").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  const events = await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:select"));
  assert.deepEqual(events.at(-1), { name: "tiexi:select", target: "widget", detail: { type: "milestone", id: "gdp-streak" } });
  await page.close();
});

test("if the WebAssembly cannot load, the reader sees a message and the host hears tiexi:error", async () => {
  const page = await env.browser.newPage();
  const pageErrors = [];
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await recordEvents(page);
  await page.route("**/*.wasm", (route) => route.abort());
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await page.waitForFunction(() => window.__tiexiEvents.some((e) => e.name === "tiexi:error"));
  const alert = await inWidget(page, "#widget", (r) => r.querySelector("[role=alert]")?.textContent);
  assert.match(alert, /資訊圖表無法載入/);
  assert.deepEqual(pageErrors, [], "the host page itself never sees an exception");
  assert.equal(await page.evaluate(() => document.querySelector("#after").textContent), "後一個連結", "the page around it still works");
  await page.close();
});
