// A figure too long for a narrow card breaks where its language breaks
// words, with a hyphen, not at whatever letter reached the edge
// (style/widget.css: `hyphens: auto` on .tx-figure). Only where the engine
// has a hyphenation dictionary for the language: Firefox ships them;
// Chromium on Linux downloads them with the component updater, which the
// tests turn off, and WebKitGTK needs Debian's hyphen packages. So this
// runs in Firefox alone, and the same card in Chromium keeps its
// emergency break (e2e/reference/en-light-320.png).
import { test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN } from "../lib/fixture.mjs";

/** Registers these tests for one engine's session (`env`, see lib/engines.mjs). */
export function hyphenationChecks(env) {
  test("a figure wider than its card is hyphenated between syllables, and only a long word", async () => {
    const { session } = env;
    await session.setWindowSize(1280, 900);
    await session.goto(`${HOST_ORIGIN}/engines.html`);
    await session.waitFor(() => window.__tiexiEvents.some((e) => e.name === "tiexi:ready" && e.target === "widget"), [], { message: "tiexi:ready" });
    // A phone's width: 320 px less the article's margins.
    await session.execute(() => {
      const widget = document.getElementById("widget");
      widget.setAttribute("lang", "en");
      widget.style.display = "block";
      widget.style.width = "288px";
    });
    await session.frames();
    await session.frames();
    // Each word the lines split: the word and how many of its letters
    // stay on the first line (from the boxes of its characters), with the
    // figures as styled and again with hyphenation off (then restored),
    // where a word too long for its line breaks wherever the edge falls.
    const splitsWith = (hyphens) => session.execute((hyphens) => {
      const splits = [];
      const figures = [...document.getElementById("widget").shadowRoot.querySelectorAll(".tx-figure")];
      for (const figure of figures) {
        figure.style.hyphens = hyphens;
        const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const text = node.data;
          const top = (i) => { const r = document.createRange(); r.setStart(node, i); r.setEnd(node, i + 1); return r.getClientRects()[0]?.top ?? NaN; };
          for (const m of text.matchAll(/\p{L}+/gu)) {
            for (let i = m.index + 1; i < m.index + m[0].length; i++) {
              if (Math.abs(top(i) - top(i - 1)) > 2) splits.push([m[0], i - m.index]);
            }
          }
        }
      }
      for (const figure of figures) figure.style.hyphens = "";
      const card = document.getElementById("widget").shadowRoot.querySelector(".tx-card").getBoundingClientRect().width;
      return { splits, figures: figures.length, card };
    }, hyphens);
    const result = await splitsWith("");
    const unhyphenated = await splitsWith("manual");
    await env.shot("figure-hyphenated");
    assert.ok(result.figures >= 10 && result.card < 150, `ten figures in cards of a phone's half width: ${JSON.stringify(result)}`);
    // "universities" alone does not fit such a card at the figure's size,
    // so the check has something to judge; it may break uni-ver-si-ties
    // with at least four letters on each side (hyphenate-limit-chars).
    assert.ok(result.splits.some(([word]) => word === "universities"), `the long word is split: ${JSON.stringify(result.splits)}`);
    for (const [word, before] of result.splits) {
      assert.ok(word === "universities" && [6, 8].includes(before), `${word} split after ${before} letters`);
    }
    // The split is the hyphenation's: without it the edge falls elsewhere.
    assert.notDeepEqual(result.splits, unhyphenated.splits, `the same split without hyphenation: ${JSON.stringify(unhyphenated.splits)}`);
  });
}
