// Gives the Wasm's imports and exports one- or two-letter names, in the
// Wasm and in its glue alike.
//
// Why: wasm-bindgen names each import after the JavaScript it calls plus a
// 16-digit hex hash (`__wbg_appendChild_dbf7ad2f48413560`), the module
// they come from is `./tiexi-infographic_bg.js` once per import, and the
// closure adapters it exports carry Rust's symbol hashes. Both files spell
// every name out, and random hex does not compress: about 5 KB brotli of
// every reader's download named things only the glue and the Wasm see.
//
// How: a new name for each import, for the import module, and for each
// export but `memory` (which callers of the glue's `default()` read, as
// the benchmark and the hosting test do). The Wasm's import and export
// sections are rewritten byte for byte, every other section is copied as
// it is; in the glue, the import object's keys, the module's key and every
// `wasm.<export>` read are renamed through its syntax tree, and functions
// the Wasm no longer imports leave the import object. The build is
// refused if the glue still reaches any old name by a key, a property
// read of any object, or a string.

import { edit, keepImports, visitNodes } from "./glue-edit.mjs";

/** Exports that keep their names: read through the glue's public API. */
const KEPT_EXPORTS = new Set(["memory"]);

/** The n-th short name: a–z, A–Z, then two letters. */
export function shortName(n) {
  const letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  const base = letters.length;
  if (n < base) return letters[n];
  n -= base;
  if (n >= base * base) throw new Error("short-names: more than 2,756 names");
  return letters[Math.floor(n / base)] + letters[n % base];
}

/**
 * Returns `{ wasm, glue, imports, exports }`: the renamed Wasm bytes and
 * glue text, and how many imports and exports were renamed. `acorn` is the
 * parser from build-tools/.
 */
export function shortenNames(wasmBytes, glueText, acorn) {
  const sections = readSections(wasmBytes);
  const importSection = sections.find((s) => s.id === IMPORT_SECTION);
  const exportSection = sections.find((s) => s.id === EXPORT_SECTION);
  const imports = importSection ? readImports(importSection.body) : [];
  const exports = exportSection ? readExports(exportSection.body) : [];

  const modules = new Map();
  for (const imp of imports) if (!modules.has(imp.module)) modules.set(imp.module, shortName(modules.size));
  // Import names are looked up per module, so one counter per module.
  const importNames = new Map();
  const perModule = new Map();
  for (const imp of imports) {
    const key = `${imp.module}\u0000${imp.name}`;
    if (importNames.has(key)) continue;
    const n = perModule.get(imp.module) ?? 0;
    perModule.set(imp.module, n + 1);
    importNames.set(key, shortName(n));
  }
  const exportNames = new Map();
  let next = 0;
  for (const exp of exports) {
    if (KEPT_EXPORTS.has(exp.name)) continue;
    let name;
    do name = shortName(next++);
    while (KEPT_EXPORTS.has(name));
    exportNames.set(exp.name, name);
  }

  const glue = renameInGlue(acorn, glueText, {
    modules,
    // The glue's import object is keyed by name alone; wasm-bindgen puts
    // every function in one module, which the check below relies on.
    imports: new Map([...importNames].map(([key, short]) => [key.split("\u0000")[1], short])),
    exports: exportNames,
  });
  if (modules.size > 1) throw new Error(`short-names: imports from ${modules.size} modules, the glue has one import object`);

  const out = sections.map((s) => {
    if (s === importSection) return section(s.id, writeImports(imports, modules, importNames));
    if (s === exportSection) return section(s.id, writeExports(exports, exportNames));
    return s.raw;
  });
  const wasm = Buffer.concat([wasmBytes.subarray(0, 8), ...out]);
  return { wasm, glue, imports: importNames.size, exports: exportNames.size };
}

const IMPORT_SECTION = 2;
const EXPORT_SECTION = 7;

/** The module's sections: `{ id, body, raw }` each, in order. */
export function readSections(bytes) {
  if (bytes.readUInt32LE(0) !== 0x6d736100) throw new Error("short-names: not a Wasm module");
  const sections = [];
  let at = 8;
  while (at < bytes.length) {
    const start = at;
    const id = bytes[at++];
    const [size, after] = leb(bytes, at);
    at = after + size;
    sections.push({ id, body: bytes.subarray(after, at), raw: bytes.subarray(start, at) });
  }
  return sections;
}

/** An unsigned LEB128 at `at`: `[value, offset after it]`. */
export function leb(bytes, at) {
  let value = 0;
  let shift = 0;
  for (;;) {
    const byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(byte & 0x80)) return [value, at];
  }
}

function writeLeb(value) {
  const out = [];
  do {
    let byte = value % 128;
    value = Math.floor(value / 128);
    if (value > 0) byte |= 0x80;
    out.push(byte);
  } while (value > 0);
  return Buffer.from(out);
}

function writeName(text) {
  const bytes = Buffer.from(text, "utf8");
  return Buffer.concat([writeLeb(bytes.length), bytes]);
}

/** A length-prefixed UTF-8 name at `at`: `[text, offset after it]`. */
export function readName(body, at) {
  const [length, after] = leb(body, at);
  return [body.subarray(after, after + length).toString("utf8"), after + length];
}

function section(id, body) {
  return Buffer.concat([Buffer.from([id]), writeLeb(body.length), body]);
}

/** Each import's module, name and description bytes (kept as they are). */
function readImports(body) {
  const [count, first] = leb(body, 0);
  const imports = [];
  let at = first;
  for (let i = 0; i < count; i++) {
    let module, name;
    [module, at] = readName(body, at);
    [name, at] = readName(body, at);
    const start = at;
    const kind = body[at++];
    if (kind === 0) at = leb(body, at)[1]; // function: type index
    else if (kind === 1) at = limits(body, at + 1); // table: element type, limits
    else if (kind === 2) at = limits(body, at); // memory: limits
    else if (kind === 3) at += 2; // global: value type, mutability
    else if (kind === 4) at = leb(body, at + 1)[1]; // tag: attribute, type index
    else throw new Error(`short-names: import of unknown kind ${kind}`);
    imports.push({ module, name, description: body.subarray(start, at) });
  }
  if (at !== body.length) throw new Error("short-names: the import section has bytes past its imports");
  return imports;
}

/** Past a limits entry (flags, minimum, maximum if flagged). */
function limits(body, at) {
  const flags = body[at++];
  at = leb(body, at)[1];
  if (flags & 1) at = leb(body, at)[1];
  return at;
}

function writeImports(imports, modules, names) {
  const parts = [writeLeb(imports.length)];
  for (const imp of imports) {
    parts.push(writeName(modules.get(imp.module)), writeName(names.get(`${imp.module}\u0000${imp.name}`)), imp.description);
  }
  return Buffer.concat(parts);
}

function readExports(body) {
  const [count, first] = leb(body, 0);
  const exports = [];
  let at = first;
  for (let i = 0; i < count; i++) {
    let name;
    [name, at] = readName(body, at);
    const start = at;
    at = leb(body, at + 1)[1]; // kind, index
    exports.push({ name, description: body.subarray(start, at) });
  }
  if (at !== body.length) throw new Error("short-names: the export section has bytes past its exports");
  return exports;
}

function writeExports(exports, names) {
  const parts = [writeLeb(exports.length)];
  for (const exp of exports) parts.push(writeName(names.get(exp.name) ?? exp.name), exp.description);
  return Buffer.concat(parts);
}

/**
 * The glue with the import object's keys, the module's key and every
 * `wasm.<export>` renamed. Refused if an old name is left anywhere in it.
 */
function renameInGlue(acorn, code, { modules, imports, exports }) {
  const renames = new Map([...imports, ...modules]);
  // The import object may still hold functions the optimiser has since
  // stopped importing: they go first.
  code = keepImports(acorn, code, new Set(imports.keys()));
  const edits = [];
  walk(acorn, code, {
    key(prop, name) {
      if (renames.has(name)) edits.push([prop.key.start, prop.key.end, JSON.stringify(renames.get(name))]);
    },
    member(member) {
      const short = member.object.type === "Identifier" && member.object.name === "wasm" && exports.get(member.property.name);
      if (short) edits.push([member.property.start, member.property.end, short]);
    },
  });
  code = edit(code, edits);
  // A name reached another way (a string, a computed read) would fail only
  // when run: refuse the build instead. Whatever still names an old
  // import, module or export, in any string or read, is such a way.
  const left = new Set();
  walk(acorn, code, {
    key(_prop, name) {
      if (renames.has(name)) left.add(name);
    },
    // Of any object: the exports reached under another variable too.
    member(member) {
      if (exports.has(member.property.name)) left.add(member.property.name);
    },
    literal(text) {
      if (renames.has(text) || exports.has(text)) left.add(text);
    },
  });
  if (left.size > 0) throw new Error(`short-names: the glue still reaches ${[...left].slice(0, 5).join(", ")}`);
  return code;
}

/**
 * Visits the glue's object keys (`key`), its `object.name` reads (`member`)
 * and its string literals (`literal`).
 */
function walk(acorn, code, { key, member, literal = () => {} }) {
  visitNodes(acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" }), (node) => {
    if (node.type === "Property" && !node.computed && !node.shorthand) key(node, node.key.name ?? node.key.value);
    else if (node.type === "MemberExpression" && !node.computed && node.property.type === "Identifier") member(node);
    else if (node.type === "Literal" && typeof node.value === "string") literal(node.value);
  });
}
