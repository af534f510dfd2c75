// Reading and driving the widget from a test: everything goes through its
// open shadow root, as a host page's script could.

/** Evaluates `fn(shadowRoot, arg)` inside the page for the widget `selector`. */
export function inWidget(page, selector, fn, arg) {
  return page.evaluate(
    ([sel, source, a]) => {
      const root = document.querySelector(sel).shadowRoot;
      // eslint-disable-next-line no-new-func
      return new Function("root", "arg", `return (${source})(root, arg);`)(root, a);
    },
    [selector, fn.toString(), arg],
  );
}

/** Page coordinates of the centre of the pixels of one colour on a canvas. */
export function findColour(page, selector, canvasClass, rgb) {
  return inWidget(page, selector, (root, { canvasClass, rgb }) => {
    const c = root.querySelector(`canvas.${canvasClass}`);
    const { data, width, height } = c.getContext("2d").getImageData(0, 0, c.width, c.height);
    let sx = 0, sy = 0, n = 0;
    for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) {
      const i = (y * width + x) * 4;
      if (Math.abs(data[i] - rgb[0]) < 3 && Math.abs(data[i + 1] - rgb[1]) < 3 && Math.abs(data[i + 2] - rgb[2]) < 3 && data[i + 3] > 250) {
        sx += x; sy += y; n++;
      }
    }
    if (!n) return null;
    const r = c.getBoundingClientRect();
    const scale = r.width / c.width;
    return { x: r.left + (sx / n) * scale, y: r.top + (sy / n) * scale, pixels: n };
  }, { canvasClass, rgb });
}

/** Collects the widget's events on the element into window.__tiexiEvents. */
export async function recordEvents(page) {
  await page.addInitScript(() => {
    window.__tiexiEvents = [];
    for (const name of ["tiexi:ready", "tiexi:error", "tiexi:select"]) {
      document.addEventListener(name, (e) => window.__tiexiEvents.push({ name, target: e.target.id, detail: e.detail }));
    }
  });
}

/** Records the page's layout-shift entries from navigation on; read them
 * with `layoutShifts(page)` (value and the ids or tags of what moved). */
export async function recordLayoutShifts(page) {
  await page.addInitScript(() => {
    window.__shifts = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        window.__shifts.push({ value: e.value, sources: e.sources.map((s) => s.node && (s.node.id || s.node.nodeName)) });
      }
    }).observe({ type: "layout-shift", buffered: true });
  });
}

export function layoutShifts(page) {
  return page.evaluate(() => window.__shifts);
}

/** Holds every Wasm download until the returned function is called, to see
 * the page while the widget is still loading. */
export async function holdWasm(page) {
  let release;
  const held = new Promise((resolve) => { release = resolve; });
  await page.route("**/*.wasm", async (route) => { await held; await route.continue(); });
  return release;
}
