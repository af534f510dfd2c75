#!/usr/bin/env node
// The linker of every wasm32-unknown-unknown build (.cargo/config.toml):
// rust-lld as rustc asks, except that an optimised build leaves out the
// wasm-streams classes that Leptos's server_fn exports.
//
// Why: loader/prune-bindings.mjs removes those exports after wasm-bindgen,
// but by then the linker has laid out their futures' vtables in the data
// and put every function those vtables name in the function table. No
// optimiser can tell which table entries a vtable in memory still uses, so
// about 15 KB of their code (wasm-streams, `future_to_promise` and what
// they call) stayed in every reader's download although nothing can reach
// it. Only the linker can drop them: without the exports as roots, its
// garbage collection removes the vtables and the table entries with them.
//
// How: link once as asked, for the type of each of those exports; link
// again without them; then give the second module, for each missing
// export, a function of the same type whose body traps. wasm-bindgen needs
// an export for every class method it has a description of, and writes
// its glue as before; prune-bindings.mjs then removes the classes' glue and
// these exports as it removed the real ones, so the stubs never ship (and
// could only trap if something called a class nothing creates). Debug and
// test builds (no -O, or -O0) are linked exactly as asked.
import { spawnSync, execFileSync } from "node:child_process";
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";

/** The exports left out: wasm-streams's IntoUnderlyingByteSource,
 * IntoUnderlyingSink and IntoUnderlyingSource, their methods and their
 * destructors (not the descriptions wasm-bindgen reads). */
export const UNWANTED = /^(__wbg_)?intounderlying(bytesource|sink|source)_/;

/** rustc's arguments without `--export NAME` (or `--export=NAME`) for the
 * unwanted names; also returns the names left out. */
export function withoutUnwanted(args) {
  const kept = [];
  const left = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--export" && i + 1 < args.length && UNWANTED.test(args[i + 1])) {
      left.push(args[++i]);
    } else if (a.startsWith("--export=") && UNWANTED.test(a.slice(9))) {
      left.push(a.slice(9));
    } else {
      kept.push(a);
    }
  }
  return { kept, left };
}

/** True for an optimised link (rustc passes -O1…-O3 or -Os/-Oz). */
export function optimised(args) {
  return args.some((a) => /^-O[1-9sz]$/.test(a));
}

function rustLld() {
  const sysroot = execFileSync("rustc", ["--print", "sysroot"], { encoding: "utf8" }).trim();
  const host = /^host: (\S+)$/m.exec(execFileSync("rustc", ["-vV"], { encoding: "utf8" }))[1];
  return join(sysroot, "lib", "rustlib", host, "bin", "rust-lld");
}

function link(lld, args) {
  const run = spawnSync(lld, args, { stdio: "inherit" });
  if (run.status !== 0) process.exit(run.status ?? 1);
}

// binaryen.js is an ES module with top-level await: imported, not required.
async function binaryenOrNull() {
  try {
    const found = createRequire(import.meta.url).resolve("binaryen");
    const module = await import(pathToFileURL(found).href);
    return module.default ?? module;
  } catch {
    return null;
  }
}

/** Adds to the module at `out` a trapping function for every function
 * export of the module at `full` that `out` lacks, of the same type. */
function addStubs(binaryen, full, out) {
  binaryen.setDebugInfo(true); // keep the name section as the linker wrote it
  const whole = binaryen.readBinary(readFileSync(full));
  const slim = binaryen.readBinary(readFileSync(out));
  const exports = (mod) => {
    const found = new Map();
    for (let i = 0; i < mod.getNumExports(); i++) {
      const info = binaryen.getExportInfo(mod.getExportByIndex(i));
      found.set(info.name, info);
    }
    return found;
  };
  const present = exports(slim);
  let added = 0;
  for (const [name, info] of exports(whole)) {
    if (present.has(name) || info.kind !== binaryen.ExternalFunction) continue;
    const type = binaryen.getFunctionInfo(whole.getFunction(info.value));
    slim.addFunction(`unused$${name}`, type.params, type.results, [], slim.unreachable());
    slim.addFunctionExport(`unused$${name}`, name);
    added++;
  }
  if (!slim.validate()) throw new Error("wasm-link: the module with stubs does not validate");
  writeFileSync(out, slim.emitBinary());
  whole.dispose();
  slim.dispose();
  return added;
}

async function main() {
  const args = process.argv.slice(2);
  const lld = rustLld();
  const { kept, left } = withoutUnwanted(args);
  const outAt = args.indexOf("-o");
  const binaryen = optimised(args) && left.length > 0 && outAt >= 0 ? await binaryenOrNull() : null;
  if (!binaryen) {
    if (optimised(args) && left.length > 0) {
      console.warn("wasm-link: binaryen is not installed (scripts/setup.sh installs build-tools/); linking as asked, about 4 KB heavier");
    }
    return link(lld, args);
  }
  const out = args[outAt + 1];
  const full = `${out}.with-streams.wasm`;
  const asked = [...args];
  asked[outAt + 1] = full;
  link(lld, asked);
  link(lld, kept);
  try {
    const added = addStubs(binaryen, full, out);
    if (added !== left.length) throw new Error(`wasm-link: ${left.length} exports left out but ${added} stubs added`);
  } finally {
    rmSync(full, { force: true });
  }
}

// Run as the linker; imported (by a test), only the helpers.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) await main();
