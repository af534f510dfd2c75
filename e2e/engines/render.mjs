// The widget as WebKit and Firefox readers see it: it renders and says it
// is ready, every chart is on the screen (judged from screenshots, not
// from the canvases' backing stores), in both forms of the embed, at a
// desktop and a phone width, under the strict CSP, and with bad data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, HOST_ORIGIN } from "../lib/fixture.mjs";
import { canvasesOnScreen, crop } from "../lib/onscreen.mjs";

/** Waits for `tiexi:ready` from the element with this id. */
function ready(session, id) {
  return session.waitFor((id) => window.__tiexiEvents.some((e) => e.name === "tiexi:ready" && e.target === id), [id],
    { message: `tiexi:ready from #${id}` });
}

/** Every canvas of the widget drew something and the screen shows it. */
// `part`: both parts, or on a phone the tab shown ("indicators" or
// "timeline"; the other tab's canvases are hidden, not drawn).
async function assertChartsOnScreen(env, selector, label, part = "both") {
  const saveCrop = (shot, info, i) => writeFileSync(
    join(ARTIFACTS, `engines-${env.engine}-${label}-canvas${i}.png`), crop(shot, info.rect, info.viewport.width));
  const all = await canvasesOnScreen(env.session, selector, { onShot: saveCrop });
  const ofTimeline = (c) => c.className.startsWith("tx-timeline");
  const canvases = all.filter((c) => part === "both" || (part === "timeline") === ofTimeline(c));
  const cards = canvases.filter((c) => c.className === "tx-mini-chart");
  if (part !== "timeline") assert.equal(cards.length, 10, "ten card charts");
  if (part !== "indicators") assert.ok(canvases.some((c) => c.className === "tx-timeline-base"), "the timeline");
  // The overlay holds only hover and selection marks: empty at first.
  const pictures = canvases.filter((c) => c.className !== "tx-timeline-overlay");
  const missing = pictures.filter((c) => !(c.drawn > 50 && c.inView > 50 && c.ratio >= 0.9));
  assert.deepEqual(missing, [], `${env.engine} shows every chart it drew (${label})`);
  return canvases;
}

/** Registers these tests for one engine's session (`env`, see lib/engines.mjs). */
export function renderChecks(env) {
  test("renders, fires tiexi:ready, and shows every chart on screen at 1,280 px", async () => {
    const { session } = env;
    await session.setWindowSize(1280, 900);
    await session.goto(`${HOST_ORIGIN}/engines.html`);
    await ready(session, "widget");
    const state = await session.execute(() => {
      const root = document.getElementById("widget").shadowRoot;
      return {
        cards: root.querySelectorAll(".tx-card").length,
        title: root.querySelector(".tx-title").textContent,
        pending: !!root.querySelector("[data-pending]"),
        fallback: document.querySelector("#widget > p").getBoundingClientRect().height,
        errors: window.__errors,
      };
    });
    assert.equal(state.cards, 10);
    assert.equal(state.title, "瀋陽鐵西 2025：關鍵數字與大事記");
    assert.equal(state.pending, false, "shown");
    assert.equal(state.fallback, 0, "the fallback text made way");
    await session.execute(() => document.getElementById("widget").scrollIntoView());
    await session.frames();
    await env.shot("article-1280");
    await assertChartsOnScreen(env, "#widget", "1280");
    assert.deepEqual(await session.execute(() => window.__errors), [], "no errors in the page");
  });

  test("the div form renders too, with its own language and theme", async () => {
    const { session } = env;
    await ready(session, "div-form");
    const state = await session.execute(() => {
      const root = document.getElementById("div-form").shadowRoot;
      return { title: root.querySelector(".tx-title").textContent, dark: root.querySelector(".tx-root").classList.contains("tx-dark") };
    });
    assert.equal(state.title, "Shenyang's Tiexi district in 2025: key figures and milestones");
    assert.equal(state.dark, true);
    await session.execute(() => document.getElementById("div-form").scrollIntoView());
    await session.frames();
    await env.shot("div-form-1280");
    await assertChartsOnScreen(env, "#div-form", "div-1280");
  });

  test("hidden by the host and shown again (as in a tab), every chart is still on screen", async () => {
    const { session } = env;
    await session.execute(async () => {
      const el = document.getElementById("widget");
      el.style.display = "none";
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      el.style.display = "";
    });
    // Shown again, the charts are redrawn at their (new) size.
    await session.waitFor(() => [...document.getElementById("widget").shadowRoot.querySelectorAll("canvas")].every((c) => c.width > 0));
    await session.frames();
    await session.frames();
    await assertChartsOnScreen(env, "#widget", "reshown");
  });

  test("after the host adds an element to the widget's element, every chart is still on screen", async () => {
    const { session } = env;
    // WebKit rebuilds the whole shadow tree's renderers for this.
    await session.execute(async () => {
      const note = document.createElement("span");
      note.textContent = "(updated)";
      document.getElementById("widget").append(note);
      await new Promise((r) => setTimeout(r, 200));
    });
    await session.frames();
    await assertChartsOnScreen(env, "#widget", "child-added");
  });

  test("on a 390 px phone screen every chart is on screen, in each of the two tabs", async () => {
    const { session } = env;
    await session.setWindowSize(390, 844);
    try {
      // WebKitGTK's MiniBrowser keeps its window wider than 390 px, so the
      // page's column is made a phone's width (?phone) in every engine.
      await session.goto(`${HOST_ORIGIN}/engines.html?phone`);
      await ready(session, "widget");
      const width = await session.execute(() => document.getElementById("widget").getBoundingClientRect().width);
      assert.equal(Math.round(width), 358, "the widget as wide as on a 390 px phone (less the page's margins)");
      await session.execute(() => document.getElementById("widget").scrollIntoView());
      await session.frames();
      await env.shot("article-390");
      await assertChartsOnScreen(env, "#widget", "390", "indicators");
      // The milestones' tab: the timeline is drawn once shown.
      await session.execute(() => document.getElementById("widget").shadowRoot.getElementById("tx-tab-timeline").click());
      await session.waitFor(() => document.getElementById("widget").shadowRoot.querySelector(".tx-timeline-base").width > 0, [],
        { message: "the timeline drawn once its tab is chosen" });
      await session.frames();
      await env.shot("article-390-timeline");
      await assertChartsOnScreen(env, "#widget", "390-timeline", "timeline");
    } finally {
      await session.setWindowSize(1280, 900);
    }
  });

  test("under the strict CSP it renders with zero violations", async () => {
    const { session } = env;
    await session.goto(`${HOST_ORIGIN}/csp.html`);
    await session.waitFor(() => {
      const root = document.getElementById("widget").shadowRoot;
      return root && root.querySelector(".tx-source") && !root.querySelector("[data-pending]");
    }, [], { message: "the widget shown under the strict CSP" });
    const state = await session.execute(() => {
      const root = document.getElementById("widget").shadowRoot;
      return {
        cards: root.querySelectorAll(".tx-card").length,
        background: getComputedStyle(root.querySelector(".tx-card")).backgroundColor,
        violations: window.__violations,
      };
    });
    assert.equal(state.cards, 10);
    assert.equal(state.background, "rgb(246, 247, 249)", "the widget's styles apply under style-src without 'unsafe-inline'");
    assert.deepEqual(state.violations, []);
    await env.shot("csp");
    await assertChartsOnScreen(env, "#widget", "csp");
  });

  test("bad data shows its located errors; a missing file says so", async () => {
    const { session } = env;
    await session.goto(`${HOST_ORIGIN}/data-sources.html`);
    // Everything above the broken one settled first, so it stays in view.
    const alerts = await session.waitFor(() => {
      const root = (id) => document.getElementById(id).shadowRoot;
      const text = (id) => root(id)?.querySelector("[role=alert]")?.textContent;
      const shown = (id) => root(id)?.querySelector(".tx-root:not([data-pending]) .tx-source");
      return shown("inline") && shown("remote") && text("broken") && text("missing") &&
        { broken: text("broken"), missing: text("missing") };
    }, [], { message: "the error messages" });
    assert.match(alerts.broken, /資料無法顯示/);
    assert.match(alerts.broken, /\$\.milestones\[0\]\.date/);
    assert.match(alerts.broken, /\$\.categories\[0\]\.color/);
    assert.match(alerts.missing, /could not be loaded/);
    assert.match(alerts.missing, /HTTP 404/);
    await session.execute(() => document.getElementById("broken").scrollIntoView());
    await session.frames();
    const box = await session.execute(() => {
      const r = document.getElementById("broken").shadowRoot.querySelector("[role=alert]").getBoundingClientRect();
      return { width: r.width, height: r.height, top: r.top, bottom: r.bottom, viewport: innerHeight };
    });
    assert.ok(box.width > 100 && box.height > 20, "the error is laid out, not hidden");
    assert.ok(box.top >= 0 && box.bottom <= box.viewport, `the error is in view for the screenshot (${JSON.stringify(box)})`);
    await env.shot("bad-data");
  });
}
