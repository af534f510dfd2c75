// A host page's inherited CSS stops at the widget in every engine. The
// stylesheet resets what the host passes down with one rule
// (style/widget.css, `.tx-boundary { all: initial }`), which covers every
// inherited property the engine has, its own prefixed ones included; a list
// of properties would cover only the engine it was written from. The
// Chromium tier compares pixels too (e2e/tests/isolation.test.mjs); this
// holds every engine to the computed styles, every element's box and the
// widget's size.
import { test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN } from "../lib/fixture.mjs";

/** Opens the isolation page (with `query`) and waits until the widget is
 * shown, its charts drawn. */
async function openShown(session, query) {
  await session.goto(`${HOST_ORIGIN}/isolation.html${query}`);
  await session.waitFor(() => {
    const r = document.getElementById("widget").shadowRoot;
    return !!r && !!r.querySelector(".tx-mini-chart") && !r.querySelector("[data-pending]");
  }, [], { message: "the widget shown" });
}

/** Registers these tests for one engine's session (`env`, see lib/engines.mjs). */
export function isolationChecks(env) {
  test("a host stylesheet setting inherited properties on every element changes no computed style and moves nothing inside the widget", async () => {
    const { session } = env;
    await session.setWindowSize(1000, 900);
    // The same page with and without e2e/hosts/isolation-inherited.css
    // (e2e/hosts/isolation-sheet.js picks it from the query), which sets
    // some seventy inherited properties, the engines' own among them.
    const snapshot = async (query) => {
      await openShown(session, query);
      return session.execute(() => {
        const r = document.getElementById("widget").shadowRoot;
        const root = r.querySelector(".tx-root");
        // Each element's computed values, and its box relative to the
        // widget's. The origins of an inline box are left out: Firefox
        // resolves them from the box's first fragment, and on a page with
        // right-to-left text it splits inline boxes at every <bdi> (the
        // same line, the same places, more fragments), which the boxes
        // compared here would show if anything moved.
        const origin = root.getBoundingClientRect();
        const at = (el) => { const b = el.getBoundingClientRect(); return [b.x - origin.x, b.y - origin.y, b.width, b.height].map(Math.round); };
        const styles = [root, ...root.querySelectorAll("*")].map((el) => {
          const computed = getComputedStyle(el);
          const inline = computed.display === "inline";
          const style = { box: at(el).join(" ") };
          for (const name of computed) {
            if (name.startsWith("--") || (inline && /^(transform|perspective)-origin$/.test(name))) continue;
            style[name] = computed.getPropertyValue(name);
          }
          return { element: `${el.localName}.${el.getAttribute("class") || ""}`, style };
        });
        const hostColor = getComputedStyle(document.querySelector("h1")).color;
        return { size: [Math.round(origin.width), Math.round(origin.height)], styles, hostColor };
      });
    };
    const clean = await snapshot("");
    const hostile = await snapshot("?sheet=inherited");
    // The hostile sheet did reach the page, or there is nothing to judge.
    assert.notEqual(hostile.hostColor, clean.hostColor, "the host stylesheet applies to the host page");
    assert.ok(clean.styles.length > 100, `the whole widget is compared (${clean.styles.length} elements)`);
    assert.equal(hostile.styles.length, clean.styles.length, "the same elements");
    const diffs = [];
    clean.styles.forEach(({ element, style }, i) => {
      for (const [name, value] of Object.entries(style)) {
        const got = hostile.styles[i].style[name];
        if (got !== value) diffs.push(`${element} ${name}: ${got} (clean: ${value})`);
      }
    });
    assert.deepEqual(diffs.slice(0, 20), [], `${env.engine}: ${diffs.length} computed values differ`);
    assert.deepEqual(hostile.size, clean.size, "the widget's size");
  });

  test("a region hidden or disabled around the widget hides or disables it too", async () => {
    const { session } = env;
    await openShown(session, "");
    // On a parent (a tab panel, a Tailwind `invisible` wrapper), which no
    // rule naming the widget's element reaches.
    const seen = (css) => session.execute((css) => {
      document.body.style.cssText = css;
      const style = getComputedStyle(document.getElementById("widget").shadowRoot.querySelector(".tx-card"));
      return [style.visibility, style.pointerEvents];
    }, css);
    assert.deepEqual(await seen("visibility: hidden"), ["hidden", "auto"], `${env.engine}: visibility on a parent`);
    assert.deepEqual(await seen("pointer-events: none"), ["visible", "none"], `${env.engine}: pointer-events on a parent`);
  });
}
