// Visual regression: the widget in every language × theme × width compared
// with reviewed reference screenshots in e2e/reference/, with a tolerance
// for anti-aliasing. After an intended change, refresh them with
// `scripts/update-references` and review the new pictures before committing.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import { PNG } from "pngjs";
import { ARTIFACTS, HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";

const REFERENCES = join(import.meta.dirname, "..", "reference");
const UPDATE = process.env.UPDATE_REFERENCES === "1";
/** Share of pixels allowed to differ (anti-aliasing, sub-pixel text). */
const TOLERANCE = 0.005;

let env;
before(async () => { env = await start(); mkdirSync(REFERENCES, { recursive: true }); });
after(async () => { await env.close(); });

for (const lang of ["zh-Hant", "zh-Hans", "en"]) {
  for (const scheme of ["light", "dark"]) {
    for (const width of [320, 390, 768, 1280]) {
      const name = `${lang}-${scheme}-${width}.png`;
      test(`looks as reviewed: ${name}`, async () => {
        const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: 1 });
        const page = await context.newPage();
        await page.goto(`${HOST_ORIGIN}/article.html`);
        await page.evaluate((l) => document.getElementById("widget").setAttribute("lang", l), lang);
        await page.locator("#widget").scrollIntoViewIfNeeded();
        await waitReady(page, "#widget");
        await page.waitForTimeout(200);
        const shot = await page.locator("#widget").screenshot();
        await context.close();
        const file = join(REFERENCES, name);
        if (UPDATE || !existsSync(file)) {
          writeFileSync(file, shot);
          assert.ok(UPDATE, `no reference for ${name}: written now; review it and commit it`);
          return;
        }
        const actual = PNG.sync.read(shot);
        const expected = PNG.sync.read(readFileSync(file));
        assert.equal(`${actual.width}x${actual.height}`, `${expected.width}x${expected.height}`, `${name}: size changed`);
        const diff = new PNG({ width: actual.width, height: actual.height });
        const different = pixelmatch(actual.data, expected.data, diff.data, actual.width, actual.height, { threshold: 0.1 });
        const share = different / (actual.width * actual.height);
        if (share > TOLERANCE) {
          mkdirSync(ARTIFACTS, { recursive: true });
          writeFileSync(join(ARTIFACTS, `diff-${name}`), PNG.sync.write(diff));
          writeFileSync(join(ARTIFACTS, `actual-${name}`), shot);
        }
        assert.ok(share <= TOLERANCE, `${name}: ${(share * 100).toFixed(2)} % of pixels differ (see e2e/artifacts/diff-${name})`);
      });
    }
  }
}
