// The widget end to end: built dist/ on one origin, a host article on
// another, the widget renders, draws, and logs no errors.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { watchErrors } from "../lib/browser.mjs";
import { ARTIFACTS, HOST_ORIGIN, paintedPixels, start, waitReady } from "../lib/fixture.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

test("a host page on another origin embeds dist/embed.js and the widget draws", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1280, height: 900 } });
  const errors = watchErrors(page);
  await page.goto(`${HOST_ORIGIN}/article.html`);
  await page.locator("#widget").scrollIntoViewIfNeeded();
  await waitReady(page, "#widget");
  const canvases = await paintedPixels(page, "#widget");
  assert.ok(canvases.length >= 10, `expected a canvas per indicator and the timeline, got ${canvases.length}`);
  for (const c of canvases.filter((c) => c.className !== "tx-timeline-overlay")) {
    assert.ok(c.painted > 50, `${c.className} drew ${c.painted} pixels`);
  }
  const title = await page.evaluate(() => document.querySelector("#widget").shadowRoot.querySelector(".tx-title").textContent);
  assert.equal(title, "瀋陽鐵西 2025：關鍵數字與大事記");
  const source = await page.evaluate(() => document.querySelector("#widget").shadowRoot.querySelector(".tx-source").textContent);
  assert.match(source, /王藝橋/);
  await page.screenshot({ path: join(ARTIFACTS, "host-article-1280.png"), fullPage: true });
  assert.deepEqual(errors, []);
  await page.close();
});
