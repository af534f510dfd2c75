#!/usr/bin/env node
// The linker of every Wasm build (.cargo/config.toml): rust-lld as rustc
// asks, except that an optimised link leaves out the wasm-streams classes
// Leptos's server_fn exports.
//
// Why: loader/prune-bindings.mjs removes those exports after wasm-bindgen,
// but by then the linker has laid out their futures' vtables in the data
// and put every function those vtables name in the function table. No
// optimiser can tell which table entries a vtable in memory still uses, so
// their code (wasm-streams, `future_to_promise` and what they call: 14 KB
// of the reader's Wasm, 4.3 KB brotli) stayed in every download although
// nothing reaches it. Only the linker can drop it: without the exports as
// roots, its garbage collection removes the vtables and the table entries
// with them.
//
// How: link once as asked, for the type of each of those exports; link
// again without them; then give the second module, for each export left
// out, a function of the same type whose body traps. wasm-bindgen needs an
// export for every class method it has a description of, and writes its
// glue as before; for the reader and the checker, prune-bindings.mjs then
// removes that glue and these exports as it removed the real ones. (The
// editor's build is not pruned: its glue keeps the classes, which nothing
// creates, and whose methods would trap.) A module that still imports a
// browser function for one of the classes has code that builds one: the
// link stops rather than ship a trap. Debug and test builds, and builds
// with debug information (whose addresses rewriting the module would
// falsify), are linked as asked.
import { spawnSync } from "node:child_process";
import { readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { exportInfos, importNames } from "../loader/prune-bindings.mjs";
import { readName, readSections } from "../loader/short-names.mjs";
import { expandResponseFiles, optimised, responseFile, withoutUnwanted } from "./link-arguments.mjs";

class LinkError extends Error {}

// rustc puts its own rust-lld first on the linker's PATH: the one it would
// have run itself. Through a response file when rustc used one (the
// command line was too long); lld reads `-flavor` only before it.
function link(args, viaFile) {
  const flavor = args[0] === "-flavor" ? args.slice(0, 2) : [];
  const command = viaFile ? [...flavor, responseFile(args.slice(flavor.length), viaFile)] : args;
  const run = spawnSync("rust-lld", command, { stdio: "inherit" });
  if (viaFile) rmSync(viaFile, { force: true });
  if (run.error) throw new LinkError(`wasm-link: cannot run rust-lld: ${run.error.message}`);
  if (run.status !== 0) throw new LinkError(""); // lld has said why
}

// binaryen.js is an ES module with top-level await: imported, not required.
async function loadBinaryen() {
  let found;
  try {
    found = createRequire(import.meta.url).resolve("binaryen");
  } catch {
    throw new LinkError("wasm-link: binaryen is not installed in build-tools/ (run scripts/setup.sh)");
  }
  const module = await import(pathToFileURL(found).href);
  return module.default ?? module;
}

/** The names of a Wasm module's custom sections, read from its bytes. */
function customSections(bytes) {
  return readSections(bytes)
    .filter((section) => section.id === 0)
    .map(({ body }) => readName(body, 0)[0]);
}

/** Adds to `slim` a trapping function for every function export of
 * `withStreams` that `slim` lacks, of the same type; returns how many. */
function addTraps(binaryen, withStreams, slim) {
  const present = new Set(exportInfos(binaryen, slim).map((info) => info.name));
  let added = 0;
  for (const { name, kind, value } of exportInfos(binaryen, withStreams)) {
    if (present.has(name) || kind !== binaryen.ExternalFunction) continue;
    const type = binaryen.getFunctionInfo(withStreams.getFunction(value));
    slim.addFunction(`trap$${name}`, type.params, type.results, [], slim.unreachable());
    slim.addFunctionExport(`trap$${name}`, name);
    added++;
  }
  return added;
}

/** Imports of `mod` that only code making one of the classes calls. */
function classImports(binaryen, mod) {
  return [...importNames(binaryen, mod)].filter((name) => /into_?underlying/i.test(name));
}

async function main() {
  const given = process.argv.slice(2);
  const args = expandResponseFiles(given);
  const viaFile = given.some((a) => a.startsWith("@"));
  const outAt = args.indexOf("-o");
  const { kept, leftOut } = withoutUnwanted(args);
  if (!optimised(args) || leftOut.length === 0 || outAt < 0) return link(args, viaFile && `${args[outAt + 1] ?? "wasm-link"}.arguments`);
  const binaryen = await loadBinaryen();
  const outPath = args[outAt + 1];
  const withStreamsPath = `${outPath}.with-streams.wasm`;
  try {
    const asked = [...args];
    asked[outAt + 1] = withStreamsPath;
    link(asked, viaFile && `${outPath}.arguments`);
    const withStreamsBytes = readFileSync(withStreamsPath);
    if (customSections(withStreamsBytes).some((name) => name.startsWith(".debug_"))) {
      renameSync(withStreamsPath, outPath);
      return;
    }
    link(kept, viaFile && `${outPath}.arguments`);
    binaryen.setDebugInfo(true); // keep the name section as the linker wrote it
    const withStreams = binaryen.readBinary(withStreamsBytes);
    const slim = binaryen.readBinary(readFileSync(outPath));
    try {
      const making = classImports(binaryen, slim);
      if (making.length > 0) {
        throw new LinkError(`wasm-link: code that builds a wasm-streams class is linked (it imports ${making.join(", ")}); its methods would be left out. Remove build-tools/wasm-link.mjs from .cargo/config.toml, or that code`);
      }
      const added = addTraps(binaryen, withStreams, slim);
      if (added !== leftOut.length) throw new LinkError(`wasm-link: ${leftOut.length} exports left out but ${added} stand-ins added`);
      if (!slim.validate()) throw new LinkError("wasm-link: the module with stand-ins does not validate");
      writeFileSync(outPath, slim.emitBinary());
    } finally {
      withStreams.dispose();
      slim.dispose();
    }
  } catch (error) {
    rmSync(outPath, { force: true });
    throw error;
  } finally {
    rmSync(withStreamsPath, { force: true });
  }
}

try {
  await main();
} catch (error) {
  if (error.message) console.error(error instanceof LinkError ? error.message : error);
  process.exit(1);
}
