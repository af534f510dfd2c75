// Accessibility, proven: axe-core at WCAG 2.2 AA inside the shadow root
// across languages, themes, widths, motion and forced colours; a
// keyboard-only journey in and out; the screen-reader text checked against
// the data; reflow under the WCAG text-spacing overrides.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { auditWidget } from "../lib/axe.mjs";
import { HOST_ORIGIN, WIDGET_ORIGIN, start, waitReady } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

async function open(options, lang) {
  const context = await env.browser.newContext({ acceptDownloads: true, ...options });
  const page = await context.newPage();
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.evaluate((l) => document.getElementById("widget").setAttribute("lang", l), lang);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  await page.waitForTimeout(100);
  return page;
}

const configurations = [];
for (const lang of ["zh-Hant", "zh-Hans", "en"]) {
  for (const colorScheme of ["light", "dark"]) {
    for (const width of [320, 768, 1280]) {
      configurations.push({ lang, colorScheme, width, reducedMotion: width === 768 ? "reduce" : "no-preference" });
    }
  }
}
configurations.push({ lang: "zh-Hant", colorScheme: "light", width: 1280, reducedMotion: "no-preference", forcedColors: "active" });
configurations.push({ lang: "en", colorScheme: "dark", width: 320, reducedMotion: "reduce", forcedColors: "active" });

test("axe-core finds no WCAG 2.2 AA violation in any language, theme, width, motion or forced-colour setting", async () => {
  const failures = [];
  for (const c of configurations) {
    const page = await open({ viewport: { width: c.width, height: 900 }, colorScheme: c.colorScheme, reducedMotion: c.reducedMotion, forcedColors: c.forcedColors || "none" }, c.lang);
    // Open states too: a card tooltip and the timeline's detail panel.
    await page.locator('#widget article[data-indicator="gdp-streak"]').focus();
    await page.locator("#widget .tx-timeline-chart").focus();
    await page.keyboard.press("Home");
    await page.keyboard.press("Enter");
    const violations = await auditWidget(page);
    if (violations.length) failures.push(`${JSON.stringify(c)}:\n  ${violations.join("\n  ")}`);
    await page.context().close();
  }
  assert.deepEqual(failures, []);
});

test("keyboard only: Tab in from the page, reach and operate everything, Tab out", async () => {
  const page = await open({ viewport: { width: 1280, height: 900 } }, "en");
  await page.locator("#before").focus();
  const visited = [];
  for (let i = 0; i < 60; i++) {
    await page.keyboard.press("Tab");
    const where = await page.evaluate(() => {
      const inner = document.getElementById("widget").shadowRoot.activeElement;
      if (document.activeElement?.id !== "widget") return { outside: document.activeElement?.id || document.activeElement?.tagName };
      const s = getComputedStyle(inner);
      return { tag: inner.tagName, cls: inner.className, key: inner.dataset.indicator || inner.dataset.download || inner.textContent.trim().slice(0, 20),
        visible: s.outlineStyle === "solid" && parseFloat(s.outlineWidth) >= 2 };
    });
    if (where.outside) {
      assert.equal(where.outside, "after", "focus leaves the widget to the page's next link");
      break;
    }
    assert.ok(where.visible, `focus ring visible on ${where.tag}.${where.cls}`);
    visited.push(where);
  }
  const keys = visited.map((v) => v.key);
  assert.equal(visited.filter((v) => v.cls.includes("tx-card")).length, 10, "every indicator");
  assert.equal(visited.filter((v) => v.cls.includes("tx-legend-item")).length, 6, "every legend entry");
  assert.equal(visited.filter((v) => v.cls === "tx-timeline-chart").length, 1, "the timeline is one Tab stop");
  assert.equal(visited.filter((v) => v.tag === "SUMMARY").length, 2, "the text equivalent and the download control");
  assert.ok(keys.includes("Download"), keys.join());

  // Operate: the chart opens a milestone, its panel closes from the keyboard.
  await page.locator("#widget .tx-timeline-chart").focus();
  await page.keyboard.press("Home");
  await page.keyboard.press("Enter");
  let onClose = false;
  for (let i = 0; i < 8 && !onClose; i++) {
    await page.keyboard.press("Tab");
    onClose = await inWidget(page, "#widget", (r) => r.activeElement?.closest(".tx-detail") !== null && r.activeElement.tagName === "BUTTON");
  }
  assert.ok(onClose, "the detail panel's button follows the chart's controls in the Tab order");
  await page.keyboard.press("Enter");
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector(".tx-detail")), null);
  // The text equivalent opens with Enter.
  await page.locator("#widget .tx-text-equivalent summary").focus();
  await page.keyboard.press("Enter");
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector(".tx-text-equivalent").open), true);
  // A legend entry toggles with Space.
  const legend = page.locator("#widget .tx-legend-item").first();
  await legend.focus();
  await page.keyboard.press("Space");
  assert.equal(await legend.getAttribute("aria-pressed"), "false");
  await page.keyboard.press("Space");
  assert.equal(await legend.getAttribute("aria-pressed"), "true");
  // A card shows its tooltip on focus; the download control opens with
  // Enter, Tab reaches the CSV, Enter downloads it.
  await page.locator('#widget article[data-indicator="lab-to-line"]').focus();
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelector('article[data-indicator="lab-to-line"] [role=tooltip]').classList.contains("tx-open")), true);
  await page.locator("#widget .tx-download summary").focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.equal(await inWidget(page, "#widget", (r) => r.activeElement?.dataset.download), "csv");
  const [file] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
  assert.equal(file.suggestedFilename(), "tiexi-data-en.csv");
  await page.context().close();
});

test("the text equivalent holds every number and date the charts show", async () => {
  const page = await open({ viewport: { width: 1280, height: 900 } }, "en");
  const data = await (await fetch(`${WIDGET_ORIGIN}/tiexi-2025.json`)).json();
  // The tables are built when the section is opened, a slice per frame.
  assert.equal(await inWidget(page, "#widget", (r) => r.querySelectorAll(".tx-text-equivalent tr").length), 0);
  await page.locator("#widget .tx-text-equivalent summary").click();
  await page.waitForFunction((n) => document.getElementById("widget").shadowRoot.querySelectorAll(".tx-text-equivalent tr[data-milestone]").length === n, data.milestones.length);
  const table = await inWidget(page, "#widget", (r) => r.querySelector(".tx-text-equivalent").textContent);
  for (const m of data.milestones) assert.ok(table.includes(m.title.en), `milestone ${m.id}`);
  for (const figure of ["about US$6 billion (US$1.25 billion up front; up to US$4.8 billion in milestone payments)", "over 5,000,000 visits a year", "6.2 km²", "100%", "12 quarters", "6 months", "1 of 52 parks"]) {
    assert.ok(table.includes(figure), figure);
  }
  for (const date of ["20 May 2025", "24 July 2025", "August 2025", "11 August 2025", "October 2025", "26 October 2025", "26 December 2025"]) {
    assert.ok(table.includes(date), date);
  }
  // Year-only items say only the year.
  assert.ok(!/January 2025|1 January/.test(table));
  // Accessible names state the figures.
  const names = await inWidget(page, "#widget", (r) => [...r.querySelectorAll("canvas[role=img]")].map((c) => c.getAttribute("aria-label")));
  assert.ok(names.includes("about US$6 billion overseas licensing deal signed by 3SBio: US$1.25 billion up front; up to US$4.8 billion in milestone payments"), names.join(" | "));
  assert.ok(names.every((n) => n && n.length > 5));
  // Live announcements are the headline only: short.
  await page.locator("#widget .tx-timeline-chart").focus();
  for (const key of ["Home", "ArrowRight", "ArrowRight", "End"]) {
    await page.keyboard.press(key);
    const live = await inWidget(page, "#widget", (r) => r.querySelector(".tx-timeline [aria-live=polite].tx-sr-only").textContent);
    assert.ok(live.length > 0 && live.length <= 80, live);
  }
  await page.context().close();
});

test("reflow at 320 CSS px (400 % zoom) with the WCAG text-spacing overrides loses nothing", async () => {
  for (const lang of ["zh-Hant", "en"]) {
    const page = await open({ viewport: { width: 320, height: 800 } }, lang);
    await inWidget(page, "#widget", (r) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync("* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }");
      r.adoptedStyleSheets = [...r.adoptedStyleSheets, sheet];
    });
    await page.waitForTimeout(200);
    const clipped = await inWidget(page, "#widget", (r) => [...r.querySelectorAll(".tx-card, .tx-legend-item, .tx-button, .tx-title, .tx-detail")]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)
      .map((el) => el.className));
    assert.deepEqual(clipped, [], `${lang}: nothing clipped`);
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), 0);
    await page.context().close();
  }
});
