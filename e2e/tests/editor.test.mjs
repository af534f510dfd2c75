// The newsroom editor (dist/editor/, its own Wasm): an author pastes a
// milestones sheet and an indicators sheet as a spreadsheet copies them
// (tab-separated), sees each mistake at its cell in their language, fixes
// them and downloads the JSON the widget reads.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { WIDGET_ORIGIN, start } from "../lib/fixture.mjs";
import { watchErrors } from "../lib/browser.mjs";

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

let env, page, errors;
before(async () => {
  env = await start();
  const context = await env.browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
  errors = watchErrors(page);
  await page.goto(`${WIDGET_ORIGIN}/editor/`);
  await page.waitForSelector("#milestones");
});
after(async () => { await env.close(); });

const errorPlaces = () => page.$$eval("#problems li.error", (items) => items.map((li) => [li.dataset.place, li.textContent]));

test("starts from the built-in dataset, ready to download", async () => {
  assert.match(await page.inputValue("#milestones"), /^id\tdate\tcategory\timportance\ttitle zh-Hant/);
  assert.deepEqual(await errorPlaces(), []);
  assert.equal(await page.isEnabled("#download"), true);
});

test("a pasted sheet's two mistakes are shown at their cells, in the author's language", async () => {
  await page.selectOption("#lang", "en");
  await page.fill("#milestones", milestones("2025-13"));
  await page.fill("#indicators", indicators("62%"));
  await page.waitForFunction(() => document.querySelectorAll("#problems li.error").length === 2);
  // In the order of the JSON file, whose keys are sorted: indicators first.
  assert.deepEqual(await errorPlaces(), [
    ["Indicators!D3", "Indicators!D3 (value): expected a number"],
    ["Milestones!B5", 'Milestones!B5 (date): expected YYYY, YYYY-Qn, YYYY-MM or YYYY-MM-DD (or start/end), got "2025-13"'],
  ]);
  assert.equal(await page.isEnabled("#download"), false);
  await page.selectOption("#lang", "zh-Hant");
  const places = await errorPlaces();
  assert.equal(places[0][1], "指標!D3 (value): 應為數字");
  assert.equal(places[1][1], '大事!B5 (date): 應為 YYYY、YYYY-Qn、YYYY-MM 或 YYYY-MM-DD（或 起/迄），實際為 "2025-13"');
});

test("fixed, the sheets download as the JSON the widget reads", async () => {
  await page.fill("#milestones", milestones("2025-10-26"));
  await page.fill("#indicators", indicators("62"));
  await page.waitForFunction(() => document.querySelectorAll("#problems li.error").length === 0);
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("#download")]);
  assert.equal(file.suggestedFilename(), "tiexi-data.json");
  const data = JSON.parse(readFileSync(await file.path(), "utf8"));
  assert.equal(data.milestones.length, 8);
  assert.equal(data.indicators.length, 3);
  assert.equal(data.milestones[3].date, "2025-10-26");
  assert.equal(data.indicators[1].value, 62);
  assert.deepEqual(data.indicators[1].milestones, ["m2", "m4"]);
  assert.equal(data.meta.title.en, "Shenyang's Tiexi district in 2025: key figures and milestones");
  assert.deepEqual(errors, []);
});
