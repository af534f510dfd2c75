// A reader whose browser lacks something the widget needs sees the
// summary text the page put inside the element: no widget half-built, and
// no blank box where the widget's height was reserved. Each engine plays
// an older browser by losing one feature before the loader runs.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN } from "../lib/fixture.mjs";

const FEATURES = [
  ["ResizeObserver", "ResizeObserver"],
  ["adoptedStyleSheets", "constructed stylesheets"],
  ["has", ":has()"],
];

/** Registers these tests for one engine's session (`env`, see lib/engines.mjs). */
export function fallbackChecks(env) {
  for (const [without, named] of FEATURES) {
    test(`without ${named}: the fallback text, and no reserved blank box`, async () => {
      const { session } = env;
      await session.setWindowSize(1280, 900);
      await session.goto(`${HOST_ORIGIN}/old-browser.html?without=${without}`);
      const info = await session.waitFor(() => window.__info.find((m) => m.startsWith("tiexi-infographic:")), [],
        { message: "the loader's note" });
      assert.match(info, new RegExp(`lacks .*${named.replace(/[()]/g, "\\$&")}`));
      await session.frames();
      const page = await session.execute(() => {
        const box = (id) => document.getElementById(id).getBoundingClientRect();
        return {
          shadow: [document.getElementById("widget").shadowRoot, document.getElementById("div-form").shadowRoot].map(Boolean),
          element: box("widget").height, summary: box("summary").height,
          div: box("div-form").height, divSummary: box("div-summary").height,
        };
      });
      assert.deepEqual(page.shadow, [false, false], "the loader left both elements alone");
      assert.ok(page.summary > 10 && page.divSummary > 10, "the summaries are shown");
      // The element is as tall as its summary (and the paragraph's margins),
      // not the widget's reserved height (over 800 px at this width).
      assert.ok(page.element < page.summary + 60, `the element fits its summary (${JSON.stringify(page)})`);
      assert.ok(page.div < page.divSummary + 60, `the div fits its summary (${JSON.stringify(page)})`);
      if (without === "ResizeObserver") await env.shot("old-browser");
    });
  }
}
