// The reader's download, measured and held to a budget: the files every
// reader of an embedding page fetches (loader, glue, Wasm, embed.css),
// compressed as a CDN serves them (gzip -9, brotli 11). Fails when the
// brotli total passes the budget in bench/size-budget.json. The budget only
// ever goes down: lower it when a change makes the widget lighter.
// A page that gives the widget data of its own also fetches the checker
// (its glue and Wasm), measured and budgeted apart.
//
//   node bench/size-budget.mjs [dist]         check (scripts/test runs this)
//   node bench/size-budget.mjs [dist] --json  print the figures as JSON
import { readFileSync, readdirSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) ?? join(here, "..", "dist");
const budget = JSON.parse(readFileSync(join(here, "size-budget.json"), "utf8"));

const files = readdirSync(dist);
const pick = (what, test) => {
  const name = files.find(test);
  if (!name) throw new Error(`size-budget: no ${what} in ${dist} (build with trunk build --release first)`);
  return name;
};
const shipped = [
  ["loader", pick("embed.js", (f) => f === "embed.js")],
  ["glue", pick("glue", (f) => /^tiexi-infographic-[0-9a-f]+\.js$/.test(f))],
  ["wasm", pick("Wasm", (f) => /^tiexi-infographic-[0-9a-f]+_bg\.wasm$/.test(f))],
  ["embed.css", pick("embed.css", (f) => f === "embed.css")],
];

const checker = [
  ["checker glue", pick("checker glue", (f) => /^tiexi-check-[0-9a-f]+\.js$/.test(f))],
  ["checker wasm", pick("checker Wasm", (f) => /^tiexi-check-[0-9a-f]+_bg\.wasm$/.test(f))],
];

const measure = ([part, name]) => {
  const bytes = readFileSync(join(dist, name));
  return {
    part,
    file: name,
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
    }).length,
  };
};
const sum = (list) => list.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
const rows = shipped.map(measure);
const total = sum(rows);
const checkerRows = checker.map(measure);
const checkerTotal = sum(checkerRows);

if (args.includes("--json")) {
  console.log(JSON.stringify({ rows, total, checker: { rows: checkerRows, total: checkerTotal }, budget }, null, 1));
} else {
  const kb = (n) => `${(n / 1000).toFixed(1)} KB`;
  const line = (part, r) => `${part.padEnd(13)} ${kb(r.raw).padStart(10)} raw ${kb(r.gzip).padStart(9)} gzip ${kb(r.brotli).padStart(9)} brotli`;
  for (const r of rows) console.log(line(r.part, r));
  console.log(`${line("total", total)} (budget ${kb(budget.brotli_bytes)} brotli)`);
  console.log("with data of the page's own, also:");
  for (const r of checkerRows) console.log(line(r.part, r));
  console.log(`${line("checker", checkerTotal)} (budget ${kb(budget.checker_brotli_bytes)} brotli)`);
}
let over = false;
if (total.brotli > budget.brotli_bytes) {
  console.error(`size-budget: the widget is ${total.brotli} B brotli, over the budget of ${budget.brotli_bytes} B (bench/size-budget.json). Make it lighter; the budget only goes down.`);
  over = true;
}
if (!(checkerTotal.brotli <= budget.checker_brotli_bytes)) {
  console.error(`size-budget: the checker is ${checkerTotal.brotli} B brotli, over its budget of ${budget.checker_brotli_bytes} B (bench/size-budget.json checker_brotli_bytes).`);
  over = true;
}
if (over) process.exit(1);
