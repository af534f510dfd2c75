// Hostile and busy host pages: a strict CSP, five instances at once (one of
// them a <div> for CMSs that strip unknown tags), and an infinite-scroll
// feed that adds and removes the widget a hundred times.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { watchErrors } from "../lib/browser.mjs";
import { ARTIFACTS, HOST_ORIGIN, start, waitReady, WIDGET_ORIGIN } from "../lib/fixture.mjs";
import { holdWasm, inWidget, layoutShifts, recordLayoutShifts } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test("works under the strict CSP with zero violations", async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/csp.html`);
  await waitReady(page, "#widget");
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelectorAll(".tx-card").length), 10);
  const bg = await inWidget(page, "#widget", (r) => getComputedStyle(r.querySelector(".tx-card")).backgroundColor);
  assert.equal(bg, "rgb(246, 247, 249)", "the widget's styles apply under style-src without 'unsafe-inline'");
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("five instances with different languages, themes and views share one download", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  const wasmRequests = [];
  page.on("request", (r) => { if (r.url().endsWith(".wasm")) wasmRequests.push(r.url()); });
  await page.goto(`${HOST_ORIGIN}/many.html`);
  for (const id of ["a", "b", "c", "d", "e"]) {
    await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector(".tx-title"), id, { timeout: 30000 });
  }
  const title = (id) => inWidget(page, `#${id}`, (r) => r.querySelector(".tx-title").textContent);
  assert.equal(await title("a"), "瀋陽鐵西 2025：關鍵數字與大事記");
  assert.equal(await title("b"), "Shenyang's Tiexi district in 2025: key figures and milestones");
  assert.equal(await title("c"), "沈阳铁西 2025：关键数字与大事记", "no lang: the page's <html lang> decides");
  assert.equal(await title("d"), "Shenyang's Tiexi district in 2025: key figures and milestones", "the <div data-tiexi-infographic> form");
  assert.equal(await inWidget(page, "#b", (r) => r.querySelector(".tx-root").classList.contains("tx-dark")), true);
  assert.equal(await inWidget(page, "#b", (r) => getComputedStyle(r.querySelector(".tx-timeline")).display), "none", "view=indicators");
  assert.equal(await inWidget(page, "#c", (r) => getComputedStyle(r.querySelector(".tx-indicators")).display), "none", "view=timeline");
  assert.equal(wasmRequests.length, 1, "one download and compilation for all instances");
  await page.evaluate(() => document.getElementById("d").setAttribute("data-lang", "zh-Hant"));
  await page.waitForFunction(() => document.getElementById("d").shadowRoot.querySelector(".tx-title").textContent.startsWith("瀋陽"));
  await page.screenshot({ path: join(ARTIFACTS, "five-instances.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});

test("adding and removing the widget 100 times does not grow the heap", async () => {
  const page = await env.browser.newPage();
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/churn.html`);
  const cdp = await page.context().newCDPSession(page);
  const jsHeap = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    await cdp.send("HeapProfiler.collectGarbage");
    return (await cdp.send("Runtime.getHeapUsage")).usedSize;
  };
  // The Wasm module's linear memory: the same glue module the loader
  // imported hands back its (already initialised) exports.
  const wasmMemory = () => page.evaluate(async () => {
    const url = performance.getEntriesByType("resource").map((e) => e.name).find((n) => /tiexi-infographic-[0-9a-f]+\.js$/.test(n));
    const glue = await import(url);
    return (await glue.default()).memory.buffer.byteLength;
  });
  assert.equal(await page.evaluate(() => window.churn(10)), 0);
  const [warmJs, warmWasm] = [await jsHeap(), await wasmMemory()];
  assert.equal(await page.evaluate(() => window.churn(100)), 0, "every widget is gone from the page");
  const [afterJs, afterWasm] = [await jsHeap(), await wasmMemory()];
  const mib = (b) => (b / 1024 / 1024).toFixed(2);
  assert.ok(afterJs - warmJs < 2 * 1024 * 1024, `JS heap grew ${mib(afterJs - warmJs)} MiB over 100 mounts`);
  assert.ok(afterWasm - warmWasm < 1024 * 1024, `Wasm memory grew ${mib(afterWasm - warmWasm)} MiB over 100 mounts`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the iframe fallback reports its height and the parent resizes it", async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/iframe.html`);
  await page.waitForFunction(() => document.getElementById("frame").getBoundingClientRect().height > 800, null, { timeout: 30000 });
  const frame = page.frameLocator("#frame");
  assert.equal(await frame.locator("tiexi-infographic .tx-title").textContent(), "Shenyang's Tiexi district in 2025: key figures and milestones");
  const inner = await page.frames()[1].evaluate(() => document.documentElement.scrollHeight);
  const outer = await page.evaluate(() => document.getElementById("frame").getBoundingClientRect().height);
  assert.ok(Math.abs(inner - outer) <= 2, `iframe ${outer}px fits its content ${inner}px`);
  assert.deepEqual(errors, []);
  await page.close();
});

test("hostile host CSS (resets, !important on canvas/div/button, huge fonts, rtl) cannot reach in", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/hostile.html`);
  await waitReady(page, "#widget");
  const look = await inWidget(page, "#widget", (r) => {
    const canvas = r.querySelector(".tx-mini-chart");
    const card = r.querySelector(".tx-card");
    const title = r.querySelector(".tx-title");
    return {
      canvasDisplay: getComputedStyle(canvas).display,
      canvasHeight: canvas.getBoundingClientRect().height,
      cardBorder: getComputedStyle(card).borderLeftStyle,
      titleSize: getComputedStyle(title).fontSize,
      direction: getComputedStyle(r.querySelector(".tx-root")).direction,
    };
  });
  assert.deepEqual(look, { canvasDisplay: "block", canvasHeight: 96, cardBorder: "none", titleSize: "21.6px", direction: "ltr" });
  await page.locator("#widget").screenshot({ path: join(ARTIFACTS, "hostile-css.png") });
  assert.deepEqual(errors, []);
  await page.close();
});

test("lazy: nothing of the widget is fetched until the reader scrolls near it", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 700 } });
  const requests = [];
  page.on("request", (r) => { if (r.url().startsWith(`${WIDGET_ORIGIN}/`)) requests.push(new URL(r.url()).pathname); });
  await page.goto(`${HOST_ORIGIN}/lazy.html`);
  await page.waitForTimeout(800);
  assert.deepEqual(requests, ["/embed.js"], "only the loader before scrolling");
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await waitReady(page, "#widget");
  assert.ok(requests.some((p) => p.endsWith(".wasm")));
  await page.close();
});

test("no layout shift from the widget placed in an article, as a reader scrolls to it", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 700 } });
  await recordLayoutShifts(page);
  await page.goto(`${HOST_ORIGIN}/lazy.html`);
  for (let i = 0; i < 12; i++) {
    await page.mouse.wheel(0, 350);
    await page.waitForTimeout(120);
  }
  await waitReady(page, "#widget");
  await page.waitForTimeout(500);
  assert.deepEqual(await layoutShifts(page), [], "no layout-shift entries at all");
  await page.close();
});

test("no layout shift from instances above the fold, at phone and desktop widths", async () => {
  for (const viewport of [{ width: 390, height: 844 }, { width: 1280, height: 900 }]) {
    const page = await env.browser.newPage({ viewport });
    await recordLayoutShifts(page);
    await page.goto(`${HOST_ORIGIN}/above-fold.html`);
    await waitReady(page, "#widget");
    // Bring the second instance (a div, timeline view, zh-Hant) in too.
    await page.evaluate(() => document.getElementById("second").scrollIntoView());
    await waitReady(page, "#second");
    await page.waitForTimeout(800);
    assert.deepEqual(await layoutShifts(page), [], `no layout-shift entries at ${viewport.width} px`);
    // The reservation is the widget's height, not a guess far above it.
    const fit = await page.evaluate(() => ["widget", "second"].map((id) => {
      const host = document.getElementById(id);
      return { reserved: parseFloat(getComputedStyle(host, "::before").height), drawn: host.shadowRoot.querySelector(".tx-root").getBoundingClientRect().height };
    }));
    for (const { reserved, drawn } of fit) assert.ok(drawn <= reserved && reserved - drawn <= 40, JSON.stringify(fit));
    await page.close();
  }
});

test("without the reservation sheet, a host still gets the loader's own reservation before the widget draws", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 700 } });
  const release = await holdWasm(page);
  await page.goto(`${HOST_ORIGIN}/lazy.html`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForFunction(() => document.getElementById("widget").getBoundingClientRect().height > 500);
  const reserved = await page.evaluate(() => document.getElementById("widget").getBoundingClientRect().height);
  release();
  await waitReady(page, "#widget");
  await page.waitForTimeout(300);
  const final = await page.evaluate(() => document.getElementById("widget").getBoundingClientRect().height);
  assert.equal(final, reserved, "the element keeps the height it reserved while loading");
  await page.close();
});

test("until the interactive version is ready, readers see the element's own fallback text", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 700 } });
  const release = await holdWasm(page);
  await page.goto(`${HOST_ORIGIN}/lazy.html`);
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
  await page.waitForTimeout(500);
  const seen = await page.evaluate(() => {
    const el = document.getElementById("widget");
    const p = el.querySelector("p");
    return { height: el.getBoundingClientRect().height, fallback: p.getBoundingClientRect().height,
      text: el.shadowRoot?.querySelector("slot")?.assignedNodes().map((n) => n.textContent).join("").trim() };
  });
  assert.ok(seen.fallback > 0 && seen.height >= seen.fallback, `the element keeps its fallback's height while loading: ${JSON.stringify(seen)}`);
  assert.match(seen.text, /US\$6 billion/);
  release();
  await waitReady(page, "#widget");
  assert.equal(await page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector("slot")), null);
  await page.close();
});
