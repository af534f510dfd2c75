// loader/short-names.mjs: the Wasm's imports and exports renamed in the
// Wasm and its glue alike, checked on a small module made here (and on the
// built one, when dist/ has it); a glue that reaches an old name another
// way is refused rather than shipped broken.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT, DIST } from "../lib/fixture.mjs";
import { shortenNames, shortName } from "../../loader/short-names.mjs";

const tools = createRequire(join(ROOT, "build-tools", "package.json"));
const acorn = tools("acorn");

const MODULE = "./tiny_bg.js";
const IMPORT = "__wbg_log_0123456789abcdef";
const EXPORT = "widget_new";
// In the glue's import object, but not imported by the Wasm (any more).
const GONE = "__wbg_gone_fedcba9876543210";

// A module importing one function and exporting one function and its memory.
async function tinyModule() {
  const binaryen = (await import(tools.resolve("binaryen"))).default;
  const mod = new binaryen.Module();
  mod.setMemory(1, 1, "memory");
  mod.addFunctionImport("log", MODULE, IMPORT, binaryen.i32, binaryen.none);
  mod.addFunction("make", binaryen.none, binaryen.none, [], mod.call("log", [mod.i32.const(7)], binaryen.none));
  mod.addFunctionExport("make", EXPORT);
  assert.ok(mod.validate());
  const bytes = Buffer.from(mod.emitBinary());
  mod.dispose();
  return bytes;
}

const GLUE = `let wasm;
function imports() {
  const i = { __proto__: null, ${IMPORT}: function (n) { globalThis.logged = n; }, ${GONE}: function () {} };
  return { __proto__: null, "${MODULE}": i };
}
export async function run(bytes) {
  const { instance } = await WebAssembly.instantiate(bytes, imports());
  wasm = instance.exports;
  wasm.${EXPORT}();
  return wasm.memory.buffer.byteLength;
}`;

async function load(glue) {
  return import(`data:text/javascript;base64,${Buffer.from(glue).toString("base64")}`);
}

test("short names: 52 letters, then two", () => {
  assert.deepEqual([0, 25, 26, 51, 52, 53, 104].map(shortName), ["a", "z", "A", "Z", "aa", "ab", "ba"]);
  assert.throws(() => shortName(52 + 52 * 52), /more than/);
});

test("a renamed module and glue still work together, under the new names", async () => {
  const wasm = await tinyModule();
  assert.equal((await (await load(GLUE)).run(wasm)), 65536, "the original pair runs");
  globalThis.logged = undefined;
  const out = shortenNames(wasm, GLUE, acorn);
  assert.deepEqual([out.imports, out.exports], [1, 1]);
  const compiled = new WebAssembly.Module(out.wasm);
  assert.deepEqual(WebAssembly.Module.imports(compiled).map((i) => [i.module, i.name]), [["a", "a"]]);
  assert.deepEqual(WebAssembly.Module.exports(compiled).map((e) => e.name).sort(), ["a", "memory"]);
  for (const old of [IMPORT, MODULE, EXPORT, GONE]) assert.ok(!out.glue.includes(old), `${old} left in ${out.glue}`);
  assert.equal(await (await load(out.glue)).run(out.wasm), 65536);
  assert.equal(globalThis.logged, 7, "the import was called through its new name");
});

test("a glue that reaches an old name another way is refused", async () => {
  const wasm = await tinyModule();
  for (const glue of [
    GLUE.replace(`wasm.${EXPORT}()`, `wasm["${EXPORT}"]()`),
    GLUE.replace(`wasm.${EXPORT}()`, `const w = wasm; w.${EXPORT}()`),
    `${GLUE}\nexport const name = "${IMPORT}";`,
  ]) {
    assert.throws(() => shortenNames(wasm, glue, acorn), /still reaches/, glue);
  }
});

test("the built widget ships short names only", { skip: !existsSync(DIST) && "no dist/" }, () => {
  const files = readdirSync(DIST);
  const wasm = files.find((f) => /^tiexi-infographic-[0-9a-f]+_bg\.wasm$/.test(f));
  const glue = files.find((f) => /^tiexi-infographic-[0-9a-f]+\.js$/.test(f));
  if (!wasm || !glue) return; // a debug build (trunk serve) keeps the long names
  const compiled = new WebAssembly.Module(readFileSync(join(DIST, wasm)));
  const names = [...WebAssembly.Module.imports(compiled).flatMap((i) => [i.module, i.name]), ...WebAssembly.Module.exports(compiled).map((e) => e.name)];
  const long = names.filter((n) => n.length > 2 && n !== "memory");
  assert.deepEqual(long, []);
  assert.doesNotMatch(readFileSync(join(DIST, glue), "utf8"), /__wbg_[A-Za-z]+_[0-9a-f]{16}/);
});
