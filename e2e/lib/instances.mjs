// A page of many eager instances, one per width and view, embedded as the
// README documents (embed.css + embed.js): for measuring and checking the
// height reservation.
import { WIDGET_ORIGIN } from "./fixture.mjs";

/** Puts one instance per (view, width) on `page`, in that order.
 * `reserve: false` switches the reservation off (--tiexi-height: 0) to see
 * the widget's natural height. */
export async function showInstances(page, { lang, views, widths, reserve = true }) {
  const off = reserve ? "" : ` style="--tiexi-height:0px"`;
  const instances = views.flatMap((view) => widths.map((w) =>
    `<div style="width:${w}px"><tiexi-infographic loading="eager" lang="${lang}" view="${view}"${off}><p>…</p></tiexi-infographic></div>`));
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8">
    <link rel="stylesheet" href="${WIDGET_ORIGIN}/embed.css">
    <script type="module" src="${WIDGET_ORIGIN}/embed.js"></script></head>
    <body style="margin:0">${instances.join("")}</body></html>`);
}

/** Waits until every instance on the page is shown (no longer
 * [data-pending]), built to its last part (the source line) with all its
 * canvases sized, and no height has changed for half a second. (With
 * hundreds of instances the loader may show one before its queue of
 * paints is done.) */
export async function waitAllShown(page, { timeout = 60000 } = {}) {
  await page.waitForFunction(() => [...document.querySelectorAll("tiexi-infographic")].every((e) =>
    e.shadowRoot && e.shadowRoot.querySelector(".tx-root:not([data-pending]) .tx-source") &&
    [...e.shadowRoot.querySelectorAll("canvas")].every((c) => c.width > 0)),
  null, { timeout, polling: 250 });
  const heights = () => page.evaluate(() => [...document.querySelectorAll("tiexi-infographic")].map((e) => e.getBoundingClientRect().height).join());
  for (let last = await heights(), tries = 0; tries < 40; tries++) {
    await page.waitForTimeout(500);
    const now = await heights();
    if (now === last) break;
    last = now;
  }
}
