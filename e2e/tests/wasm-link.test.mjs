// build-tools/wasm-link.mjs, the linker of every Wasm build: an optimised
// link leaves out the wasm-streams classes server_fn exports (and with them
// their code and the browser functions only it called), and gives each
// left-out export a stub of the same type for wasm-bindgen. Checked on
// rustc-like arguments, and on the reader's linked module when the release
// build has made it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../lib/fixture.mjs";
import { optimised, withoutUnwanted } from "../../build-tools/wasm-link.mjs";

const HASH = "58a9338f50bce61c";

test("only the wasm-streams classes' exports are left out, in either spelling", () => {
  const args = [
    "-flavor", "wasm",
    "--export", `intounderlyingsink_write_${HASH}`,
    "--export", `__wbg_intounderlyingsource_free_${HASH}`,
    `--export=intounderlyingbytesource_pull_${HASH}`,
    // wasm-bindgen reads these descriptions: they stay.
    "--export", `__wbindgen_describe_intounderlyingsink_write_${HASH}`,
    "--export", `widget_new_${HASH}`,
    "--export=__heap_base",
    "-o", "out.wasm", "-O2",
  ];
  const { kept, left } = withoutUnwanted(args);
  assert.deepEqual(left, [`intounderlyingsink_write_${HASH}`, `__wbg_intounderlyingsource_free_${HASH}`, `intounderlyingbytesource_pull_${HASH}`]);
  assert.deepEqual(kept, [
    "-flavor", "wasm",
    "--export", `__wbindgen_describe_intounderlyingsink_write_${HASH}`,
    "--export", `widget_new_${HASH}`,
    "--export=__heap_base",
    "-o", "out.wasm", "-O2",
  ]);
});

test("debug and test builds are linked as asked", () => {
  assert.equal(optimised(["-O0", "-o", "x.wasm"]), false);
  assert.equal(optimised(["-o", "x.wasm"]), false);
  assert.equal(optimised(["-O2"]), true);
  assert.equal(optimised(["-Oz"]), true);
});

const LINKED = join(ROOT, "target", "wasm32-unknown-unknown", "release", "tiexi_infographic.wasm");

test("the reader's linked module has stubs for the classes and none of their code", { skip: !existsSync(LINKED) && "no release build in target/" }, async () => {
  const tools = createRequire(join(ROOT, "build-tools", "package.json"));
  const binaryen = (await import(tools.resolve("binaryen"))).default;
  const mod = binaryen.readBinary(readFileSync(LINKED));
  try {
    const exports = [];
    for (let i = 0; i < mod.getNumExports(); i++) exports.push(binaryen.getExportInfo(mod.getExportByIndex(i)));
    const classes = exports.filter((e) => /^(__wbg_)?intounderlying/.test(e.name));
    assert.ok(classes.length >= 10, `the classes' methods are still exported for wasm-bindgen: ${classes.map((e) => e.name)}`);
    for (const e of classes) {
      const body = binaryen.getFunctionInfo(mod.getFunction(e.value)).body;
      assert.equal(binaryen.getExpressionId(body), binaryen.UnreachableId, `${e.name} is a stub that traps`);
    }
    // The stream controllers' functions were imported only by that code.
    const imports = [];
    for (let i = 0; i < mod.getNumFunctions(); i++) {
      const f = binaryen.getFunctionInfo(mod.getFunctionByIndex(i));
      if (f.module) imports.push(f.base);
    }
    assert.ok(imports.some((name) => name.startsWith("__wbg_")), "the module imports browser functions");
    const streams = imports.filter((name) => /^__wbg_(enqueue|byobRequest|respond)_/.test(name));
    assert.deepEqual(streams, [], "no stream controller function is imported");
  } finally {
    mod.dispose();
  }
});
