// The loader's edge cases: data files that trickle, never end or are too
// large; a src changed or an element removed mid-request; elements moved
// while the module loads; a malformed deep link; the loader included twice;
// frame.html asked to show data from elsewhere. The server records what
// happened to each request (env.dataEvents).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { watchErrors } from "../lib/browser.mjs";
import { HOST_ORIGIN, start, waitReady, WIDGET_ORIGIN } from "../lib/fixture.mjs";
import { holdWasm, inWidget, recordEvents } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const MiB = 1024 * 1024;

async function until(check, what, timeout = 15000) {
  const end = Date.now() + timeout;
  while (Date.now() < end) {
    if (check()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  assert.fail(`timed out waiting for ${what}`);
}

/** What the server saw for requests whose path contains `part`. */
function seen(part) {
  return env.dataEvents.filter((e) => e.path.includes(part));
}

async function loaderPage() {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await recordEvents(page);
  await page.goto(`${HOST_ORIGIN}/loader.html`);
  return { page, errors };
}

/** Adds an eager <tiexi-infographic id> with `attrs` to #one. */
function addWidget(page, id, attrs = {}) {
  return page.evaluate(([id, attrs]) => {
    const el = document.createElement("tiexi-infographic");
    el.id = id;
    for (const [name, value] of Object.entries({ lang: "en", loading: "eager", ...attrs })) el.setAttribute(name, value);
    document.getElementById("one").append(el);
  }, [id, attrs]);
}

async function alertOf(page, id) {
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector("[role=alert]"), id, { timeout: 20000 });
  return inWidget(page, `#${id}`, (r) => r.querySelector("[role=alert]").textContent);
}

test("a body that trickles forever times out after 10 s, and the connection is dropped", async (t) => {
  const { page, errors } = await loaderPage();
  const started = Date.now();
  await addWidget(page, "w", { src: "/data/trickle.json" });
  const alert = await alertOf(page, "w");
  const took = Date.now() - started;
  t.diagnostic(`the message came ${took} ms after the element was added`);
  assert.match(alert, /trickle\.json: no complete answer in 10 s/);
  assert.ok(took >= 9000 && took < 16000, `failed after ${took} ms`);
  await until(() => seen("trickle").some((e) => e.event === "aborted"), "the server to see the abort", 3000);
  assert.deepEqual(errors.filter((e) => !/tiexi-infographic/.test(e)), []);
  await page.close();
});

test("a file over 4 MiB is refused by its Content-Length before its body is read", async (t) => {
  const { page } = await loaderPage();
  const started = Date.now();
  await addWidget(page, "w", { src: "/data/huge-declared.json" });
  assert.match(await alertOf(page, "w"), /larger than 4194304 bytes/);
  assert.ok(Date.now() - started < 5000);
  await until(() => seen("huge-declared").some((e) => e.event === "aborted"), "the server to see the abort", 3000);
  const sent = seen("huge-declared").at(-1).bytes;
  t.diagnostic(`the server sent ${sent} bytes of 64 MiB before the abort`);
  assert.ok(sent < 2 * MiB, `the server sent ${sent} bytes of 64 MiB`);
  await page.close();
});

test("a file over 4 MiB with no Content-Length is cut off as it streams", async (t) => {
  const { page } = await loaderPage();
  await addWidget(page, "w", { src: "/data/huge-chunked.json" });
  assert.match(await alertOf(page, "w"), /larger than 4194304 bytes/);
  await until(() => seen("huge-chunked").some((e) => e.event === "aborted"), "the server to see the abort", 5000);
  const sent = seen("huge-chunked").at(-1).bytes;
  t.diagnostic(`the server sent ${(sent / MiB).toFixed(1)} MiB of 64 MiB before the abort`);
  assert.ok(sent < 24 * MiB, `the server sent ${(sent / MiB).toFixed(1)} MiB of 64 MiB`);
  await page.close();
});

test("a file just under 4 MiB is still read whole (and then validated)", async () => {
  const { page } = await loaderPage();
  await addWidget(page, "w", { src: "/data/just-under.json" });
  const alert = await alertOf(page, "w");
  assert.doesNotMatch(alert, /larger than/);
  await until(() => seen("just-under").some((e) => e.event === "done"), "the whole body to be sent", 5000);
  await page.close();
});

test("changing src aborts the earlier request; removing the element aborts its request", async () => {
  const { page } = await loaderPage();
  await addWidget(page, "w", { src: "/data/slow.json?delay=5000&n=first" });
  await until(() => seen("n=first").length > 0, "the first request");
  await page.evaluate(() => document.getElementById("w").setAttribute("src", "/data/slow.json?delay=0&n=second"));
  await page.waitForFunction(() => document.getElementById("w").shadowRoot.querySelectorAll(".tx-card").length === 10, null, { timeout: 10000 });
  await until(() => seen("n=first").some((e) => e.event === "aborted"), "the first request to be aborted", 3000);
  assert.deepEqual(seen("n=first").map((e) => e.event), ["open", "aborted"]);
  assert.deepEqual(seen("n=second").map((e) => e.event), ["open", "done"]);

  await page.evaluate(() => document.getElementById("w").setAttribute("src", "/data/slow.json?delay=5000&n=third"));
  await until(() => seen("n=third").length > 0, "the third request");
  await page.evaluate(() => document.getElementById("w").remove());
  await until(() => seen("n=third").some((e) => e.event === "aborted"), "the request of a removed element to be aborted", 3000);
  await page.close();
});

test("moving, removing and re-inserting elements while the module loads leaves one widget, one fetch, one event each", async () => {
  const { page, errors } = await loaderPage();
  const release = await holdWasm(page);
  await page.evaluate(() => {
    const el = document.createElement("tiexi-infographic");
    el.id = "moved";
    el.setAttribute("lang", "en");
    el.setAttribute("loading", "eager");
    el.setAttribute("src", "/data/slow.json?delay=0&n=moved-element");
    document.getElementById("one").append(el);
    const div = document.createElement("div");
    div.id = "moved-div";
    div.setAttribute("data-tiexi-infographic", "");
    div.setAttribute("data-lang", "en");
    div.setAttribute("data-loading", "eager");
    div.setAttribute("data-src", "/data/slow.json?delay=0&n=moved-div");
    document.getElementById("one").append(div);
  });
  await page.waitForTimeout(300); // both started: shadow roots made, module awaited
  await page.evaluate(async () => {
    const later = () => new Promise((ok) => setTimeout(ok, 30));
    const [el, div] = [document.getElementById("moved"), document.getElementById("moved-div")];
    const [one, two] = [document.getElementById("one"), document.getElementById("two")];
    two.append(el, div); // moved in one step
    await later();
    el.remove(); div.remove(); // out for a while
    await later();
    one.append(el, div); // back
    await later();
    two.prepend(div); two.append(el); // moved again
  });
  await page.waitForTimeout(300);
  release();
  for (const id of ["moved", "moved-div"]) {
    await waitReady(page, `#${id}`);
    assert.equal(await inWidget(page, `#${id}`, (r) => r.querySelectorAll(".tx-root").length), 1, `${id}: one widget in its shadow root`);
  }
  await page.waitForTimeout(500);
  assert.deepEqual(seen("n=moved-element").map((e) => e.event), ["open", "done"], "one fetch for the element");
  assert.deepEqual(seen("n=moved-div").map((e) => e.event), ["open", "done"], "one fetch for the div");
  await page.locator("#moved .tx-timeline-chart").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(200);
  const selects = await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:select"));
  assert.equal(selects.length, 1, JSON.stringify(selects));
  assert.equal(await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:ready").length), 2);
  assert.deepEqual(errors, []);
  await page.close();
});

test("a malformed #tiexi= fragment is ignored, not an error", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await recordEvents(page);
  await page.goto(`${HOST_ORIGIN}/loader.html#tiexi=%`);
  await addWidget(page, "w");
  await waitReady(page, "#w");
  assert.equal(await inWidget(page, "#w", (r) => r.querySelectorAll(".tx-card").length), 10);
  assert.equal(await inWidget(page, "#w", (r) => r.querySelector("[role=alert]")), null);
  assert.deepEqual(await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:error")), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test("the loader included twice, and a copy under another URL, render each element once and throw nothing", async () => {
  const page = await env.browser.newPage({ viewport: { width: 1000, height: 900 } });
  const errors = watchErrors(page);
  await recordEvents(page);
  const loaders = [];
  page.on("request", (r) => { if (/\/embed\.js/.test(r.url())) loaders.push(new URL(r.url()).search); });
  await page.goto(`${HOST_ORIGIN}/double-loader.html`);
  await waitReady(page, "#element");
  await waitReady(page, "#div");
  assert.deepEqual([...new Set(loaders)].sort(), ["", "?v=2"], "both copies did load");
  await page.evaluate(() => {
    const el = document.createElement("tiexi-infographic");
    el.id = "late";
    el.setAttribute("loading", "eager");
    document.body.append(el);
  });
  await waitReady(page, "#late");
  await page.waitForTimeout(300);
  for (const id of ["element", "div", "late"]) {
    assert.equal(await inWidget(page, `#${id}`, (r) => r.querySelectorAll(".tx-root").length), 1, `${id}: one widget`);
  }
  const ready = await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:ready").map((e) => e.target).sort());
  assert.deepEqual(ready, ["div", "element", "late"]);
  await page.locator("#div .tx-timeline-chart").focus();
  await page.keyboard.press("End");
  await page.keyboard.press("Enter");
  await page.waitForTimeout(200);
  assert.equal(await page.evaluate(() => window.__tiexiEvents.filter((e) => e.name === "tiexi:select").length), 1);
  assert.deepEqual(errors, []);
  await page.close();
});

const FAKE = JSON.stringify({ meta: { title: { en: "Invented" } } });
const REFUSED = [
  ["data:", `data:application/json,${encodeURIComponent(FAKE)}`],
  ["blob:", `blob:${WIDGET_ORIGIN}/1b4e28ba-2fa1-11d2-883f-0016d3cca427`],
  ["javascript:", "javascript:alert(document.domain)"],
  ["another origin", `${HOST_ORIGIN}/data/slow.json?delay=0&n=frame-other`],
  ["another origin, scheme-relative", `//${new URL(HOST_ORIGIN).host}/data/slow.json?delay=0&n=frame-other`],
];

test("frame.html refuses a src that is not on its own origin: data:, blob:, javascript:, another site", async () => {
  for (const [kind, src] of REFUSED) {
    const page = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
    const errors = watchErrors(page);
    const dialogs = [];
    page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
    await page.goto(`${WIDGET_ORIGIN}/frame.html?lang=en&src=${encodeURIComponent(src)}`);
    const alert = await page.locator("[role=alert]").textContent({ timeout: 5000 });
    assert.match(alert, /^This data source is not allowed: /, kind);
    assert.equal(await page.locator("tiexi-infographic").count(), 0, `${kind}: no widget`);
    assert.deepEqual(dialogs, []);
    assert.deepEqual(errors, []);
    await page.close();
  }
  assert.deepEqual(seen("n=frame-other"), [], "nothing was fetched from the other origin");
});

test("frame.html loads a relative or same-origin src, and an origin the publisher listed", async () => {
  const page = await env.browser.newPage({ viewport: { width: 800, height: 600 } });
  await page.goto(`${WIDGET_ORIGIN}/frame.html?lang=en&src=tiexi-2025.json`);
  await waitReady(page, "tiexi-infographic");
  assert.equal(await inWidget(page, "tiexi-infographic", (r) => r.querySelectorAll(".tx-card").length), 10);

  const allowed = `${HOST_ORIGIN}/data/slow.json?delay=0&n=frame-listed`;
  await page.goto(`${WIDGET_ORIGIN}/frame-allowing-host.html?lang=en&src=${encodeURIComponent(allowed)}`);
  await waitReady(page, "tiexi-infographic");
  assert.deepEqual(seen("n=frame-listed").map((e) => e.event), ["open", "done"]);
  await page.goto(`${WIDGET_ORIGIN}/frame-allowing-host.html?lang=en&src=${encodeURIComponent(REFUSED[0][1])}`);
  assert.match(await page.locator("[role=alert]").textContent({ timeout: 5000 }), /not allowed/, "data: stays refused");
  await page.close();
});
