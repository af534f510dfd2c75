// What the load benchmarks (compare.mjs, ab.mjs) put in every page before
// its own scripts run (Playwright's addInitScript): the time of the first
// frame with a drawn chart pixel, in the page or any open shadow root, as
// window.__firstPixel (canvases of a widget still drawing out of sight,
// [data-pending], do not count), and every long task's duration in
// window.__longTasks.
export const LOAD_PROBE = () => {
  const started = performance.now();
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
