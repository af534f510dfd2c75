// Trunk post-build hook: writes dist/embed.js from loader/embed.js with the
// hashed names of this build's glue and Wasm files, so embed.js keeps one
// stable name while everything it loads can be cached forever.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loaderContract, scriptRules } from "./contract.mjs";
import { pruneBindings } from "./prune-bindings.mjs";
import { shortenNames } from "./short-names.mjs";
import { LOW_MEMORY, lowestDataAddress } from "./low-memory.mjs";
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
// The checker is built as a Trunk "worker" (the one way to get a second
// Wasm from one page), whose files Trunk leaves unhashed; they are renamed
// by their content below.
const checkGlue = "tiexi-check.js";
const checkWasm = "tiexi-check_bg.wasm";
if (!glue || !wasm || !files.includes(checkGlue) || !files.includes(checkWasm)) {
  console.error(`finish-dist: no reader and checker glue/wasm pairs in ${staging}: ${files.join(", ")}`);
  process.exit(1);
}
// The font list style/widget.css falls back to (the loader warms it).
function chartFont(sheet) {
  const found = /--tx-font:\s*var\(--tiexi-font,\s*([^;]+?)\);/.exec(readFileSync(sheet, "utf8"));
  if (!found) {
    console.error(`finish-dist: no --tx-font: var(--tiexi-font, …) in ${sheet}`);
    process.exit(1);
  }
  return found[1];
}

// Release builds ship the loader and the glue minified (Trunk's own
// minifier fails on the glue). Terser comes with the build's tools in
// build-tools/ (scripts/setup.sh). A release without it would ship a
// different, heavier artifact than CI measures: refuse instead.
const release = process.env.TRUNK_PROFILE === "release";
const minify = release ? await loadTerser() : null;
async function loadTerser() {
  try {
    const resolved = createRequire(join(source, "build-tools", "package.json")).resolve("terser");
    return (await import(pathToFileURL(resolved).href)).minify;
  } catch {
    console.error("finish-dist: terser is not installed in build-tools/ (run scripts/setup.sh)");
    process.exit(1);
  }
}
async function shrink(code) {
  if (!minify) return code;
  const out = await minify(code, { module: true, compress: { passes: 2 }, mangle: true, format: { comments: false } });
  return out.code;
}

// Release builds: bindings nothing uses leave the Wasm and the glue
// (prune-bindings.mjs), then the Wasm is optimised once, here, rather than
// by Trunk (index.html asks Trunk for no wasm-opt): pruning an optimised
// module and optimising it again ships more bytes, not fewer. `--converge`
// repeats -Oz while the module still shrinks (about 1 KB brotli for 30 s).
// --low-memory-unused: see low-memory.mjs. The same for both modules.
async function finishModule(glue, wasm) {
  let glueText = readFileSync(join(staging, glue), "utf8");
  if (release) {
    const wasmPath = join(staging, wasm);
    const pruned = await pruneBindings(readFileSync(wasmPath), glueText, join(source, "build-tools"));
    writeFileSync(wasmPath, pruned.wasm);
    glueText = pruned.glue;
    const wasmOpt = join(source, "build-tools", "node_modules", ".bin", "wasm-opt");
    // --low-memory-unused holds only while no data sits in the lowest 1 KB
    // (low-memory.mjs); a layout that put some there stops the build.
    const lowest = lowestDataAddress(readFileSync(wasmPath));
    if (lowest < LOW_MEMORY) {
      console.error(`finish-dist: ${wasm}: data at ${lowest}, below ${LOW_MEMORY}: --low-memory-unused would be wrong`);
      process.exit(1);
    }
    const opt = spawnSync(wasmOpt, ["-Oz", "--converge", "--low-memory-unused", wasmPath, "-o", wasmPath], { encoding: "utf8" });
    if (opt.status !== 0) {
      console.error(`finish-dist: ${wasmOpt} failed (run scripts/setup.sh):\n${opt.stderr ?? opt.error}`);
      process.exit(1);
    }
    console.log(`finish-dist: ${wasm}: removed ${pruned.removed.length} unused exports: ${pruned.removed.join(", ")}`);
    // After the optimiser, which keeps import and export names as they are.
    const acorn = createRequire(join(source, "build-tools", "package.json"))("acorn");
    const short = shortenNames(readFileSync(wasmPath), glueText, acorn);
    writeFileSync(wasmPath, short.wasm);
    glueText = short.glue;
    console.log(`finish-dist: ${wasm}: short names for ${short.imports} imports and ${short.exports} exports`);
  }
  writeFileSync(join(staging, glue), await shrink(glueText));
}
await finishModule(glue, wasm);
await finishModule(checkGlue, checkWasm);
// The reader's Wasm holds the built-in dataset as data/tiexi-2025.wire
// (made by tiexi-validate --write-wire), whose header holds the hash of the
// JSON it was made from (src/data/wire). One made from an older JSON stops
// the build here, so the widget never shows other data than the JSON. (Not
// in build.rs: a stopped native build could not run tiexi-validate to
// remake the file.)
const fnv1a = (bytes) => {
  let h = 0xcbf29ce484222325n;
  for (const b of bytes) h = BigInt.asUintN(64, (h ^ BigInt(b)) * 0x100000001b3n);
  return h;
};
const builtInWire = readFileSync(join(source, "data", "tiexi-2025.wire"));
const madeFrom = builtInWire.length >= 12 && builtInWire.subarray(0, 3).toString("latin1") === "TXW" ? builtInWire.readBigUInt64LE(4) : null;
if (madeFrom !== fnv1a(readFileSync(join(source, "data", "tiexi-2025.json")))) {
  console.error("finish-dist: data/tiexi-2025.wire was not made from the current data/tiexi-2025.json; run: cargo run --bin tiexi-validate -- data/tiexi-2025.json --write-wire data/tiexi-2025.wire");
  process.exit(1);
}

// Each module's files are named by a hash of both as shipped, so they can
// be cached forever: a name never stands for other bytes. Trunk's own hash
// (the reader's) is taken before this hook prunes, optimises and minifies,
// so a new wasm-opt or terser could ship other bytes under an old name,
// and a cache holding the old glue beside the new Wasm would break every
// host page. The checker (a Trunk "worker") has no hash at all.
function nameByContent(stem, glue, wasm) {
  const hash = createHash("sha256")
    .update(readFileSync(join(staging, glue)))
    .update(readFileSync(join(staging, wasm)))
    .digest("hex")
    .slice(0, 16);
  const named = { glue: `${stem}-${hash}.js`, wasm: `${stem}-${hash}_bg.wasm` };
  renameSync(join(staging, glue), join(staging, named.glue));
  renameSync(join(staging, wasm), join(staging, named.wasm));
  return named;
}
const reader = nameByContent("tiexi-infographic", glue, wasm);
const checker = nameByContent("tiexi-check", checkGlue, checkWasm);

const loader = readFileSync(join(source, "loader", "embed.js"), "utf8")
  // Functions, not strings: a "$" in a replacement string is a pattern.
  .replace("__TIEXI_CONTRACT__", () => JSON.stringify(loaderContract(join(source, "loader", "contract.json"))))
  .replace("__TIEXI_CHART_FONT__", () => JSON.stringify(chartFont(join(source, "style", "widget.css"))))
  .replace("__TIEXI_GLUE__", () => `./${reader.glue}`)
  .replace("__TIEXI_WASM__", () => `./${reader.wasm}`)
  .replace("__TIEXI_CHECK_GLUE__", () => `./${checker.glue}`)
  .replace("__TIEXI_CHECK_WASM__", () => `./${checker.wasm}`);
// A syntax error in the loader would silently leave every host page with
// only its fallback text: refuse to build instead.
const probe = join(mkdtempSync(join(tmpdir(), "tiexi-")), "embed.mjs");
writeFileSync(probe, loader);
const check = spawnSync(process.execPath, ["--check", probe], { encoding: "utf8" });
if (check.status !== 0) {
  console.error(`finish-dist: loader/embed.js does not parse:\n${check.stderr}`);
  process.exit(1);
}

writeFileSync(join(staging, "embed.js"), await shrink(loader));

// The height reservation hosts link before the loader runs (stable name,
// like embed.js).
const heights = JSON.parse(readFileSync(join(source, "loader", "reserved-heights.json"), "utf8"));
writeFileSync(join(staging, "embed.css"), reservedHeightsCss(heights, scriptRules(join(source, "loader", "contract.json"))));

// With inject_scripts = false Trunk leaves its rust link in the page; the
// demo embeds the widget through embed.js like any host, so drop the link.
const page = join(staging, "index.html");
const html = readFileSync(page, "utf8").replace(/<link[^>]*\brel="?rust"?[^>]*>\s*/g, "");
writeFileSync(page, html);
console.log(`finish-dist: embed.js -> ${reader.glue}, ${reader.wasm}; checker ${checker.glue}, ${checker.wasm}`);
