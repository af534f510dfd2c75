// Data from an inline child, a src URL, a broken file and a missing file.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { HOST_ORIGIN, start, WIDGET_ORIGIN } from "../lib/fixture.mjs";
import { inWidget, recordEvents } from "../lib/widget.mjs";

let env, page;
before(async () => {
  env = await start();
  page = await env.browser.newPage({ viewport: { width: 900, height: 900 } });
  await recordEvents(page);
  await page.goto(`${HOST_ORIGIN}/data-sources.html`);
  await page.waitForFunction(() => ["inline", "remote", "broken", "missing"].every((id) => {
    const r = document.getElementById(id).shadowRoot;
    return r && (r.querySelector(".tx-title") || r.querySelector("[role=alert]"));
  }), null, { timeout: 30000 });
});
after(async () => { await env.close(); });

test("an inline JSON child wins and is shown", async () => {
  assert.equal(await inWidget(page, "#inline", (r) => r.querySelector(".tx-title").textContent), "Inline data");
  assert.equal(await inWidget(page, "#inline", (r) => r.querySelector(".tx-figure").textContent), "40%");
});

test("a src URL on another origin is fetched and shown", async () => {
  assert.equal(await inWidget(page, "#remote", (r) => r.querySelectorAll(".tx-card").length), 10);
});

test("a broken file shows every located error in the reader's language, and tiexi:error carries them", async () => {
  const alert = await inWidget(page, "#broken", (r) => r.querySelector("[role=alert]").textContent);
  assert.match(alert, /資料無法顯示/);
  assert.match(alert, /\$\.milestones\[0\]\.date/);
  assert.match(alert, /\$\.categories\[0\]\.color/);
  const events = await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:error" && e.target === "broken"));
  assert.equal(events.length, 1);
  assert.ok(events[0].detail.messages.some((m) => m.startsWith("$.milestones[0].date: expected YYYY")));
});

test("a missing file says it could not be loaded", async () => {
  const alert = await inWidget(page, "#missing", (r) => r.querySelector("[role=alert]").textContent);
  assert.match(alert, /could not be loaded/);
  assert.match(alert, /HTTP 404/);
});

test("changing src re-loads in place", async () => {
  await page.evaluate((origin) => document.getElementById("broken").setAttribute("src", `${origin}/tiexi-2025.json`), WIDGET_ORIGIN);
  await page.waitForFunction(() => document.getElementById("broken").shadowRoot.querySelectorAll(".tx-card").length === 10);
});
