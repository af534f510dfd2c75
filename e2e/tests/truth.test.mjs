// A rounded figure stays rounded and a ceiling stays a ceiling wherever a
// reader meets it: the card, its tooltip, the chart's accessible name, the
// text table, the detail panel of a linked milestone, and both downloads,
// in every language. (The 3SBio deal is "about" US$6 billion, of which
// US$4.8 billion is only "up to".)
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const EXPECTED = {
  "zh-Hant": { about: "約60億美元", ceiling: "最高48億美元", upFront: "12.5億美元" },
  "zh-Hans": { about: "约60亿美元", ceiling: "最高48亿美元", upFront: "12.5亿美元" },
  en: { about: "about US$6 billion", ceiling: "up to US$4.8 billion", upFront: "US$1.25 billion" },
};

for (const [lang, want] of Object.entries(EXPECTED)) {
  test(`${lang}: "about" and "up to" on every surface that prints the 3SBio figure`, async () => {
    const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${HOST_ORIGIN}/article.html`);
    await page.evaluate((lang) => {
      const el = document.getElementById("widget");
      el.setAttribute("lang", lang);
      el.setAttribute("selected", "3sbio-pfizer");
    }, lang);
    await page.locator("#widget").scrollIntoViewIfNeeded();
    await waitReady(page, "#widget");
    const card = '#widget article[data-indicator="3sbio-order"]';

    const figure = await page.locator(`${card} .tx-figure`).textContent();
    assert.equal(figure.trim(), want.about, "card headline");

    await page.locator(card).hover();
    const tip = await page.locator(`${card} [role=tooltip]`).textContent();
    for (const part of [want.about, want.ceiling, want.upFront]) assert.ok(tip.includes(part), `tooltip has ${part}: ${tip}`);
    assert.doesNotMatch(tip, /6,0{3},0{3},0{3}|6,050,000,000/, "no false precision in the tooltip");

    const name = await page.locator(`${card} canvas`).getAttribute("aria-label");
    assert.ok(name.startsWith(want.about) && name.includes(want.ceiling), `accessible name: ${name}`);

    await page.locator("#widget .tx-text-equivalent summary").click();
    const row = page.locator('#widget .tx-text-equivalent tr[data-indicator="3sbio-order"] td').first();
    await row.waitFor();
    const cell = await row.textContent();
    assert.ok(cell.startsWith(want.about) && cell.includes(want.ceiling), `text table: ${cell}`);

    const panel = await page.locator("#widget .tx-detail").textContent();
    assert.ok(panel.includes(want.about), `detail panel of the linked milestone: ${panel}`);

    await page.evaluate(() => { document.getElementById("widget").shadowRoot.querySelector(".tx-download").open = true; });
    const [csvFile] = await Promise.all([page.waitForEvent("download"), page.locator('#widget [data-download="csv"]').click()]);
    const csv = readFileSync(await csvFile.path(), "utf8");
    const line = csv.split("\r\n").find((l) => l.includes('"3sbio-order"'));
    assert.ok(line.includes('"6000000000","about"'), `the CSV's value says it is approximate: ${line}`);
    assert.ok(line.includes(want.about) && line.includes(want.ceiling), `CSV figure: ${line}`);

    const [jsonFile] = await Promise.all([page.waitForEvent("download"), page.locator('#widget [data-download="json"]').click()]);
    const data = JSON.parse(readFileSync(await jsonFile.path(), "utf8"));
    const deal = data.indicators.find((i) => i.id === "3sbio-order");
    assert.equal(deal.qualifier, "about");
    assert.deepEqual(deal.parts.map((p) => p.qualifier ?? "exact"), ["exact", "up-to"]);
    await context.close();
  });
}
