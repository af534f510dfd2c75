// Trunk post-build hook: writes dist/embed.js from loader/embed.js with the
// hashed names of this build's glue and Wasm files, so embed.js keeps one
// stable name while everything it loads can be cached forever.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { reservedHeightsCss } from "./reserve-css.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
const source = process.env.TRUNK_SOURCE_DIR;
if (!staging || !source) {
  console.error("finish-dist: run me as a Trunk post_build hook");
  process.exit(1);
}
const files = readdirSync(staging);
const glue = files.find((f) => /^tiexi-infographic-[0-9a-f]+\.js$/.test(f) || f === "tiexi-infographic.js");
const wasm = files.find((f) => /^tiexi-infographic-[0-9a-f]+_bg\.wasm$/.test(f) || f === "tiexi-infographic_bg.wasm");
if (!glue || !wasm) {
  console.error(`finish-dist: no glue/wasm pair in ${staging}: ${files.join(", ")}`);
  process.exit(1);
}
const loader = readFileSync(join(source, "loader", "embed.js"), "utf8")
  .replace("__TIEXI_GLUE__", `./${glue}`)
  .replace("__TIEXI_WASM__", `./${wasm}`);
// A syntax error in the loader would silently leave every host page with
// only its fallback text: refuse to build instead.
const probe = join(mkdtempSync(join(tmpdir(), "tiexi-")), "embed.mjs");
writeFileSync(probe, loader);
const check = spawnSync(process.execPath, ["--check", probe], { encoding: "utf8" });
if (check.status !== 0) {
  console.error(`finish-dist: loader/embed.js does not parse:\n${check.stderr}`);
  process.exit(1);
}
writeFileSync(join(staging, "embed.js"), loader);

// The height reservation hosts link before the loader runs (stable name,
// like embed.js).
const heights = JSON.parse(readFileSync(join(source, "loader", "reserved-heights.json"), "utf8"));
writeFileSync(join(staging, "embed.css"), reservedHeightsCss(heights));

// With inject_scripts = false Trunk leaves its rust link in the page; the
// demo embeds the widget through embed.js like any host, so drop the link.
const page = join(staging, "index.html");
const html = readFileSync(page, "utf8").replace(/<link[^>]*\brel="?rust"?[^>]*>\s*/g, "");
writeFileSync(page, html);
console.log(`finish-dist: embed.js -> ${glue}, ${wasm}`);
