// "Get the data": CSV with a BOM, the JSON as published, and charts as PNG
// at twice their CSS size.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";

let env, context, page;
// What a download leaves behind on the page: errors, and selections the
// reader did not make (the temporary link's click heard as a card's).
const pageErrors = [];
before(async () => {
  env = await start();
  context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(String(e)));
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  await page.evaluate(() => {
    window.selections = [];
    document.getElementById("widget").addEventListener("tiexi:select", (e) => window.selections.push(e.detail));
  });
});
after(async () => { await env.close(); });

// Everything downloads from the one control; open it first.
function openDownloads(on) {
  return on.evaluate(() => { document.getElementById("widget").shadowRoot.querySelector(".tx-download").open = true; });
}

async function download(selector) {
  await openDownloads(page);
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(selector).click()]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test("CSV: UTF-8 with BOM, a row per figure and milestone, in the reader's language", async () => {
  const { name, bytes } = await download('#widget .tx-download [data-download="csv"]');
  assert.equal(name, "tiexi-data-zh-Hant.csv");
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const text = bytes.toString("utf8");
  assert.equal(text.trim().split("\r\n").length, 1 + 10 + 10);
  assert.match(text, /"milestone","tieren-promotion","2025-10-26"/);
  assert.match(text, /遼寧鐵人主場衝超成功/);
});

test("JSON: the data file as published, valid and complete", async () => {
  const { name, bytes } = await download('#widget .tx-download [data-download="json"]');
  assert.equal(name, "tiexi-data.json");
  const data = JSON.parse(bytes.toString("utf8"));
  assert.equal(data.milestones.length, 10);
  assert.equal(data.indicators.length, 10);
});

test("PNG: a card's chart and the timeline at twice their CSS size", async () => {
  const card = await download('#widget .tx-download [data-download="png"][data-indicator="gdp-streak"]');
  assert.equal(card.name, "tiexi-gdp-streak.png");
  const cssWidth = await page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector('article[data-indicator="gdp-streak"] canvas').getBoundingClientRect().width);
  assert.equal(card.bytes.readUInt32BE(16), Math.round(cssWidth * 2), "PNG width is 2× the chart's CSS width");
  assert.equal(card.bytes.readUInt32BE(20), 192, "PNG height is 2 × 96 px");
  const timeline = await download('#widget .tx-download [data-download="timeline-png"]');
  assert.equal(timeline.name, "tiexi-timeline.png");
  const timelineWidth = await page.evaluate(() => document.getElementById("widget").shadowRoot.querySelector(".tx-timeline-base").getBoundingClientRect().width);
  assert.equal(timeline.bytes.readUInt32BE(16), Math.round(timelineWidth * 2));
});

test("a download throws nothing, selects nothing, and the host hears one click", async () => {
  await page.evaluate(() => { window.hostClicks = 0; document.addEventListener("click", () => { window.hostClicks += 1; }); });
  await download('#widget .tx-download [data-download="csv"]');
  await download('#widget .tx-download [data-download="png"][data-indicator="gdp-streak"]');
  await download('#widget .tx-download [data-download="timeline-png"]');
  assert.deepEqual(pageErrors, []);
  assert.deepEqual(await page.evaluate(() => window.selections), []);
  // The reader's three clicks, not the temporary links' as well.
  assert.equal(await page.evaluate(() => window.hostClicks), 3);
});

test("a JSON download whose file cannot be fetched saves nothing and leaves no error on the host page", async () => {
  const failing = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  const host = await failing.newPage();
  const errors = [];
  host.on("pageerror", (e) => errors.push(String(e)));
  await host.addInitScript(() => {
    window.rejections = [];
    addEventListener("unhandledrejection", (e) => window.rejections.push(String(e.reason)));
  });
  await host.goto(`${HOST_ORIGIN}/article.html`);
  await host.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(host, "#widget");
  let downloads = 0;
  host.on("download", () => { downloads += 1; });
  const asked = [];
  for (const failure of ["network", "404"]) {
    await host.route("**/*.json", (route) => {
      asked.push(failure);
      return failure === "network" ? route.abort() : route.fulfill({ status: 404, body: "not here" });
    });
    await openDownloads(host);
    await host.locator('#widget .tx-download [data-download="json"]').click();
    await host.waitForTimeout(800);
    await host.unroute("**/*.json");
  }
  assert.deepEqual(asked, ["network", "404"], "the JSON was asked for and refused both ways");
  assert.equal(downloads, 0, "no file");
  assert.deepEqual(errors, []);
  assert.deepEqual(await host.evaluate(() => window.rejections), [], "no unhandled rejection on the host page");
  await failing.close();
});
