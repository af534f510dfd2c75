// The checker (src/bin/tiexi-check.rs): a second Wasm the loader fetches
// only for widgets given data of their own (src or an inline JSON child),
// once per page. Built-in data never fetches it; a checker that cannot be
// had fails only the widgets that need it, visibly; its answers follow the
// newest src; the JSON download gives the file the widget shows.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { watchErrors } from "../lib/browser.mjs";
import { DIST, HOST_ORIGIN, start, waitReady, WIDGET_ORIGIN } from "../lib/fixture.mjs";
import { inWidget, recordEvents } from "../lib/widget.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

const BUILT_IN_BYTES = readFileSync(join(DIST, "tiexi-2025.json"));
const CHECKER_GLUE = /\/tiexi-check-[0-9a-f]{16}\.js(\?|$)/;
const CHECKER_WASM = /\/tiexi-check-[0-9a-f]{16}_bg\.wasm(\?|$)/;

// A small valid dataset: one ring card titled `title`.
function dataset(title, { period = "2025" } = {}) {
  const meta = {
    title: { "zh-Hant": `${title}（繁）`, "zh-Hans": `${title}（简）`, en: title },
    source: { author: { "zh-Hant": "甲", "zh-Hans": "甲", en: "A" } },
  };
  if (period !== null) meta.period = period;
  return {
    meta,
    categories: [{ id: "c", color: "teal", name: { "zh-Hant": "類", "zh-Hans": "类", en: "C" } }],
    indicators: [{
      id: "share", value: 40, format: "percent", chart: "ring", category: "c",
      label: { "zh-Hant": "比例", "zh-Hans": "比例", en: "share" },
      description: { "zh-Hant": "說明", "zh-Hans": "说明", en: "Context" },
      source: [{ kind: "article", note: { "zh-Hant": "原文", "zh-Hans": "原文", en: "Article" } }],
    }],
    milestones: [],
  };
}

/** A loader page with every request's URL recorded (`requests`), the page's
 * console errors and uncaught errors (`errors`, uncaught ones also in
 * `uncaught`) and the widget events (window.__tiexiEvents). `setup(page)`
 * runs before navigation (routes). */
async function loaderPage(setup = async () => {}, contextOptions = {}) {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 }, ...contextOptions });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const uncaught = [];
  page.on("pageerror", (e) => uncaught.push(String(e)));
  const errors = watchErrors(page);
  await recordEvents(page);
  await setup(page);
  await page.goto(`${HOST_ORIGIN}/loader.html`);
  return { context, page, requests, errors, uncaught };
}

/** Adds an eager widget `id` with `attrs`, and `inline` data as a JSON
 * child, to the page's #one (loader.html), else to its body. */
function addWidget(page, id, attrs = {}, inline = null) {
  return page.evaluate(([id, attrs, inline]) => {
    const el = document.createElement("tiexi-infographic");
    el.id = id;
    for (const [name, value] of Object.entries({ lang: "en", loading: "eager", ...attrs })) el.setAttribute(name, value);
    if (inline !== null) {
      const script = document.createElement("script");
      script.type = "application/json";
      script.textContent = inline;
      el.append(script);
    }
    (document.getElementById("one") || document.body).append(el);
  }, [id, attrs, inline]);
}

function titleOf(page, id) {
  return inWidget(page, `#${id}`, (r) => r.querySelector(".tx-title")?.textContent ?? null);
}

async function waitTitle(page, id, title, timeout = 20000) {
  await page.waitForFunction(([id, title]) => {
    const r = document.getElementById(id).shadowRoot;
    return r && r.querySelector(".tx-title")?.textContent === title && !r.querySelector(".tx-root[data-pending]");
  }, [id, title], { timeout });
}

/** The widget's visible error box (role=alert, inside its shadow root).
 * The box can exist before the widget is revealed (a checker that cannot
 * be fetched fails at once, while the reader still paints out of sight,
 * .tx-root[data-pending]): wait for the reveal too. */
async function alertOf(page, id) {
  await page.waitForFunction((id) => {
    const r = document.getElementById(id).shadowRoot;
    return r?.querySelector("[role=alert]") && !r.querySelector(".tx-root[data-pending]");
  }, id, { timeout: 20000 });
  const box = page.locator(`#${id} [role=alert]`);
  assert.ok(await box.isVisible(), `#${id}'s error box is visible`);
  const rect = await box.boundingBox();
  assert.ok(rect && rect.width > 50 && rect.height > 10, `#${id}'s error box has a size: ${JSON.stringify(rect)}`);
  return box.textContent();
}

function events(page, name, target) {
  return page.evaluate(([name, target]) => window.__tiexiEvents.filter((e) => e.name === name && e.target === target), [name, target]);
}

async function downloadJson(page, id) {
  // The menu is built after the cards (app.rs, build_in_jobs): right after
  // new data, ten cards can be there while the menu is still to come.
  await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelector(".tx-download [data-download=json]"), id, { timeout: 10000 });
  await page.evaluate((id) => { document.getElementById(id).shadowRoot.querySelector(".tx-download").open = true; }, id);
  const [file] = await Promise.all([
    page.waitForEvent("download", { timeout: 10000 }),
    page.locator(`#${id} .tx-download [data-download="json"]`).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: readFileSync(await file.path()) };
}

test("built-in data only: no request for any checker file, and the widget is ready", async () => {
  const { context, page, requests, uncaught } = await loaderPage();
  await addWidget(page, "w");
  await addWidget(page, "w2", { lang: "zh-Hant" });
  await waitReady(page, "#w");
  await waitReady(page, "#w2");
  assert.equal((await events(page, "tiexi:ready", "w")).length, 1);
  assert.equal(await inWidget(page, "#w", (r) => r.querySelectorAll(".tx-card").length), 10);
  // Anything started late (an idle prefetch, a lazy import) would show by now.
  await page.waitForTimeout(1000);
  assert.ok(requests.some((u) => /\/tiexi-infographic-[0-9a-f]+_bg\.wasm$/.test(u)), "the reader's Wasm was fetched (the watch works)");
  assert.deepEqual(requests.filter((u) => u.includes("tiexi-check")), []);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("three src widgets and an inline one fetch the checker's glue and Wasm once each, and all show their data", async () => {
  const { context, page, requests, uncaught } = await loaderPage();
  await addWidget(page, "a", { src: `${WIDGET_ORIGIN}/tiexi-2025.json` });
  await addWidget(page, "b", { src: "/data/slow.json?delay=300&n=b" });
  await addWidget(page, "c", { src: "/data/slow.json?delay=900&n=c" });
  await addWidget(page, "d", {}, JSON.stringify(dataset("Inline one")));
  for (const id of ["a", "b", "c"]) {
    await page.waitForFunction((id) => document.getElementById(id).shadowRoot?.querySelectorAll(".tx-card").length === 10 &&
      !document.getElementById(id).shadowRoot.querySelector(".tx-root[data-pending]"), id, { timeout: 20000 });
  }
  await waitTitle(page, "d", "Inline one");
  // A src changed later is checked by the same checker, fetched no more.
  await page.evaluate(() => document.getElementById("a").setAttribute("src", "/data/slow.json?delay=0&n=a2"));
  await page.waitForFunction(() => [...document.getElementById("a").shadowRoot.querySelectorAll(".tx-card")].length === 10, null, { timeout: 10000 });
  await page.waitForTimeout(500);
  assert.equal(requests.filter((u) => CHECKER_GLUE.test(u)).length, 1, requests.filter((u) => u.includes("tiexi-check")).join("\n"));
  assert.equal(requests.filter((u) => CHECKER_WASM.test(u)).length, 1, requests.filter((u) => u.includes("tiexi-check")).join("\n"));
  for (const id of ["a", "b", "c", "d"]) {
    assert.equal(await inWidget(page, `#${id}`, (r) => r.querySelector("[role=alert]")), null, `#${id} shows no error`);
    assert.equal((await events(page, "tiexi:error", id)).length, 0, `#${id} fired no tiexi:error`);
  }
  assert.deepEqual(uncaught, []);
  await context.close();
});

for (const [how, pattern, answer] of [
  ["its Wasm answers 404", "**/tiexi-check-*_bg.wasm", (route) => route.fulfill({ status: 404, body: "not found", headers: { "access-control-allow-origin": "*" } })],
  ["its glue cannot be fetched", "**/tiexi-check-*.js", (route) => route.abort("connectionfailed")],
]) {
  test(`checker unavailable (${how}): widgets with their own data show a located error and fire tiexi:error; built-in data still works`, async () => {
    const { context, page, uncaught } = await loaderPage((page) => page.route(pattern, answer));
    await addWidget(page, "src", { src: `${WIDGET_ORIGIN}/tiexi-2025.json` });
    await addWidget(page, "inline", { lang: "zh-Hant" }, JSON.stringify(dataset("Inline")));
    await addWidget(page, "builtin");
    const srcAlert = await alertOf(page, "src");
    assert.match(srcAlert, /The data could not be shown/);
    assert.match(srcAlert, /\$: the data file could not be loaded: the data could not be checked/);
    const inlineAlert = await alertOf(page, "inline");
    assert.match(inlineAlert, /資料無法顯示/);
    assert.match(inlineAlert, /\$: 無法載入資料檔：the data could not be checked/);
    for (const id of ["src", "inline"]) {
      const fired = await events(page, "tiexi:error", id);
      assert.equal(fired.length, 1, `#${id} fired one tiexi:error`);
      assert.match(fired[0].detail.messages[0], /^\$: the data file could not be loaded: the data could not be checked/);
    }
    await waitReady(page, "#builtin");
    assert.equal(await inWidget(page, "#builtin", (r) => r.querySelectorAll(".tx-card").length), 10);
    assert.equal(await inWidget(page, "#builtin", (r) => r.querySelector("[role=alert]")), null);
    assert.deepEqual(uncaught, []);
    await context.close();
  });
}

test("bad data through the checker: the located message in the widget's language, rewritten when lang changes", async () => {
  const { context, page, uncaught } = await loaderPage();
  await addWidget(page, "bad", { lang: "en" }, JSON.stringify(dataset("No period", { period: null })));
  await addWidget(page, "broken", { lang: "zh-Hans", src: "/broken.json" });
  const en = await alertOf(page, "bad");
  assert.match(en, /The data could not be shown/);
  assert.match(en, /\$\.meta\.period: required field is missing/);
  const fired = await events(page, "tiexi:error", "bad");
  assert.equal(fired.length, 1);
  assert.ok(fired[0].detail.messages.includes("$.meta.period: required field is missing"), JSON.stringify(fired[0].detail));

  await page.evaluate(() => document.getElementById("bad").setAttribute("lang", "zh-Hant"));
  await page.waitForFunction(() => /資料無法顯示/.test(document.getElementById("bad").shadowRoot.querySelector("[role=alert]").textContent), null, { timeout: 5000 });
  const zh = await alertOf(page, "bad");
  assert.match(zh, /\$\.meta\.period/);
  assert.match(zh, /缺少必填欄位/);
  assert.doesNotMatch(zh, /required field is missing/);

  const hans = await alertOf(page, "broken");
  assert.match(hans, /数据无法显示/);
  assert.match(hans, /\$\.milestones\[0\]\.date/);
  assert.match(hans, /\$\.categories\[0\]\.color/);
  await page.evaluate(() => document.getElementById("broken").setAttribute("lang", "en"));
  await page.waitForFunction(() => /The data could not be shown/.test(document.getElementById("broken").shadowRoot.querySelector("[role=alert]").textContent), null, { timeout: 5000 });
  assert.match(await alertOf(page, "broken"), /\$\.categories\[0\]\.color: expected one of/);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("Download the data (JSON): the built-in data saves dist/tiexi-2025.json byte for byte; src data saves the src file's text", async () => {
  // A src file in a shape of its own (indented, CRLF, a trailing blank
  // line): the download must be the file, not a re-serialisation.
  const custom = JSON.stringify(dataset("Own file"), null, 3).replaceAll("\n", "\r\n") + "\r\n\r\n";
  const { context, page, uncaught } = await loaderPage(
    (page) => page.route(`${HOST_ORIGIN}/own-data.json`, (route) => route.fulfill({ status: 200, contentType: "application/json", body: custom })),
    { acceptDownloads: true },
  );
  await addWidget(page, "builtin");
  await addWidget(page, "own", { src: "/own-data.json" });
  await waitReady(page, "#builtin");
  await waitTitle(page, "own", "Own file");

  const builtIn = await downloadJson(page, "builtin");
  assert.equal(builtIn.name, "tiexi-data.json");
  assert.ok(builtIn.bytes.equals(BUILT_IN_BYTES), `the built-in download is dist/tiexi-2025.json (${builtIn.bytes.length} vs ${BUILT_IN_BYTES.length} bytes)`);

  const own = await downloadJson(page, "own");
  assert.equal(own.name, "tiexi-data.json");
  assert.equal(own.bytes.toString("utf8"), custom);

  // Back to the built-in data: the download is the published file again.
  await page.evaluate(() => document.getElementById("own").removeAttribute("src"));
  await page.waitForFunction(() => document.getElementById("own").shadowRoot.querySelectorAll(".tx-card").length === 10, null, { timeout: 10000 });
  assert.ok((await downloadJson(page, "own")).bytes.equals(BUILT_IN_BYTES));
  assert.deepEqual(uncaught, []);
  await context.close();
});

/** Holds the checker's Wasm until the returned function is called. */
async function holdChecker(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/tiexi-check-*_bg.wasm", async (route) => { await held; await route.continue(); });
  return release;
}

/** Records, from now on, every title the widget `id` shows. */
function recordTitles(page, id) {
  return page.evaluate((id) => {
    const root = document.getElementById(id).shadowRoot;
    window.__titles = [];
    const note = () => {
      const t = root.querySelector(".tx-title")?.textContent;
      if (t && window.__titles.at(-1) !== t) window.__titles.push(t);
    };
    note();
    new MutationObserver(note).observe(root, { childList: true, subtree: true, characterData: true });
  }, id);
}

test("a src changed while the checker is still downloading shows only the newest data", async () => {
  const { context, page, requests, uncaught } = await loaderPage();
  const release = await holdChecker(page);
  await page.route(`${HOST_ORIGIN}/first.json`, (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(dataset("First")) }));
  await page.route(`${HOST_ORIGIN}/second.json`, (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(dataset("Second")) }));
  await page.route(`${HOST_ORIGIN}/third.json`, (r) => r.fulfill({ contentType: "application/json", body: JSON.stringify(dataset("Third", { period: "20x5" })) }));
  await addWidget(page, "w", { src: "/first.json" });
  // The reader is up and showing "loading" while the checker is held.
  await page.waitForFunction(() => document.getElementById("w").shadowRoot?.querySelector(".tx-root"), null, { timeout: 20000 });
  await recordTitles(page, "w");
  const checkerAsked = () => requests.some((u) => CHECKER_WASM.test(u));
  for (let i = 0; i < 100 && !checkerAsked(); i++) await page.waitForTimeout(50);
  assert.ok(checkerAsked(), "the checker's Wasm was requested");
  await page.waitForTimeout(300); // the first file is fetched and waits for the checker
  await page.evaluate(() => document.getElementById("w").setAttribute("src", "/third.json"));
  await page.waitForTimeout(100);
  await page.evaluate(() => document.getElementById("w").setAttribute("src", "/second.json"));
  await page.waitForTimeout(300);
  release();
  await waitTitle(page, "w", "Second");
  await page.waitForTimeout(800);
  assert.equal(await titleOf(page, "w"), "Second");
  const titles = await page.evaluate(() => window.__titles);
  assert.deepEqual(titles.filter((t) => t !== "Second" && !/鐵西|Tiexi/i.test(t)), [], `titles shown: ${titles.join(" | ")}`);
  assert.equal(await inWidget(page, "#w", (r) => r.querySelector("[role=alert]")), null, "the stale third file's error is not shown");
  assert.equal((await events(page, "tiexi:error", "w")).length, 0, "no tiexi:error for a stale load");
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("a widget removed while the checker downloads does nothing when it arrives; another widget still gets its data", async () => {
  const { context, page, errors, uncaught } = await loaderPage();
  const release = await holdChecker(page);
  await addWidget(page, "gone", {}, JSON.stringify(dataset("Gone")));
  await addWidget(page, "stays", {}, JSON.stringify(dataset("Stays")));
  await page.waitForFunction(() => document.getElementById("gone").shadowRoot?.querySelector(".tx-root"), null, { timeout: 20000 });
  await page.waitForTimeout(200);
  await page.evaluate(() => document.getElementById("gone").remove());
  await page.waitForTimeout(100);
  release();
  await waitTitle(page, "stays", "Stays");
  await page.waitForTimeout(500);
  assert.equal((await events(page, "tiexi:ready", "gone")).length, 0);
  assert.equal((await events(page, "tiexi:error", "gone")).length, 0);
  assert.deepEqual(errors, []);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("under the strict CSP the README documents, the checker loads and checks src and inline data", async () => {
  const context = await env.browser.newContext({ viewport: { width: 1000, height: 900 } });
  const page = await context.newPage();
  const requests = [];
  page.on("request", (r) => requests.push(r.url()));
  const uncaught = [];
  page.on("pageerror", (e) => uncaught.push(String(e)));
  const response = await page.goto(`${HOST_ORIGIN}/csp.html`);
  assert.match(response.headers()["content-security-policy"], /default-src 'none'/);
  await addWidget(page, "src", { src: `${WIDGET_ORIGIN}/tiexi-2025.json` });
  await addWidget(page, "inline", {}, JSON.stringify(dataset("Under CSP")));
  await page.waitForFunction(() => document.getElementById("src").shadowRoot?.querySelectorAll(".tx-card").length === 10, null, { timeout: 20000 });
  await waitTitle(page, "inline", "Under CSP");
  assert.equal(requests.filter((u) => CHECKER_WASM.test(u)).length, 1);
  assert.deepEqual(await page.evaluate(() => window.__violations), []);
  assert.deepEqual(uncaught, []);
  await context.close();
});

test("a check that throws (as a trap does) shows that widget's error, and the checker still serves the next widget", async () => {
  let patched = false;
  const { context, page, uncaught } = await loaderPage((page) => page.route("**/tiexi-check-*.js", async (route) => {
    const response = await route.fetch();
    const glue = await response.text();
    // The glue's export, wrapped: a file holding "TRAP" makes it throw as
    // a Wasm trap would.
    const body = glue.replace(/export function check\(/, "function realCheck(") +
      '\nexport function check(text) { if (text.includes("TRAP")) throw new WebAssembly.RuntimeError("unreachable"); return realCheck(text); }\n';
    patched = body.includes("function realCheck(");
    await route.fulfill({ response, body });
  }));
  await addWidget(page, "trap", {}, JSON.stringify({ ...dataset("TRAP") }));
  const alert = await alertOf(page, "trap");
  assert.ok(patched, "the checker's glue has `export function check(` to wrap");
  assert.match(alert, /the data could not be checked \(unreachable\)/);
  assert.equal((await events(page, "tiexi:error", "trap")).length, 1);
  await addWidget(page, "after", {}, JSON.stringify(dataset("After the trap")));
  await waitTitle(page, "after", "After the trap");
  assert.deepEqual(uncaught, []);
  await context.close();
});
