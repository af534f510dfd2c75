// Removes bindings the widget never uses from a release build's Wasm and
// its wasm-bindgen glue.
//
// Why: Leptos always builds server_fn's browser client, and with it the
// wasm-streams crate, whose #[wasm_bindgen] classes (IntoUnderlyingSource,
// IntoUnderlyingSink, IntoUnderlyingByteSource) are exported from the Wasm
// and the glue. An export is a root for every optimiser, so their code and
// everything it reaches shipped to every reader although the widget never
// streams anything (about 15 KB of Wasm). No Cargo feature turns them off.
//
// How: drop those classes from the glue, then repeat until nothing changes:
// remove every Wasm export the (dead-code-eliminated) glue no longer
// mentions, let binaryen remove what only they reached, and drop from the
// glue's import object every function the Wasm no longer imports. Each
// step only removes what the other side cannot reach, so the pair stays
// consistent by construction; the result is checked before it is written.
import { createRequire } from "node:module";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { edit, keepImports } from "./glue-edit.mjs";

/** Glue classes from wasm-streams that nothing in the widget creates. */
export const UNUSED_CLASSES = ["IntoUnderlyingByteSource", "IntoUnderlyingSink", "IntoUnderlyingSource"];

async function load(buildTools, name) {
  const resolved = createRequire(join(buildTools, "package.json")).resolve(name);
  const module = await import(pathToFileURL(resolved).href);
  return module.default ?? module;
}

/** Names of the Wasm exports the glue text reads (`wasm.name`). */
function readExports(code) {
  return new Set([...code.matchAll(/\bwasm\.([A-Za-z_$][\w$]*)/g)].map((m) => m[1]));
}

/**
 * Returns `{ wasm, glue, removed }`: the pruned Wasm bytes and glue text,
 * and the names of the exports removed. `buildTools` is the folder whose
 * node_modules hold binaryen, terser and acorn (build-tools/).
 */
export async function pruneBindings(wasmBytes, glueText, buildTools) {
  const [binaryen, { minify }, acorn] = await Promise.all([
    load(buildTools, "binaryen"),
    load(buildTools, "terser"),
    load(buildTools, "acorn"),
  ]);
  let glue = dropClasses(acorn, glueText);
  // The module keeps the features it declares: with every feature enabled,
  // wasm-opt picks encodings that are smaller raw but compress worse.
  const mod = binaryen.readBinary(wasmBytes);
  // Linked as .cargo/config.toml asks (build-tools/wasm-link.mjs), the
  // module holds none of the classes' code, and with it none of the stream
  // controllers' functions it imported. Linked otherwise (cargo run from
  // outside the repository, or a module left from an older build), it
  // would ship that code: stop instead.
  const streams = [...importNames(binaryen, mod)].filter((name) => /^__wbg_(enqueue|byobRequest|respond)_/.test(name));
  if (streams.length > 0) {
    mod.dispose();
    throw new Error(`prune-bindings: the Wasm still holds the wasm-streams classes' code (it imports ${streams.join(", ")}): it was not linked by build-tools/wasm-link.mjs; build with cargo from the repository`);
  }
  const removed = [];
  for (let round = 0; round < 10; round++) {
    // What the glue still reads once its own dead code is gone.
    const live = (await minify(glue, { module: true, compress: { passes: 2 }, mangle: false })).code;
    const wanted = readExports(live);
    const unused = exportNames(binaryen, mod).filter((name) => !wanted.has(name));
    if (unused.length === 0) break;
    for (const name of unused) mod.removeExport(name);
    removed.push(...unused);
    mod.runPasses(["remove-unused-module-elements"]);
    glue = keepImports(acorn, glue, importNames(binaryen, mod));
  }
  if (!mod.validate()) throw new Error("prune-bindings: the pruned Wasm does not validate");
  // The glue as it is checked and shipped: its dead functions (adapters of
  // the removed imports, which read removed exports) dropped.
  glue = (await minify(glue, { module: true, compress: { passes: 2 }, mangle: false, format: { comments: false } })).code;
  const wasm = mod.emitBinary();
  // Every export the glue reads must still be there.
  const left = new Set(exportNames(binaryen, mod));
  const missing = [...readExports(glue)].filter((name) => !left.has(name));
  mod.dispose();
  if (missing.length > 0) throw new Error(`prune-bindings: the glue reads removed exports: ${missing.join(", ")}`);
  // A class left half removed (wasm-bindgen writing it another way) would
  // fail only when run: refuse the build instead.
  const leftOver = UNUSED_CLASSES.filter((c) => new RegExp(`\\b${c}\\b`).test(glue));
  if (leftOver.length > 0) throw new Error(`prune-bindings: the glue still names ${leftOver.join(", ")}`);
  return { wasm, glue, removed };
}

/** A binaryen module's exports, as `binaryen.getExportInfo` gives them
 * (name, kind, value). Shared with build-tools/wasm-link.mjs. */
export function exportInfos(binaryen, mod) {
  const infos = [];
  for (let i = 0; i < mod.getNumExports(); i++) infos.push(binaryen.getExportInfo(mod.getExportByIndex(i)));
  return infos;
}

function exportNames(binaryen, mod) {
  return exportInfos(binaryen, mod).map((info) => info.name);
}

/** The names of a binaryen module's imported functions. */
export function importNames(binaryen, mod) {
  const names = new Set();
  for (let i = 0; i < mod.getNumFunctions(); i++) {
    const info = binaryen.getFunctionInfo(mod.getFunctionByIndex(i));
    if (info.module) names.add(info.base);
  }
  return names;
}

/**
 * The glue without the unused classes: their `export class`, their
 * finalization registry and their `Symbol.dispose` alias.
 */
function dropClasses(acorn, code) {
  const ast = acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" });
  const names = new Set(UNUSED_CLASSES);
  const mentions = (node) => {
    const text = code.slice(node.start, node.end);
    return UNUSED_CLASSES.some((c) => new RegExp(`^(if \\(Symbol\\.dispose\\) ${c}\\.prototype\\b|const ${c}Finalization\\b)`).test(text));
  };
  const edits = [];
  for (const node of ast.body) {
    const declared = node.type === "ExportNamedDeclaration" && node.declaration?.type === "ClassDeclaration" && node.declaration.id.name;
    if ((declared && names.has(declared)) || mentions(node)) edits.push([node.start, node.end, ""]);
  }
  return edit(code, edits);
}
