// Theming from the host page: each documented --tiexi-* property reaches
// the canvases as well as the HTML (knock-outs, focus rings, exports and
// chart text follow), a change after load repaints them, and forced
// colours draw them in system colours. Evidence is the canvases' pixels.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { PNG } from "pngjs";
import { watchErrors } from "../lib/browser.mjs";
import { HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const BASE = "canvas.tx-timeline-base";
const OVERLAY = "canvas.tx-timeline-overlay";
const WHITE = [255, 255, 255];
// The built-in light palette's category colours (style/widget.css).
const CATEGORIES = [[0x1f, 0x5f, 0xbf], [0xb0, 0x58, 0x00], [0x1e, 0x7b, 0x34], [0x6f, 0x42, 0xc1], [0xc0, 0x39, 0x2b], [0x00, 0x79, 0x6b]];

/** The theme page with `query` (style, theme, selected), once drawn. */
async function open(query = {}, options = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/theme.html?${new URLSearchParams(query)}`);
  await waitReady(page, "#widget");
  return { page, errors };
}

/** How many opaque pixels of a canvas in the widget have each colour. */
function countColours(page, canvas, colours) {
  return inWidget(page, "#widget", (root, { canvas, colours }) => {
    const c = root.querySelector(canvas);
    const { data } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
    const counts = colours.map(() => 0);
    for (let i = 0; i < data.length; i += 4) {
      if (data[i + 3] < 255) continue;
      colours.forEach((rgb, k) => {
        if (Math.abs(data[i] - rgb[0]) <= 1 && Math.abs(data[i + 1] - rgb[1]) <= 1 && Math.abs(data[i + 2] - rgb[2]) <= 1) counts[k]++;
      });
    }
    return counts;
  }, { canvas, colours });
}

/** A computed colour of the widget's HTML, as [r, g, b]. */
async function htmlColour(page, selector, property) {
  const text = await inWidget(page, "#widget", (root, [s, p]) => getComputedStyle(root.querySelector(s))[p], [selector, property]);
  const rgb = /^rgba?\((\d+), (\d+), (\d+)\)$/.exec(text);
  assert.ok(rgb, `${selector} ${property} is ${text}`);
  return rgb.slice(1, 4).map(Number);
}

/** Polls `check` until it returns true, or fails with `what`. */
async function until(check, what) {
  for (let i = 0; i < 100; i++) {
    if (await check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`never happened: ${what}`);
}

/** The first pixel of a chart's PNG export. */
async function exportedCorner(page, button) {
  await page.evaluate(() => { document.getElementById("widget").shadowRoot.querySelector(".tx-download").open = true; });
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator(button).click()]);
  const png = PNG.sync.read(readFileSync(await file.path()));
  return [...png.data.subarray(0, 3)];
}

test("the timeline's knock-outs take --tiexi-background in any CSS syntax, and a bad value keeps the built-in one", async () => {
  const plain = await open();
  const [white] = await countColours(plain.page, BASE, [WHITE]);
  assert.ok(white > 20, `the default timeline has white knock-outs (${white} px)`);
  await plain.page.context().close();

  const { page, errors } = await open({ style: "--tiexi-background: hsl(210 33% 20%)" });
  const behind = await htmlColour(page, ".tx-root", "backgroundColor");
  assert.deepEqual(behind, [34, 51, 68]);
  const [host, stillWhite] = await countColours(page, BASE, [behind, WHITE]);
  assert.ok(host > 20, `knock-outs in the host's background (${host} px)`);
  assert.equal(stillWhite, 0, "no knock-out left white");
  assert.deepEqual(errors, []);
  await page.context().close();

  const bad = await open({ style: "--tiexi-background: banana" });
  const [kept] = await countColours(bad.page, BASE, [WHITE]);
  assert.equal(kept, white, "an invalid colour keeps the built-in background");
  await bad.page.context().close();
});

test("--tiexi-background-dark applies with the dark theme, and a theme change repaints", async () => {
  const { page, errors } = await open({ theme: "dark", style: "--tiexi-background: #fff0e0; --tiexi-background-dark: #2a1f3d" });
  const [dark, light] = await countColours(page, BASE, [[0x2a, 0x1f, 0x3d], [0xff, 0xf0, 0xe0]]);
  assert.ok(dark > 20 && light === 0, `dark knock-outs ${dark} px, light ${light} px`);
  await page.evaluate(() => document.getElementById("widget").setAttribute("theme", "light"));
  await until(async () => {
    const [d, l] = await countColours(page, BASE, [[0x2a, 0x1f, 0x3d], [0xff, 0xf0, 0xe0]]);
    return d === 0 && l > 20;
  }, "light knock-outs after theme=light");
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("exports sit on the background their chart sits on: --tiexi-card for a card, --tiexi-background for the timeline", async () => {
  const { page } = await open({ style: "--tiexi-card: lavender; --tiexi-background: rgb(250 240 230)" }, { acceptDownloads: true });
  assert.deepEqual(await htmlColour(page, ".tx-card", "backgroundColor"), [230, 230, 250]);
  assert.deepEqual(await exportedCorner(page, '#widget .tx-download [data-download="png"][data-indicator="gdp-streak"]'), [230, 230, 250]);
  assert.deepEqual(await exportedCorner(page, '#widget .tx-download [data-download="timeline-png"]'), [250, 240, 230]);
  await page.context().close();
});

test("--tiexi-accent rings the selected milestone, colour-mix() included", async () => {
  const { page } = await open({ selected: "tieren-promotion", style: "--tiexi-accent: color-mix(in srgb, red 50%, blue)" });
  await until(async () => (await countColours(page, OVERLAY, [[128, 0, 128]]))[0] > 20, "a purple focus ring on the overlay");
  const [builtIn] = await countColours(page, OVERLAY, [[0x0b, 0x57, 0xd0]]);
  assert.equal(builtIn, 0, "no ring in the built-in accent");
  await page.context().close();
});

test("--tiexi-accent-dark and --tiexi-card-dark apply with the dark theme, on the canvas and the HTML, and the light values do not", async () => {
  const { page, errors } = await open({
    theme: "dark",
    selected: "tieren-promotion",
    style: "--tiexi-accent: #ff0000; --tiexi-accent-dark: #00ff00; --tiexi-card: #fff0e0; --tiexi-card-dark: #302010",
  }, { acceptDownloads: true });
  await until(async () => (await countColours(page, OVERLAY, [[0, 255, 0]]))[0] > 20, "a green ring on the overlay");
  const [light] = await countColours(page, OVERLAY, [[255, 0, 0]]);
  assert.equal(light, 0, "no ring in the light accent");
  assert.deepEqual(await htmlColour(page, ".tx-card", "backgroundColor"), [0x30, 0x20, 0x10]);
  // A card's PNG sits on the card's colour, the dark one here.
  assert.deepEqual(await exportedCorner(page, '#widget .tx-download [data-download="png"][data-indicator="gdp-streak"]'), [0x30, 0x20, 0x10]);
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("--tiexi-font draws the chart text in the host's font; a value that is no font keeps ours", async () => {
  const chart = 'article[data-indicator="life-city-partners"] canvas';
  const picture = (page) => inWidget(page, "#widget", (root, s) => root.querySelector(s).toDataURL(), chart);
  const plain = await open();
  const ours = await picture(plain.page);
  await plain.page.context().close();

  const mono = await open({ style: "--tiexi-font: monospace" });
  assert.match(await inWidget(mono.page, "#widget", (root) => getComputedStyle(root.querySelector(".tx-figure")).fontFamily), /monospace/);
  assert.notEqual(await picture(mono.page), ours, "the chart's labels are drawn in another font");
  await mono.page.context().close();

  const bad = await open({ style: "--tiexi-font: 12px" });
  assert.equal(await picture(bad.page), ours, "a font size is no family: the built-in font stays");
  await bad.page.context().close();
});

test("a property changed after load repaints: on the element's style, through a class on <html>, and after a new stylesheet once theme is set again", async () => {
  const { page, errors } = await open();
  await page.evaluate(() => document.getElementById("widget").style.setProperty("--tiexi-background", "#203040"));
  await until(async () => (await countColours(page, BASE, [[0x20, 0x30, 0x40]]))[0] > 20, "knock-outs in #203040 after style.setProperty");
  await page.evaluate(() => document.getElementById("widget").style.removeProperty("--tiexi-background"));
  // theme.css: html.night #widget { --tiexi-background: #102030 }
  await page.evaluate(() => document.documentElement.classList.add("night"));
  await until(async () => {
    const [night, old] = await countColours(page, BASE, [[0x10, 0x20, 0x30], [0x20, 0x30, 0x40]]);
    return night > 20 && old === 0;
  }, "knock-outs in #102030 after <html class=night>");
  // A new stylesheet is not noticed (README); setting theme again repaints.
  await page.evaluate(() => {
    const sheet = document.createElement("style");
    sheet.textContent = "#widget { --tiexi-background: #304050 !important }";
    document.head.append(sheet);
    document.getElementById("widget").setAttribute("theme", "auto");
  });
  await until(async () => (await countColours(page, BASE, [[0x30, 0x40, 0x50]]))[0] > 20, "knock-outs in #304050 after theme=auto");
  assert.deepEqual(errors, []);
  await page.context().close();
});

test("forced colours draw the canvases in system colours, categories told apart by shape, and switching back restores them", async () => {
  const { page, errors } = await open({ selected: "tieren-promotion" });
  assert.ok((await countColours(page, BASE, CATEGORIES)).some((n) => n > 0), "category colours before");
  await page.emulateMedia({ forcedColors: "active" });
  const canvas = await htmlColour(page, ".tx-root", "backgroundColor");
  const canvasText = await htmlColour(page, ".tx-root", "color");
  await until(async () => (await countColours(page, BASE, [canvas]))[0] > 20, "knock-outs in Canvas");
  const [text, ...categories] = await countColours(page, BASE, [canvasText, ...CATEGORIES]);
  assert.ok(text > 100, `marks and text in CanvasText (${text} px)`);
  assert.deepEqual(categories, CATEGORIES.map(() => 0), "no category colour left");
  // The selection ring in Highlight, as the HTML's focus outlines; seen
  // over Canvas, as Chromium's Highlight is translucent.
  const highlight = await inWidget(page, "#widget", (root, behind) => {
    const probe = document.createElement("span");
    probe.style.cssText = "forced-color-adjust: none; color: Highlight";
    root.appendChild(probe);
    const [r, g, b, a = 1] = getComputedStyle(probe).color.match(/[\d.]+/g).map(Number);
    probe.remove();
    return [r, g, b].map((c, i) => Math.round(c * a + behind[i] * (1 - a)));
  }, canvas);
  await until(async () => (await countColours(page, OVERLAY, [highlight]))[0] > 20, `a ring in Highlight ${highlight}`);
  await page.emulateMedia({ forcedColors: "none" });
  await until(async () => (await countColours(page, BASE, CATEGORIES)).some((n) => n > 0), "category colours again");
  assert.deepEqual(errors, []);
  await page.context().close();
});
