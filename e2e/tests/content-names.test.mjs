// loader/finish-dist.mjs names each module's glue and Wasm by a hash of
// both as shipped, so hosts and CDNs may cache them forever: a name must
// never stand for other bytes, and embed.js (one stable name) must point
// at exactly these files.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { DIST } from "../lib/fixture.mjs";

test("each module's files are named by the hash of their shipped bytes, and embed.js loads those", { skip: !existsSync(DIST) && "no dist/" }, (t) => {
  const files = readdirSync(DIST);
  // A debug build (trunk serve) is not hosted; its glue keeps the long
  // binding names a release build shortens (short-names.test.mjs).
  const readerGlue = files.find((f) => /^tiexi-infographic-[0-9a-f]+\.js$/.test(f));
  if (readerGlue && /__wbg_[A-Za-z]+_[0-9a-f]{16}/.test(readFileSync(join(DIST, readerGlue), "utf8"))) {
    t.skip("a debug build");
    return;
  }
  const loader = readFileSync(join(DIST, "embed.js"), "utf8");
  for (const stem of ["tiexi-infographic", "tiexi-check"]) {
    const glues = files.filter((f) => new RegExp(`^${stem}-[0-9a-f]{16}\\.js$`).test(f));
    assert.equal(glues.length, 1, `one ${stem} glue in dist/: ${files.join(", ")}`);
    const hash = glues[0].slice(stem.length + 1, -".js".length);
    const wasm = `${stem}-${hash}_bg.wasm`;
    assert.ok(files.includes(wasm), `${wasm} beside ${glues[0]}`);
    const shipped = createHash("sha256")
      .update(readFileSync(join(DIST, glues[0])))
      .update(readFileSync(join(DIST, wasm)))
      .digest("hex")
      .slice(0, 16);
    assert.equal(hash, shipped, `${stem}: the name's hash is the hash of the glue and Wasm as shipped`);
    assert.ok(loader.includes(`./${glues[0]}`) && loader.includes(`./${wasm}`), `embed.js loads ${glues[0]} and ${wasm}`);
  }
});
