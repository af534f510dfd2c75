// The widget's natural height at given container widths: one page, one
// eager instance per width, the reservation switched off (--tiexi-height: 0).
export async function naturalHeights(browser, lang, view, widths) {
  const page = await browser.newPage({ viewport: { width: 1700, height: 1000 } });
  try {
    const instances = widths.map((w) =>
      `<div style="width:${w}px"><tiexi-infographic loading="eager" lang="${lang}" view="${view}" style="--tiexi-height:0px"><p>…</p></tiexi-infographic></div>`).join("");
    await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
      <link rel="stylesheet" href="http://127.0.0.1:8091/embed.css">
      <script type="module" src="http://127.0.0.1:8091/embed.js"></script></head>
      <body style="margin:0">${instances}</body></html>`);
    await page.waitForFunction((n) => {
      const all = [...document.querySelectorAll("tiexi-infographic")];
      return all.length === n && all.every((e) => e.shadowRoot && e.shadowRoot.querySelector(".tx-root:not([data-pending])") &&
        [...e.shadowRoot.querySelectorAll("canvas")].every((c) => c.width > 0));
    }, widths.length, { timeout: 120000, polling: 250 });
    await page.evaluate(() => document.fonts.ready);
    // Let every ResizeObserver-driven relayout settle.
    await page.waitForTimeout(1000);
    const measured = await page.evaluate(() =>
      [...document.querySelectorAll("tiexi-infographic")].map((e) => [parseFloat(e.parentElement.style.width), e.getBoundingClientRect().height]));
    return new Map(measured.map(([w, h]) => [w, Math.ceil(h)]));
  } finally {
    await page.close();
  }
}
