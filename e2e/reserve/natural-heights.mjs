// The widget's natural height at given container widths: eager instances,
// one per width, the reservation switched off. At most BATCH instances per
// page: with hundreds of widgets (thousands of canvases) on one page the
// browser starts to refuse canvas contexts, and heights measured there are
// wrong.
import { showInstances, waitAllShown } from "../lib/instances.mjs";

const BATCH = 30;

export async function naturalHeights(browser, lang, view, widths) {
  const heights = new Map();
  for (let i = 0; i < widths.length; i += BATCH) {
    const page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
    try {
      await showInstances(page, { lang, views: [view], widths: widths.slice(i, i + BATCH), reserve: false });
      await page.evaluate(() => document.fonts.ready);
      await waitAllShown(page, { timeout: 120000 });
      const measured = await page.evaluate(() =>
        [...document.querySelectorAll("tiexi-infographic")].map((e) => [parseFloat(e.parentElement.style.width), e.getBoundingClientRect().height]));
      for (const [w, h] of measured) heights.set(w, Math.ceil(h));
    } finally {
      await page.close();
    }
  }
  return heights;
}
