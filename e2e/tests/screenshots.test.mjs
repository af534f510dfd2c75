// Screenshots for review: widths × themes × languages, saved to
// e2e/artifacts/. Each must render without errors and without overflow.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { watchErrors } from "../lib/browser.mjs";
import { ARTIFACTS, HOST_ORIGIN, start, waitReady } from "../lib/fixture.mjs";

let env;
before(async () => { env = await start(); });
after(async () => { await env.close(); });

for (const width of [320, 768, 1280]) {
  for (const scheme of ["light", "dark"]) {
    for (const lang of ["zh-Hant", "en"]) {
      test(`${width}px ${scheme} ${lang}`, async () => {
        const context = await env.browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
        const page = await context.newPage();
        const errors = watchErrors(page);
        await page.goto(`${HOST_ORIGIN}/article.html`);
        await page.evaluate((l) => document.getElementById("widget").setAttribute("lang", l), lang);
        await page.locator("#widget").scrollIntoViewIfNeeded();
        await waitReady(page, "#widget");
        await page.waitForTimeout(150);
        await page.locator("#widget").screenshot({ path: join(ARTIFACTS, `widget-${width}-${scheme}-${lang}.png`) });
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.equal(overflow, 0);
        assert.deepEqual(errors, []);
        await context.close();
      });
    }
  }
}
