// The newsroom editor (dist/editor/, its own Wasm), walked as an editor
// would: paste a milestones sheet and an indicators sheet as a spreadsheet
// copies them (tab-separated), see each mistake at its cell in their
// language, fix them in the table, preview the real widget, download the
// JSON and publish it with the embed snippet on a page of their own.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, WIDGET_ORIGIN, start } from "../lib/fixture.mjs";
import { watchErrors } from "../lib/browser.mjs";
import { serveStatic } from "../lib/server.mjs";
import { auditWidget } from "../lib/axe.mjs";

const row = (...cells) => cells.join("\t");
const MILESTONE_HEADER = row("id", "date", "category", "title zh-Hant", "title en", "description zh-Hant", "description en", "source 1 kind", "source 1 note zh-Hant");
const milestones = (badDate) => [
  MILESTONE_HEADER,
  row("m1", "2025", "industry", "全年", "All year", "說明", "Context.", "article", "原文"),
  row("m2", "2025-Q3", "city", "第三季", "Third quarter", "說明", "Context.", "article", "原文"),
  row("m3", "2025-10", "future", "十月", "October", "說明", "Context.", "report", "報道"),
  row("m4", badDate, "city", "那一天", "That day", "說明", "Context.", "article", "原文"),
  row("m5", "2025-08/2025-09", "business", "兩個月", "Two months", "說明", "Context.", "article", "原文"),
  row("m6", "2025-03", "opening", "三月", "March", "說明", "Context.", "article", "原文"),
  row("m7", "2025-05-20", "innovation", "五月", "May", "說明", "Context.", "article", "原文"),
  row("m8", "2025-12", "industry", "十二月", "December", "說明", "Context.", "article", "原文"),
].join("\n") + "\n";
const INDICATOR_HEADER = row("id", "category", "chart", "value", "unit zh-Hant", "label zh-Hant", "label en", "description zh-Hant", "description en", "milestones", "reference value", "reference label zh-Hant", "source 1 kind", "source 1 note zh-Hant");
const indicators = (badValue) => [
  INDICATOR_HEADER,
  row("streak", "industry", "streak", "12", "個季度", "連續", "in a row", "說明", "Context.", "m1", "", "", "article", "原文"),
  row("share", "city", "ring", badValue, "", "比例", "share", "說明", "Context.", "m2, m4", "", "", "article", "原文"),
  row("months", "innovation", "duration", "6", "個月", "用時", "months", "說明", "Context.", "", "12", "一年", "article", "原文"),
].join("\n") + "\n";

const BUILT_IN = JSON.parse(readFileSync(join(ROOT, "data", "tiexi-2025.json"), "utf8"));

let env, published, publishedOrigin;
before(async () => {
  env = await start();
  // The author's own web server, where they put the downloaded file and
  // the page with the snippet (an origin of its own, any free port).
  published = mkdtempSync(join(tmpdir(), "tiexi-published-"));
  const server = await serveStatic(published, 0);
  publishedOrigin = `http://127.0.0.1:${server.address().port}`;
  env.publishedServer = server;
});
after(async () => {
  env.publishedServer.close();
  await env.close();
});

/** A fresh browser profile (so no draft) on the editor. */
async function openEditor({ width = 1280, height = 900, ...options } = {}) {
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width, height }, ...options });
  const page = await context.newPage();
  const errors = watchErrors(page);
  // Which address failed, beside the console's bare "404".
  page.on("response", (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${r.url()}`); });
  await page.goto(`${WIDGET_ORIGIN}/editor/`);
  await page.waitForSelector("#m-table tbody tr:not(.row-problems)");
  return { page, errors, context };
}

const errorPlaces = (page) => page.$$eval("#problems li.error", (items) => items.map((li) => [li.dataset.place, li.textContent]));

/** What the table shows at one cell: the input's state and its message. */
const cellState = (page, id) => page.$eval(`#${id}`, (input) => {
  const described = input.getAttribute("aria-describedby");
  const message = described && document.getElementById(described);
  return {
    invalid: input.getAttribute("aria-invalid"),
    message: message ? message.textContent : null,
    visible: !!message && message.getBoundingClientRect().height > 0 && getComputedStyle(message).visibility === "visible",
  };
});

/** Waits until the preview widget is drawn with `check(root)` true. */
async function waitPreview(page, check = "true") {
  await page.waitForFunction((source) => {
    const root = document.querySelector("#preview-frame tiexi-infographic")?.shadowRoot;
    const ready = root && root.querySelector(".tx-card") && !root.querySelector(".tx-root[data-pending]");
    return ready && new Function("root", `return ${source};`)(root);
  }, check, { timeout: 30000 });
}

async function download(page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  assert.equal(file.suggestedFilename(), "tiexi-data.json");
  return readFileSync(await file.path(), "utf8");
}

test("an untouched start downloads the built-in dataset, the same JSON", async () => {
  const { page, errors, context } = await openEditor();
  assert.match(await page.inputValue("#milestones"), /^id\tdate\tcategory\timportance\ttitle zh-Hant/);
  assert.deepEqual(await errorPlaces(page), []);
  assert.equal(await page.inputValue("#m-2-0"), BUILT_IN.milestones[0].id);
  assert.deepEqual(JSON.parse(await download(page)), BUILT_IN);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the whole path: paste, see both mistakes at their cells, fix them, preview, download, publish", async () => {
  const { page, errors, context } = await openEditor();
  await page.selectOption("#lang", "en");
  await page.fill("#milestones", milestones("2025-13"));
  await page.fill("#indicators", indicators("62%"));
  await page.waitForFunction(() => document.querySelectorAll("#problems li.error").length === 2);
  // In the list, in the order of the JSON file (its keys sorted): indicators first.
  assert.deepEqual(await errorPlaces(page), [
    ["Indicators!D3", "Indicators!D3 (value): expected a number"],
    ["Milestones!B5", 'Milestones!B5 (date): expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (or start/end), got "2025-13"'],
  ]);
  // At their cells in the tables: 8 milestones, 3 indicators.
  assert.equal(await page.locator("#m-table tbody tr:not(.row-problems)").count(), 8);
  assert.equal(await page.locator("#i-table tbody tr:not(.row-problems)").count(), 3);
  assert.deepEqual(await cellState(page, "m-5-1"), {
    invalid: "true",
    message: 'expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (or start/end), got "2025-13"',
    visible: true,
  });
  assert.deepEqual(await cellState(page, "i-3-3"), { invalid: "true", message: "expected a number", visible: true });
  assert.deepEqual(await cellState(page, "m-4-1"), { invalid: null, message: null, visible: false });
  assert.equal(await page.isEnabled("#download"), false);
  assert.match(await page.textContent(".preview-blocked"), /Fix the 2 problems/);
  assert.equal(await page.isVisible("#preview-frame"), false);
  // In the author's language, as they switch.
  await page.selectOption("#lang", "zh-Hant");
  assert.equal((await cellState(page, "i-3-3")).message, "應為數字");
  assert.equal((await errorPlaces(page))[0][1], "指標!D3 (value): 應為數字");
  assert.equal(await page.getAttribute("html", "lang"), "zh-Hant");
  await page.selectOption("#lang", "en");

  // Fixed in the table; the sheet text follows.
  await page.fill("#m-5-1", "2025-10-26");
  await page.fill("#i-3-3", "62");
  await page.waitForFunction(() => document.querySelectorAll("#problems li.error").length === 0);
  assert.match(await page.inputValue("#milestones"), /\nm4\t2025-10-26\tcity\t/);
  assert.match(await page.inputValue("#indicators"), /\nshare\tcity\tring\t62\t/);
  assert.deepEqual(await cellState(page, "m-5-1"), { invalid: null, message: null, visible: false });

  // The preview, in English at a phone's width.
  await page.selectOption("#preview-lang", "en");
  await page.selectOption("#preview-width", "390");
  await waitPreview(page, `root.querySelector(".tx-root[lang=en]") && root.querySelectorAll(".tx-card").length === 3`);
  const frame = await page.$eval("#preview-frame", (f) => f.getBoundingClientRect().width);
  assert.equal(frame, 390);
  const labels = await page.$eval("#preview-frame tiexi-infographic", (el) => el.shadowRoot.textContent);
  assert.match(labels, /in a row/);
  // Dark, live.
  await page.selectOption("#preview-theme", "dark");
  await waitPreview(page, `root.querySelector(".tx-root.tx-dark")`);
  await page.screenshot({ path: join(ROOT, "e2e", "artifacts", "editor-fixed.png"), fullPage: false });

  // Download: exactly what was validated.
  const json = await download(page);
  const data = JSON.parse(json);
  assert.equal(data.milestones.length, 8);
  assert.equal(data.indicators.length, 3);
  assert.equal(data.milestones[3].date, "2025-10-26");
  assert.equal(data.indicators[1].value, 62);
  assert.deepEqual(data.indicators[1].milestones, ["m2", "m4"]);

  // Publish: the file on the author's server, the snippet on their page.
  writeFileSync(join(published, "tiexi-data.json"), json);
  await page.fill("#data-url", `${publishedOrigin}/tiexi-data.json`);
  await page.fill("#article-url", "https://news.example.org/tiexi-2025");
  const snippet = await page.inputValue("#snippet");
  assert.match(snippet, new RegExp(`<tiexi-infographic src="${publishedOrigin}/tiexi-data.json" lang="en">`));
  // The sheets give no English unit: the widget falls back to Chinese, and
  // so does the summary.
  assert.match(snippet, /<li>in a row: 12 個季度<\/li>/);
  writeFileSync(join(published, "article.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Our article</title><link rel="icon" href="data:,"></head><body><h1>Our article</h1>
${snippet}</body></html>`);
  assert.deepEqual(errors, []);
  await context.close();

  // With JavaScript on, the widget replaces the summary and shows the file.
  const reader = await env.browser.newPage({ viewport: { width: 390, height: 900 } });
  const readerErrors = watchErrors(reader);
  await reader.goto(`${publishedOrigin}/article.html`);
  await reader.waitForFunction(() => {
    const r = document.querySelector("tiexi-infographic").shadowRoot;
    return r && r.querySelectorAll(".tx-card").length === 3 && !r.querySelector(".tx-root[data-pending]");
  }, null, { timeout: 30000 });
  const shown = await reader.$eval("tiexi-infographic", (el) => ({
    title: el.shadowRoot.querySelector(".tx-title").textContent,
    text: el.shadowRoot.textContent,
    summaryVisible: el.querySelector("ul").getBoundingClientRect().height > 0,
  }));
  assert.equal(shown.title, BUILT_IN.meta.title.en);
  assert.match(shown.text, /in a row/);
  assert.equal(shown.summaryVisible, false);
  assert.deepEqual(readerErrors, []);
  await reader.close();

  // Without JavaScript, the summary is what the reader gets.
  const noScript = await env.browser.newContext({ javaScriptEnabled: false });
  const plain = await noScript.newPage();
  await plain.goto(`${publishedOrigin}/article.html`);
  assert.equal(await plain.textContent("tiexi-infographic strong"), BUILT_IN.meta.title.en);
  assert.deepEqual(await plain.$$eval("tiexi-infographic li", (items) => items.map((li) => li.textContent)), [
    "in a row: 12 個季度",
    "share: 62",
    "months: 6 個月",
  ]);
  assert.equal(await plain.getAttribute("tiexi-infographic a", "href"), "https://news.example.org/tiexi-2025");
  assert.equal(await plain.isVisible("tiexi-infographic ul"), true);
  await noScript.close();
});

test("the graphic's title and source are edited in their form; the template starts them blank", async () => {
  const { page, errors, context } = await openEditor();
  await page.selectOption("#lang", "en");
  assert.equal(await page.inputValue("#meta-title-en"), BUILT_IN.meta.title.en);
  await page.fill("#meta-title-en", "Our own year");
  await page.fill("#meta-source-url", "https://news.example.org/ours");
  await page.waitForFunction(() => document.getElementById("snippet").value.includes("<strong>Our own year</strong>"));
  assert.match(await page.inputValue("#snippet"), /<a href="https:\/\/news\.example\.org\/ours">/);
  await waitPreview(page, `root.textContent.includes("Our own year")`);

  page.once("dialog", (d) => d.accept());
  await page.click("#start-template");
  await page.waitForFunction(() => document.getElementById("meta-title-zh-Hant").getAttribute("aria-invalid") === "true");
  assert.equal(await page.inputValue("#meta-title-en"), "");
  assert.equal(await page.inputValue("#meta-source-url"), "");
  assert.equal(await page.inputValue("#article-url"), "");
  assert.deepEqual(await cellState(page, "meta-title-zh-Hant"), { invalid: "true", message: "required field is missing", visible: true });
  assert.equal((await cellState(page, "meta-source-author-zh-Hant")).invalid, "true");
  assert.equal((await cellState(page, "meta-period")).invalid, "true");
  await page.fill("#meta-title-zh-Hant", "我們的一年");
  await page.fill("#meta-period", "2026");
  await page.waitForFunction(() => !document.querySelector("#meta-title-zh-Hant[aria-invalid], #meta-period[aria-invalid]"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("the draft survives a reload, and Start over clears it", async () => {
  const { page, errors, context } = await openEditor();
  await page.fill("#m-2-0", "renamed-first");
  await page.waitForFunction(() => (localStorage.getItem("tiexi-editor-draft-v1") || "").includes("renamed-first"));
  await page.reload();
  await page.waitForSelector("#m-table tbody tr:not(.row-problems)");
  assert.equal(await page.inputValue("#m-2-0"), "renamed-first");
  assert.match(await page.inputValue("#milestones"), /\nrenamed-first\t/);
  // Asked first; "no" keeps the draft.
  page.once("dialog", (d) => d.dismiss());
  await page.click("#start-over");
  assert.equal(await page.inputValue("#m-2-0"), "renamed-first");
  page.once("dialog", (d) => { assert.match(d.message(), /Start over|重新開始/); d.accept(); });
  await page.click("#start-over");
  await page.waitForFunction((id) => document.getElementById("m-2-0").value === id, BUILT_IN.milestones[0].id);
  await page.reload();
  await page.waitForSelector("#m-table tbody tr:not(.row-problems)");
  assert.equal(await page.inputValue("#m-2-0"), BUILT_IN.milestones[0].id);
  assert.ok(!(await page.evaluate(() => localStorage.getItem("tiexi-editor-draft-v1") || "")).includes("renamed-first"));
  assert.deepEqual(errors, []);
  await context.close();
});

test("a draft the browser will not keep is said so, and the older one kept before is forgotten", async () => {
  const { page, errors, context } = await openEditor();
  await page.selectOption("#lang", "en");
  await page.fill("#m-2-0", "older-draft");
  await page.waitForFunction(() => (localStorage.getItem("tiexi-editor-draft-v1") || "").includes("older-draft"));
  assert.equal(await page.textContent("#draft-status"), "");
  await page.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };
  });
  await page.fill("#m-2-0", "newer-draft");
  await page.waitForFunction(() => /Draft not kept/.test(document.getElementById("draft-status").textContent));
  assert.match(await page.textContent("#draft-status"), /Download your work/);
  assert.equal(await page.evaluate(() => localStorage.getItem("tiexi-editor-draft-v1")), null);
  await page.reload();
  await page.waitForSelector("#m-table tbody tr:not(.row-problems)");
  assert.equal(await page.inputValue("#m-2-0"), BUILT_IN.milestones[0].id);
  assert.deepEqual(errors, []);
  await context.close();
});

test("starts from a template, a CSV file (with a byte order mark) and a JSON file, whose problems show at their cells", async () => {
  const { page, errors, context } = await openEditor();
  await page.selectOption("#lang", "en");
  await page.click("#start-template");
  await page.waitForFunction(() => document.querySelectorAll("#m-table tbody tr:not(.row-problems)").length === 0);
  assert.equal((await page.inputValue("#milestones")).trim().split("\n").length, 1);
  // A row added to the empty table: a fresh id, the focus on its date, and
  // what it still needs said at each cell.
  await page.click("#m-add");
  await page.waitForFunction(() => document.activeElement?.id === "m-2-1");
  assert.equal(await page.inputValue("#m-2-0"), "new-1");
  await page.keyboard.type("2025-05");
  await page.waitForFunction(() => document.getElementById("milestones").value.includes("\nnew-1\t2025-05"));
  await page.waitForFunction(() => !document.querySelector("#m-2-1[aria-invalid]"));
  assert.deepEqual(await cellState(page, "m-2-2"), { invalid: "true", message: "required field is missing", visible: true });

  // The draft is edited now: opening a file asks first.
  page.once("dialog", (d) => { assert.match(d.message(), /Replace your draft/); d.accept(); });
  const csv = "\uFEFFid,date,category,title zh-Hant,title en,description zh-Hant,description en,source 1 kind,source 1 note zh-Hant\r\n" +
    "m1,2025-05,industry,五月,\"May, at last\",說明,Context.,article,原文\r\n";
  await page.setInputFiles("#open-file", { name: "milestones.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.waitForFunction(() => document.getElementById("m-2-4")?.value === "May, at last");
  assert.match(await page.textContent("#open-status"), /Opened: milestones\.csv/);

  await page.setInputFiles("#open-file", { name: "broken.json", mimeType: "application/json", buffer: Buffer.from('{\n  "meta": ,\n}') });
  await page.waitForFunction(() => /could not be opened/.test(document.getElementById("open-status").textContent));
  assert.match(await page.textContent("#open-status"), /line 2/);

  const invalid = structuredClone(BUILT_IN);
  invalid.milestones[2].date = "2025-02-30";
  await page.setInputFiles("#open-file", { name: "ours.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(invalid)) });
  await page.waitForFunction(() => document.querySelectorAll("#problems li.error").length === 1);
  assert.deepEqual((await errorPlaces(page)).map(([place]) => place), ["Milestones!B4"]);
  assert.equal((await cellState(page, "m-4-1")).invalid, "true");
  assert.deepEqual(errors, []);
  await context.close();
});

test("a start or a file replaces an edited draft only when the author says so", async () => {
  const { page, errors, context } = await openEditor();
  // Untouched: no question.
  await page.click("#start-template");
  await page.waitForFunction(() => document.querySelectorAll("#m-table tbody tr:not(.row-problems)").length === 0);
  await page.click("#start-built-in");
  await page.waitForSelector("#m-2-0");
  await page.fill("#m-2-0", "mine");
  // Replaced at once (before the pause settles the edit): the cell drops
  // what was typed in it too.
  page.once("dialog", (d) => d.accept());
  await page.click("#start-built-in");
  await page.waitForFunction((id) => document.getElementById("m-2-0").value === id, BUILT_IN.milestones[0].id);
  await page.fill("#m-2-0", "mine");
  const asked = [];
  for (const click of [
    () => page.click("#start-template"),
    () => page.click("#start-built-in"),
    () => page.setInputFiles("#open-file", { name: "ours.json", mimeType: "application/json", buffer: Buffer.from(JSON.stringify(BUILT_IN)) }),
    () => page.evaluate((text) => {
      const data = new DataTransfer();
      data.items.add(new File([text], "dropped.json", { type: "application/json" }));
      document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
    }, JSON.stringify(BUILT_IN)),
  ]) {
    const answered = new Promise((done) => page.once("dialog", (d) => { asked.push(d.message()); d.dismiss().then(done); }));
    await click();
    await answered;
  }
  assert.equal(asked.length, 4);
  assert.match(asked[0], /Replace your draft|取代目前的草稿/);
  assert.equal(await page.inputValue("#m-2-0"), "mine");
  page.once("dialog", (d) => d.accept());
  await page.click("#start-built-in");
  await page.waitForFunction((id) => document.getElementById("m-2-0").value === id, BUILT_IN.milestones[0].id);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a CSV file saved as Big5 is refused, with how to save it as UTF-8", async () => {
  const { page, errors, context } = await openEditor();
  await page.selectOption("#lang", "en");
  const before = await page.inputValue("#milestones");
  // "中文" in Big5 (A4A4 A4E5): not UTF-8.
  const big5 = Buffer.concat([Buffer.from("id,date,category,title zh-Hant\r\nm1,2025,industry,"), Buffer.from([0xa4, 0xa4, 0xa4, 0xe5]), Buffer.from("\r\n")]);
  await page.setInputFiles("#open-file", { name: "big5.csv", mimeType: "text/csv", buffer: big5 });
  await page.waitForFunction(() => /could not be opened/.test(document.getElementById("open-status").textContent));
  assert.match(await page.textContent("#open-status"), /big5\.csv/);
  assert.match(await page.textContent("#open-status"), /CSV UTF-8/);
  assert.equal(await page.inputValue("#milestones"), before);
  assert.deepEqual(errors, []);
  await context.close();
});

test("a file dropped anywhere on the page opens", async () => {
  const { page, errors, context } = await openEditor();
  const dropped = structuredClone(BUILT_IN);
  dropped.milestones[0].title.en = "Dropped here";
  await page.evaluate((text) => {
    const data = new DataTransfer();
    data.items.add(new File([text], "dropped.json", { type: "application/json" }));
    document.body.dispatchEvent(new DragEvent("drop", { dataTransfer: data, bubbles: true, cancelable: true }));
  }, JSON.stringify(dropped));
  await page.waitForFunction(() => document.getElementById("m-2-6").value === "Dropped here");
  assert.match(await page.textContent("#open-status"), /dropped\.json/);
  assert.deepEqual(JSON.parse(await download(page)), dropped);
  assert.deepEqual(errors, []);
  await context.close();
});

test("only files are caught when dropped; Download and Copy take the last keystroke", async () => {
  const { page, errors, context } = await openEditor();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: WIDGET_ORIGIN });
  const cancelled = (kind) => page.evaluate((kind) => {
    const data = new DataTransfer();
    if (kind === "file") data.items.add(new File(["x"], "x.txt", { type: "text/plain" }));
    else data.setData("text/plain", "dragged words");
    const target = document.getElementById("data-url");
    const over = !target.dispatchEvent(new DragEvent("dragover", { dataTransfer: data, bubbles: true, cancelable: true }));
    return over;
  }, kind);
  assert.equal(await cancelled("text"), false);
  assert.equal(await cancelled("file"), true);

  const column = (await page.inputValue("#milestones")).split("\n")[0].split("\t").indexOf("title en");
  await page.fill(`#m-2-${column}`, "Typed just now");
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  const json = JSON.parse(readFileSync(await file.path(), "utf8"));
  assert.equal(json.milestones[0].title.en, "Typed just now");
  // The snippet's summary lists the indicators' labels.
  const label = (await page.inputValue("#indicators")).split("\n")[0].split("\t").indexOf("label en");
  await page.fill(`#i-2-${label}`, "Typed again");
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copy-status").textContent !== "");
  assert.match(await page.evaluate(() => navigator.clipboard.readText()), /<li>Typed again: /);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the copy button puts the snippet on the clipboard", async () => {
  const { page, context } = await openEditor();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: WIDGET_ORIGIN });
  await page.click("#copy");
  await page.waitForFunction(() => document.getElementById("copy-status").textContent !== "");
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, await page.inputValue("#snippet"));
  await context.close();
});

test("a huge paste is capped, and typing stays quick", async () => {
  const { page, context } = await openEditor();
  const rows = [MILESTONE_HEADER];
  for (let i = 0; i < 20_050; i++) rows.push(row(`m${i}`, "2025-05", "industry", "五", "May", "說", "C.", "article", "原"));
  // Pasted at once, as a paste arrives (Playwright's fill would type it).
  await page.evaluate((text) => {
    const area = document.getElementById("milestones");
    area.value = text;
    area.dispatchEvent(new Event("input", { bubbles: true }));
  }, rows.join("\n"));
  await page.waitForFunction(() => document.querySelector('#problems li[data-place="Milestones!1"]'), null, { timeout: 30000 });
  assert.match(await page.textContent('#problems li[data-place="Milestones!1"]'), /共 20050 列，上限為 20000 列/);
  assert.equal(await page.locator("#m-table tbody tr:not(.row-problems)").count(), 200);
  assert.match(await page.textContent(".sheets"), /表格只顯示前 200 列/);
  // A keystroke in the table is not held up by reading 20,000 rows.
  const started = Date.now();
  await page.fill("#m-3-4", "五月");
  assert.ok(Date.now() - started < 2000, `typing took ${Date.now() - started} ms`);
  // The edit changed its cell only: the rows past the cap are all kept, and
  // still reported.
  await page.waitForFunction(() => document.getElementById("milestones").value.includes("\nm1\t2025-05\tindustry\t五\t五月\t"));
  assert.equal((await page.inputValue("#milestones")).split("\n").length, 20_051);
  assert.ok(await page.$('#problems li[data-place="Milestones!1"]'));
  await context.close();
});

test("an edit in a cell keeps the indicator rows past the cap, and an edit in the text area just before", async () => {
  const { page, errors, context } = await openEditor();
  const rows = [INDICATOR_HEADER];
  for (let i = 0; i < 150; i++) rows.push(row(`i${i}`, "industry", "streak", "12", "個", "連續", "in a row", "說明", "Context.", "", "", "", "article", "原文"));
  await page.fill("#indicators", rows.join("\n") + "\n");
  await page.waitForFunction(() => document.querySelector('#problems li[data-place="Indicators!1"]'));
  await page.fill("#i-2-6", "in a row!");
  await page.waitForFunction(() => document.getElementById("indicators").value.includes("\tin a row!\t"));
  assert.equal((await page.inputValue("#indicators")).trim().split("\n").length, 151);
  assert.ok(await page.$('#problems li[data-place="Indicators!1"]'));
  // Typed in the text area, then in a cell before the pause: both kept.
  await page.evaluate(() => {
    const area = document.getElementById("indicators");
    area.value = area.value.replace("\ni5\t", "\nfive\t");
    area.dispatchEvent(new Event("input", { bubbles: true }));
  });
  await page.fill("#i-3-6", "twice");
  await page.waitForFunction(() => document.getElementById("i-7-0")?.value === "five");
  const text = await page.inputValue("#indicators");
  assert.match(text, /\nfive\t/);
  assert.match(text, /\ni1\tindustry\tstreak\t12\t個\t連續\ttwice\t/);
  assert.deepEqual(errors, []);
  await context.close();
});

test("keyboard only: from the language picker to a cell, edited", async () => {
  const { page, context } = await openEditor();
  await page.focus("#m-2-1");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement.id), "m-2-2");
  await page.keyboard.press("Control+A");
  await page.keyboard.type("city");
  await page.waitForFunction(() => document.getElementById("milestones").value.split("\n")[1].split("\t")[2] === "city");
  await context.close();
});

test("axe-core finds no WCAG 2.2 AA violation in the editor, in each language, on a phone and a desktop", async () => {
  const failures = [];
  for (const lang of ["zh-Hant", "zh-Hans", "en"]) {
    for (const width of [390, 1280]) {
      const { page, context } = await openEditor({ width });
      await page.selectOption("#lang", lang);
      // With a problem at a cell, and with the preview shown.
      await page.fill("#m-2-1", "2025-13");
      await page.waitForFunction(() => document.querySelector("#m-2-1[aria-invalid=true]"));
      const violations = await auditWidget(page, "main");
      if (violations.length) failures.push(`${lang} ${width}:\n  ${violations.join("\n  ")}`);
      await page.fill("#m-2-1", "2025");
      await waitPreview(page);
      const valid = await auditWidget(page, "main");
      if (valid.length) failures.push(`${lang} ${width} valid:\n  ${valid.join("\n  ")}`);
      if (lang === "en" && width === 390) await page.screenshot({ path: join(ROOT, "e2e", "artifacts", "editor-phone.png"), fullPage: true });
      await context.close();
    }
  }
  assert.deepEqual(failures, []);
});

test("the README's picture: the tables with a message at its cell, the widget beside them", async () => {
  const { page, errors, context } = await openEditor({ width: 1440, height: 960 });
  await page.selectOption("#lang", "en");
  // A warning keeps the data valid (so the preview stays) and is shown at
  // its cell: a title left without its Simplified Chinese.
  await page.fill("#m-2-5", "");
  await page.waitForFunction(() => document.getElementById("m-2-5-problem"));
  assert.match(await page.textContent("#m-2-5-problem"), /zh-Hans/);
  await waitPreview(page);
  await page.$eval("#m-2-5", (input) => {
    const box = input.closest(".table-scroll");
    box.scrollLeft = input.closest("td").offsetLeft - 140;
  });
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const picture = join(ROOT, "e2e", "artifacts", "editor-readme.png");
  await page.screenshot({ path: picture });
  if (process.env.TIEXI_UPDATE_DOCS) copyFileSync(picture, join(ROOT, "docs", "editor.png"));
  assert.deepEqual(errors, []);
  await context.close();
});
