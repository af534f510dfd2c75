// What the load benchmarks (compare.mjs, ab.mjs) put in every page before
// its own scripts run (Playwright's addInitScript): the time of the first
// frame with a drawn chart pixel, in the page or any open shadow root, as
// window.__firstPixel (canvases of a widget still drawing out of sight,
// [data-pending], do not count), and every long task's duration in
// window.__longTasks. When the page has set its ready time (__oursReady or
// __peerReady) and a pixel is drawn, the probe says so on the console
// (DONE), which loadMeasured waits for.
export const DONE = "tiexi-bench: loaded";
export const LOAD_PROBE = (done) => {
  const started = performance.now();
  // The ready times are set by the pages themselves; noticing the moment
  // they are set costs the page nothing until then.
  const seen = {};
  const announce = () => { if ((seen.__oursReady || seen.__peerReady) && seen.__firstPixel) console.log(done); };
  for (const key of ["__oursReady", "__peerReady", "__firstPixel"]) {
    Object.defineProperty(window, key, { configurable: true, get: () => seen[key], set: (value) => { seen[key] = value; announce(); } });
  }
  const canvases = () => [document, ...[...document.querySelectorAll("*")].map((e) => e.shadowRoot).filter(Boolean)]
    .flatMap((r) => [...r.querySelectorAll("canvas")]);
  const look = () => {
    for (const c of canvases()) {
      if (!c.width || !c.height || c.closest("[data-pending]")) continue;
      const d = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      for (let i = 3; i < d.length; i += 16) if (d[i]) { window.__firstPixel = performance.now(); return; }
    }
    if (performance.now() - started < 20000) requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
  window.__longTasks = [];
  new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__longTasks.push(e.duration); }).observe({ type: "longtask", buffered: true });
};

// A page in a context of its own, at the benchmarks' viewport, with the
// cache off (every load downloads everything) and its CDP session.
export async function uncachedPage(browser) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  return { context, page, cdp };
}

// Loads `url` in `page` and returns once the page is ready and has drawn,
// with no Playwright work in the page meanwhile (the probe's own check
// for a first pixel, once a frame, runs in both pages as before).
// Playwright's waitForFunction would first install its injected script
// (10–15 ms of main-thread work) and then evaluate in every frame: work
// landing inside the load being timed, and more of it for a page that
// loads over many frames. Here the page reports by a console message,
// and navigation returns at its first byte.
export async function loadMeasured(page, url, timeout = 60000) {
  await page.addInitScript(LOAD_PROBE, DONE);
  const done = page.waitForEvent("console", { predicate: (m) => m.text() === DONE, timeout });
  // If navigation fails, its error is the one to report; the wait then
  // ends with the page, and must not surface as an unhandled rejection.
  done.catch(() => {});
  await page.goto(url, { waitUntil: "commit" });
  await done;
}
