// The loader and the Wasm resolve a host's language tag by one set of rules
// (loader/contract.json): the widget's language, the loader's failure text
// and the reserved height (embed.css) all follow the same resolution.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { WIDGET_ORIGIN, start } from "../lib/fixture.mjs";

// Tag as a host writes it → the language a reader should get. Malaysia and
// Singapore write Simplified Chinese; Taiwan and Hong Kong Traditional.
const CASES = [
  ["zh-MY", "zh-Hans"], ["zh-SG", "zh-Hans"], ["zh-CN", "zh-Hans"], ["zh-HK", "zh-Hant"],
  ["zh-TW", "zh-Hant"], ["zh", "zh-Hant"], ["EN-GB", "en"], ["en-US", "en"],
  ["fr-CA", "zh-Hant"], ["zh-Hant-MY", "zh-Hant"],
  // No lang of its own: the nearest ancestor's, as CSS :lang() reads it.
  ["inherit:zh-SG", "zh-Hans"], ["inherit:EN-GB", "en"],
];
const WIDTH = 390;

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

// One instance per case, then one per language spelled exactly, for the
// reserved heights to compare with; each in a box of the same width.
async function showCases(page) {
  const canonical = ["zh-Hant", "zh-Hans", "en"];
  const boxes = [...CASES.map(([tag]) => tag), ...canonical].map((tag, i) => {
    const inherited = tag.startsWith("inherit:") ? tag.slice(8) : null;
    return inherited
      ? `<div style="width:${WIDTH}px" lang="${inherited}"><tiexi-infographic id="i${i}" loading="eager"></tiexi-infographic></div>`
      : `<div style="width:${WIDTH}px"><tiexi-infographic id="i${i}" loading="eager" lang="${tag}"></tiexi-infographic></div>`;
  });
  await page.setContent(`<!doctype html><html lang="en"><head><meta charset="utf-8">
    <link rel="stylesheet" href="${WIDGET_ORIGIN}/embed.css">
    <script type="module" src="${WIDGET_ORIGIN}/embed.js"></script></head>
    <body style="margin:0">${boxes.join("")}</body></html>`);
  return canonical.map((tag, j) => [tag, `i${CASES.length + j}`]);
}

test("the Wasm resolves each tag to the reader's language", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await showCases(page);
  await page.waitForFunction((n) => [...document.querySelectorAll("tiexi-infographic")].slice(0, n)
    .every((e) => e.shadowRoot?.querySelector(".tx-root:not([data-pending])")), CASES.length, { timeout: 60000 });
  const got = await page.evaluate((n) => [...document.querySelectorAll("tiexi-infographic")].slice(0, n)
    .map((e) => e.shadowRoot.querySelector(".tx-root").getAttribute("lang")), CASES.length);
  assert.deepEqual(got, CASES.map(([, want]) => want));
  // The language reaches the text, whose glyph forms follow it (Chromium's
  // computed locale): a reset of every inherited property on the element
  // that carries lang would drop it (style/widget.css, .tx-boundary).
  const locales = await page.evaluate((n) => [...document.querySelectorAll("tiexi-infographic")].slice(0, n)
    .map((e) => getComputedStyle(e.shadowRoot.querySelector(".tx-title")).getPropertyValue("-webkit-locale")), CASES.length);
  assert.deepEqual(locales, CASES.map(([, want]) => `"${want}"`));
  await page.close();
});

test("the loader's failure text and the reserved height follow the same resolution", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  // The Wasm's JavaScript never arrives: every instance shows the loader's
  // own failure text, and embed.css's reservation stays in place.
  await page.route(/tiexi-infographic-[0-9a-f]+\.js$/, (route) => route.abort());
  const canonical = await showCases(page);
  await page.waitForFunction(() => [...document.querySelectorAll("tiexi-infographic")]
    .every((e) => e.shadowRoot?.querySelector("[role=alert]")), null, { timeout: 30000 });
  const seen = await page.evaluate(() => Object.fromEntries([...document.querySelectorAll("tiexi-infographic")].map((e) => [e.id, {
    lang: e.shadowRoot.querySelector("[role=alert]").getAttribute("lang"),
    text: e.shadowRoot.querySelector("[role=alert]").textContent,
    reserved: parseFloat(getComputedStyle(e, "::before").height),
  }])));
  const reservedFor = Object.fromEntries(canonical.map(([tag, id]) => [tag, seen[id].reserved]));
  // The two scripts' columns differ, so a wrong column cannot pass.
  assert.notEqual(reservedFor.en, reservedFor["zh-Hant"]);
  assert.ok(reservedFor.en > 500 && reservedFor["zh-Hant"] > 500, JSON.stringify(reservedFor));
  CASES.forEach(([tag, want], i) => {
    const s = seen[`i${i}`];
    assert.equal(s.lang, want, `${tag}: the loader's language`);
    const words = { "zh-Hant": "無法載入", "zh-Hans": "无法加载", en: "could not be loaded" }[want];
    assert.ok(s.text.includes(words), `${tag}: ${s.text}`);
    assert.equal(s.reserved, reservedFor[want], `${tag}: reserved height of ${want}`);
  });
  await page.close();
});

test("a widget without a lang of its own follows a change of the page's <html lang>", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.setContent(`<!doctype html><html lang="zh-Hant"><head><meta charset="utf-8">
    <link rel="stylesheet" href="${WIDGET_ORIGIN}/embed.css">
    <script type="module" src="${WIDGET_ORIGIN}/embed.js"></script></head>
    <body><tiexi-infographic id="w" loading="eager"></tiexi-infographic>
    <tiexi-infographic id="own" loading="eager" lang="zh-Hans"></tiexi-infographic></body></html>`);
  const langs = () => page.evaluate(() => ["w", "own"].map((id) => document.getElementById(id).shadowRoot?.querySelector(".tx-root:not([data-pending])")?.getAttribute("lang")));
  await page.waitForFunction(() => ["w", "own"].every((id) => document.getElementById(id).shadowRoot?.querySelector(".tx-root:not([data-pending])")), null, { timeout: 30000 });
  assert.deepEqual(await langs(), ["zh-Hant", "zh-Hans"]);
  await page.evaluate(() => { document.documentElement.lang = "en-GB"; });
  await page.waitForFunction(() => document.getElementById("w").shadowRoot.querySelector(".tx-root").getAttribute("lang") === "en");
  assert.deepEqual(await langs(), ["en", "zh-Hans"], "the widget with its own lang keeps it");
  await page.close();
});
