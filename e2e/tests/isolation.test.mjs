// Style isolation: the same widget on a clean page and on pages whose CSS
// sets every inherited property (rtl body included) or resets the way
// common CSS frameworks do. Every canvas's pixels, the widget's size, every
// computed style inside it and the picture of its DOM text must match the
// clean page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { PNG } from "pngjs";
import pixelmatch from "pixelmatch";
import { watchErrors } from "../lib/browser.mjs";
import { ARTIFACTS, HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

// Everything the widget looks like, read from inside the page.
function snapshot(page) {
  return inWidget(page, "#widget", (r) => {
    const box = (el) => { const b = el.getBoundingClientRect(); return [b.x, b.y, b.width, b.height]; };
    const canvases = [...r.querySelectorAll("canvas")].map((c) => ({
      className: c.className, width: c.width, height: c.height, png: c.toDataURL("image/png"),
    }));
    const styles = [...r.querySelectorAll(".tx-root, .tx-root *")].map((el) => {
      const computed = getComputedStyle(el);
      const style = {};
      for (const name of computed) if (!name.startsWith("--")) style[name] = computed.getPropertyValue(name);
      return { element: `${el.localName}.${el.getAttribute("class") || ""}`, style };
    });
    return { host: box(r.host), root: box(r.querySelector(".tx-root")), canvases, styles };
  });
}

function decode(dataUrl) {
  return PNG.sync.read(Buffer.from(dataUrl.slice(dataUrl.indexOf(",") + 1), "base64"));
}

// Fraction of pixels that differ between two same-sized RGBA images.
function differing(a, b, width, height, diffPath) {
  const diff = new PNG({ width, height });
  const n = pixelmatch(a, b, diff.data, width, height, { threshold: 0.05 });
  if (n && diffPath) writeFileSync(diffPath, PNG.sync.write(diff));
  return n / (width * height);
}

// Each canvas the same size as the clean page's and at most 0.1 % of its
// pixels different (anti-aliasing); a diff picture is kept for any other.
function assertSameCanvases(got, want, artifact) {
  assert.equal(got.length, want.length, "the same canvases");
  want.forEach((c, i) => {
    const g = got[i];
    assert.deepEqual([g.className, g.width, g.height], [c.className, c.width, c.height], `canvas ${i} size`);
    if (g.png === c.png) return;
    const share = differing(decode(c.png).data, decode(g.png).data, c.width, c.height,
      join(ARTIFACTS, `${artifact}-canvas-${i}-diff.png`));
    assert.ok(share <= 0.001, `canvas ${i} (${c.className}): ${(share * 100).toFixed(2)} % of pixels differ`);
  });
}

async function open(name, lang) {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/isolation.html${name === "clean" ? "" : `?sheet=${name}`}`);
  await waitReady(page, "#widget");
  if (lang !== "zh-Hant") {
    await page.evaluate((l) => document.getElementById("widget").setAttribute("lang", l), lang);
    await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelector(".tx-root").lang === "en");
  }
  // The paint queue works in slices after a change; let it finish.
  await page.waitForTimeout(600);
  return { page, errors };
}

for (const lang of ["zh-Hant", "en"]) {
  for (const name of ["inherited", "reboot", "preflight"]) {
    test(`${lang}: a host page's ${name} CSS changes nothing in the widget`, async (t) => {
      const clean = await open("clean", lang);
      const hostile = await open(name, lang);
      const [want, got] = [await snapshot(clean.page), await snapshot(hostile.page)];
      assert.deepEqual(got.host, want.host, "the element's place and size");
      assert.deepEqual(got.root, want.root, "the widget's size");

      const styleDiffs = [];
      assert.equal(got.styles.length, want.styles.length, "the same elements");
      want.styles.forEach(({ element, style }, i) => {
        for (const [prop, value] of Object.entries(style)) {
          if (got.styles[i].style[prop] !== value) styleDiffs.push(`${element} ${prop}: ${got.styles[i].style[prop]} (clean: ${value})`);
        }
      });
      assert.deepEqual(styleDiffs.slice(0, 20), [], `${styleDiffs.length} computed values differ`);

      assert.equal(got.canvases.length, want.canvases.length);
      const identical = want.canvases.filter((c, i) => got.canvases[i].png === c.png).length;
      t.diagnostic(`${identical} of ${want.canvases.length} canvases identical to the clean page's`);
      assertSameCanvases(got.canvases, want.canvases, `isolation-${lang}-${name}`);

      // The DOM text as drawn (inset past the rounded corners, where the
      // page's own background shows).
      const [x, y, w, h] = want.root;
      const clip = { x: x + 8, y: y + 8, width: Math.floor(w - 16), height: Math.floor(h - 16) };
      const pictures = [];
      for (const { page } of [clean, hostile]) {
        await page.setViewportSize({ width: 1000, height: Math.ceil(y + h + 10) });
        pictures.push(PNG.sync.read(await page.screenshot({ clip })));
      }
      const share = differing(pictures[0].data, pictures[1].data, clip.width, clip.height,
        join(ARTIFACTS, `isolation-${lang}-${name}-diff.png`));
      t.diagnostic(`${(share * 100).toFixed(3)} % of the widget's screen pixels differ`);
      assert.ok(share <= 0.001, `${(share * 100).toFixed(3)} % of the widget's pixels differ from the clean page`);

      assert.deepEqual(hostile.errors, []);
      await clean.page.close();
      await hostile.page.close();
    });
  }
}

test("a host that hides or disables a region hides or disables the widget in it too: on the element and on a wrapper", async () => {
  const { page } = await open("clean", "zh-Hant");
  const seen = () => inWidget(page, "#widget", (r) => {
    const style = getComputedStyle(r.querySelector(".tx-card"));
    return [style.visibility, style.pointerEvents];
  });
  await page.evaluate(() => { document.getElementById("widget").style.visibility = "hidden"; });
  assert.deepEqual(await seen(), ["hidden", "auto"], "visibility: hidden on the element");
  // A Tailwind `invisible` or a tab panel's wrapper: on a parent (here
  // the body), which no rule naming the element reaches.
  await page.evaluate(() => {
    document.getElementById("widget").style.visibility = "";
    document.body.style.visibility = "hidden";
  });
  assert.deepEqual(await seen(), ["hidden", "auto"], "visibility: hidden on a parent");
  await page.evaluate(() => { document.body.style.cssText = "pointer-events: none"; });
  assert.deepEqual(await seen(), ["visible", "none"], "pointer-events: none on a parent");
  await page.close();
});

test("CSS that reaches the canvases after they are drawn (a reader's text-spacing stylesheet) changes no chart", async () => {
  const canvases = (page) => inWidget(page, "#widget", (r) => [...r.querySelectorAll("canvas")]
    .map((c) => ({ className: c.className, width: c.width, height: c.height, png: c.toDataURL("image/png") })));
  // The reference: a clean page, switched to English.
  const clean = await open("clean", "en");
  const want = await canvases(clean.page);
  await clean.page.close();

  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/isolation.html`);
  await waitReady(page, "#widget");
  await page.waitForTimeout(600);
  // A stylesheet that reaches every canvas, with !important as a reader's
  // own styles or an extension's have it (adopted into the shadow root
  // here, the one place a page's script can reach them); then a repaint
  // in English.
  await inWidget(page, "#widget", (r) => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync("canvas { letter-spacing: 3px !important; word-spacing: 9px !important; font-kerning: none !important; text-rendering: optimizeSpeed !important; font-stretch: condensed !important; font-variant-caps: small-caps !important; direction: rtl !important; }");
    r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
  });
  await page.evaluate(() => document.getElementById("widget").setAttribute("lang", "en"));
  await page.waitForFunction(() => document.getElementById("widget").shadowRoot.querySelector(".tx-root").lang === "en");
  await page.waitForTimeout(600);
  assertSameCanvases(await canvases(page), want, "isolation-late-css");
  assert.deepEqual(errors, []);
  await page.close();
});
