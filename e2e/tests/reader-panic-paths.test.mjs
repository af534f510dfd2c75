// The reader's Wasm must not link core's panic message for slicing a str
// at a byte inside a character ("byte index 5 is not a char boundary; it
// is inside 'é' ..."): it formats the character with Debug, which brings
// core's escaping code and Unicode tables, about 4 KB brotli for every
// reader (BENCHMARKS.md, #16's sixth round). Any `&text[a..b]`,
// `str::replace` or search for a `&str` pattern in the reader's code
// brings it back; use `str::get` and `text_rules::fill_in` instead. The
// checker (validation, only for a page's own data) may keep it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../lib/fixture.mjs";

const MESSAGE = "is not a char boundary";

test("the reader's Wasm carries no str-slicing panic message; the checker's shows the probe finds one", { skip: !existsSync(DIST) && "no dist/" }, () => {
  const files = readdirSync(DIST);
  const reader = files.find((f) => /^tiexi-infographic-[0-9a-f]+_bg\.wasm$/.test(f));
  const checker = files.find((f) => /^tiexi-check-[0-9a-f]+_bg\.wasm$/.test(f));
  assert.ok(reader && checker, files.join(", "));
  assert.ok(readFileSync(join(DIST, checker)).includes(MESSAGE), "the probe finds the message where it is linked");
  assert.equal(readFileSync(join(DIST, reader)).includes(MESSAGE), false, `${reader} links core's str-slicing panic message`);
});
