// The widget as WebKit and Firefox readers use it: a card's tooltip on
// hover and on keyboard focus, and the keyboard journey through the
// timeline (arrows move the selection, Enter opens the detail, Escape
// closes), with the highlight drawn on the overlay visible on screen.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN } from "../lib/fixture.mjs";
import { compare, decodePng } from "../lib/onscreen.mjs";

const tip = (session, id) => session.execute((id) => {
  const t = document.getElementById("widget").shadowRoot.querySelector(`[data-indicator="${id}"] [role=tooltip]`);
  const r = t.getBoundingClientRect();
  return { open: t.classList.contains("tx-open"), height: r.height, text: t.textContent };
}, id);

/** Registers these tests for one engine's session (`env`, see lib/engines.mjs). */
export function interactionChecks(env) {
  test("a card's tooltip opens on hover and closes when the pointer leaves", async () => {
    const { session } = env;
    await session.setWindowSize(1280, 900);
    await session.goto(`${HOST_ORIGIN}/engines.html`);
    await session.waitFor(() => window.__tiexiEvents.some((e) => e.name === "tiexi:ready" && e.target === "widget"), [], { message: "tiexi:ready" });
    const spot = await session.execute(() => {
      const card = document.getElementById("widget").shadowRoot.querySelector('[data-indicator="3sbio-order"]');
      card.scrollIntoView({ block: "center" });
      const r = card.getBoundingClientRect();
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
    });
    await session.hover(spot.x, spot.y);
    const shown = await tip(session, "3sbio-order");
    assert.equal(shown.open, true, "open on hover");
    assert.ok(shown.height > 20, "laid out");
    assert.match(shown.text, /約60億美元（首付款12.5億美元；里程碑付款最高48億美元）/);
    assert.match(shown.text, /2025年5月20日/);
    await session.frames();
    await env.shot("tooltip-hover");
    await session.hover(5, 5);
    assert.equal((await tip(session, "3sbio-order")).open, false, "closed when the pointer leaves");
  });

  test("Tab moves to the first card and its tooltip follows focus; Escape closes it", async () => {
    const { session } = env;
    await session.execute(() => document.getElementById("before").focus());
    await session.press("Tab");
    const focused = await session.execute(() => document.getElementById("widget").shadowRoot.activeElement?.dataset.indicator);
    assert.ok(focused, "focus is on a card");
    const shown = await tip(session, focused);
    assert.equal(shown.open, true, "the focused card's tooltip is open");
    await session.frames();
    await env.shot("tooltip-focus");
    await session.press("Escape");
    assert.equal((await tip(session, focused)).open, false, "Escape closes it");
  });

  test("keyboard journey through the timeline: arrows, Enter opens the detail, Escape closes", async () => {
    const { session } = env;
    await session.execute(() => {
      const items = document.getElementById("widget").shadowRoot.querySelectorAll(".tx-legend-item");
      items[items.length - 1].focus();
    });
    await session.press("Tab");
    const active = () => session.execute(() => document.getElementById("widget").shadowRoot.activeElement?.className);
    assert.equal(await active(), "tx-timeline-chart", "one Tab stop after the legend");
    const live = () => session.execute(() =>
      document.getElementById("widget").shadowRoot.querySelector(".tx-timeline [aria-live=polite].tx-sr-only").textContent);
    await session.press("Home");
    assert.equal(await live(), "三生製藥授權輝瑞 約60億美元");
    await session.press("ArrowRight");
    assert.equal(await live(), "三生製藥與輝瑞協議生效");
    await session.press("ArrowLeft");
    assert.equal(await live(), "三生製藥授權輝瑞 約60億美元");

    // The highlight of the milestone is drawn on the overlay: on screen too.
    const info = await session.execute(async () => {
      const overlay = document.getElementById("widget").shadowRoot.querySelector(".tx-timeline-overlay");
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      const r = overlay.getBoundingClientRect();
      return {
        rect: { left: r.left, top: r.top, width: r.width, height: r.height },
        viewport: { width: innerWidth, height: innerHeight },
        picture: overlay.toDataURL("image/png"),
      };
    });
    const shot = await session.screenshot();
    const overlay = compare(decodePng(shot), info);
    assert.ok(overlay.drawn > 10, "the overlay drew the highlight");
    assert.ok(overlay.ratio >= 0.9, `the highlight is on screen (${JSON.stringify(overlay)})`);
    await env.shot("timeline-keyboard");

    await session.press("End");
    assert.equal(await live(), "GDP連續12季跑贏全國平均");
    await session.press("Enter");
    const detail = await session.execute(() => document.getElementById("widget").shadowRoot.querySelector(".tx-detail h4")?.textContent);
    assert.match(detail || "", /12季/, "Enter opens the detail");
    await session.frames();
    await env.shot("timeline-detail");
    await session.press("Escape"); // closes the tooltip
    await session.press("Escape"); // then the detail
    const gone = await session.execute(() => document.getElementById("widget").shadowRoot.querySelector(".tx-detail"));
    assert.equal(gone, null, "Escape closes the detail");
    assert.equal(await active(), "tx-timeline-chart", "focus stays on the timeline");
  });
}
