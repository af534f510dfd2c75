// build-tools/wasm-link.mjs, the linker of every Wasm build: an optimised
// link leaves out the wasm-streams classes server_fn exports (and with them
// their code and the browser functions only it called), and gives each
// export left out a stand-in of the same type that traps, for wasm-bindgen.
// Checked on rustc-like arguments (response files too), on the reader's
// linked module when the release build has made it, and through
// prune-bindings.mjs, which refuses a module linked otherwise.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { ROOT } from "../lib/fixture.mjs";

const { expandResponseFiles, optimised, responseFile, withoutUnwanted } = await import(pathToFileURL(join(ROOT, "build-tools", "link-arguments.mjs")).href);
const { exportInfos, importNames, pruneBindings } = await import(pathToFileURL(join(ROOT, "loader", "prune-bindings.mjs")).href);
const tools = createRequire(join(ROOT, "build-tools", "package.json"));
const binaryen = (await import(pathToFileURL(tools.resolve("binaryen")).href)).default;

const HASH = "58a9338f50bce61c";

test("only the classes' exports are left out, in either spelling", () => {
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
  const { kept, leftOut } = withoutUnwanted(args);
  assert.deepEqual(leftOut, [`intounderlyingsink_write_${HASH}`, `__wbg_intounderlyingsource_free_${HASH}`, `intounderlyingbytesource_pull_${HASH}`]);
  assert.deepEqual(kept, [
    "-flavor", "wasm",
    "--export", `__wbindgen_describe_intounderlyingsink_write_${HASH}`,
    "--export", `widget_new_${HASH}`,
    "--export=__heap_base",
    "-o", "out.wasm", "-O2",
  ]);
});

test("debug and test builds are linked as asked; opt-level s and z reach the linker as -O2", () => {
  assert.equal(optimised(["-O0", "-o", "x.wasm"]), false);
  assert.equal(optimised(["-o", "x.wasm"]), false);
  assert.equal(optimised(["-O1"]), true);
  assert.equal(optimised(["-O2"]), true);
});

test("a response file is read and written as rustc writes one (a backslash before each backslash and space)", () => {
  const dir = mkdtempSync(join(tmpdir(), "wasm-link-"));
  try {
    const args = ["-flavor", "wasm", "--export", `widget_new_${HASH}`, "/a dir/with space/lib.rlib", "C:\\odd\\path", "-O2"];
    const at = responseFile(args, join(dir, "arguments"));
    assert.equal(readFileSync(join(dir, "arguments"), "utf8").split("\n")[4], "/a\\ dir/with\\ space/lib.rlib");
    assert.deepEqual(expandResponseFiles(["-flavor", at]), ["-flavor", ...args]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

// A module as wasm-bindgen writes one: `imports` imported from the glue,
// one export, its memory.
function moduleImporting(imports) {
  const mod = new binaryen.Module();
  mod.setMemory(1, 1, "memory");
  for (const name of imports) mod.addFunctionImport(name, "./tiny_bg.js", name, binaryen.none, binaryen.none);
  mod.addFunction("make", binaryen.none, binaryen.none, [], mod.nop());
  mod.addFunctionExport("make", "widget_new");
  assert.ok(mod.validate());
  const bytes = mod.emitBinary();
  mod.dispose();
  return bytes;
}

test("prune-bindings refuses a module still holding the classes' code (linked without wasm-link)", async () => {
  const glue = "export function make() { wasm.widget_new(); }\n";
  const linkedHere = moduleImporting(["__wbg_log_0123456789abcdef"]);
  assert.ok((await pruneBindings(linkedHere, glue, join(ROOT, "build-tools"))).wasm.length > 0);
  const linkedElsewhere = moduleImporting([`__wbg_enqueue_${HASH}`]);
  await assert.rejects(pruneBindings(linkedElsewhere, glue, join(ROOT, "build-tools")), /not linked by build-tools\/wasm-link\.mjs/);
});

const TARGET = process.env.CARGO_TARGET_DIR || join(ROOT, "target");
const LINKED = join(TARGET, "wasm32-unknown-unknown", "release", "tiexi_infographic.wasm");

test("the reader's linked module has trapping stand-ins for the classes and none of their code", { skip: !existsSync(LINKED) && "no release build in the target folder" }, () => {
  const mod = binaryen.readBinary(readFileSync(LINKED));
  try {
    const classes = exportInfos(binaryen, mod).filter((e) => /^(__wbg_)?intounderlying/.test(e.name));
    assert.ok(classes.length >= 10, `the classes' methods are still exported for wasm-bindgen: ${classes.map((e) => e.name)}`);
    for (const e of classes) {
      const body = binaryen.getFunctionInfo(mod.getFunction(e.value)).body;
      assert.equal(binaryen.getExpressionId(body), binaryen.UnreachableId, `${e.name} is a stand-in that traps`);
    }
    // The stream controllers' functions were imported only by that code.
    const imports = [...importNames(binaryen, mod)];
    assert.ok(imports.some((name) => name.startsWith("__wbg_")), "the module imports browser functions");
    assert.deepEqual(imports.filter((name) => /^__wbg_(enqueue|byobRequest|respond)_/.test(name)), [], "no stream controller function is imported");
  } finally {
    mod.dispose();
  }
});
