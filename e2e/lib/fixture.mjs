// Shared set-up of the end-to-end tests: the two servers, the browser, and
// helpers that read the widget's state out of its shadow root.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { readFile } from "node:fs/promises";
import { HOST_PORT, misbehavingRoutes, serveStatic, WIDGET_PORT } from "./server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..");
export const DIST = join(ROOT, "dist");
export const HOSTS = join(here, "..", "hosts");
export const ARTIFACTS = join(here, "..", "artifacts");
// Sessions running side by side each pick their own ports with
// TIEXI_E2E_PORT_BASE (the widget's server on it, the host pages' on the
// next one; the cross-engine tier's drivers on the four after). Host pages
// name the default origins; the server rewrites them (server.mjs).
export { PORT_BASE } from "./server.mjs";
export const WIDGET_ORIGIN = `http://127.0.0.1:${WIDGET_PORT}`;
export const HOST_ORIGIN = `http://127.0.0.1:${HOST_PORT}`;

/** The strict policy the README documents, plus what the test host needs
 * (its own watcher script and favicon). */
export const STRICT_CSP = [
  "default-src 'none'",
  `script-src ${WIDGET_ORIGIN} ${HOST_ORIGIN}/csp-watch.js 'wasm-unsafe-eval'`,
  `style-src ${WIDGET_ORIGIN}`,
  `connect-src ${WIDGET_ORIGIN}`,
  "img-src data:",
].join("; ");

/** Starts both servers and the browser; returns them with a `close()`.
 * `dataEvents` records the host's misbehaving data routes (/data/…, see
 * misbehavingRoutes). */
export async function start() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const widgetLog = [];
  const dataEvents = [];
  const { widget, host } = await serveBoth(widgetLog, dataEvents);
  const browser = await launch();
  return {
    browser,
    widgetLog,
    dataEvents,
    async close() {
      await browser.close();
      widget.close();
      host.close();
    },
  };
}

/** The widget's dist/ and the host pages, each on its own origin. */
export async function serveBoth(widgetLog = null, dataEvents = []) {
  const widget = await serveStatic(DIST, WIDGET_PORT, {
    cors: true, log: widgetLog,
    routes: {
      // frame.html as a publisher would host it to allow data from the
      // host origin too (README, "Iframe fallback").
      "/frame-allowing-host.html": async (req, res) => {
        const page = (await readFile(join(DIST, "frame.html"), "utf8"))
          .replace('name="tiexi-data-origins" content=""', `name="tiexi-data-origins" content="${HOST_ORIGIN}"`);
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
      },
    },
  });
  const host = await serveStatic(HOSTS, HOST_PORT, {
    headers: (path) => (path.startsWith("/csp") ? { "content-security-policy": STRICT_CSP } : {}),
    routes: misbehavingRoutes(join(DIST, "tiexi-2025.json"), dataEvents),
  });
  return { widget, host };
}

/** Waits until the widget has painted its charts (tiexi:ready fired). */
export async function waitReady(page, selector = "tiexi-infographic") {
  await page.waitForFunction((sel) => {
    const el = document.querySelector(sel);
    return el && el.shadowRoot && el.shadowRoot.querySelector(".tx-mini-chart") &&
      !el.shadowRoot.querySelector(".tx-root[data-pending]") &&
      [...el.shadowRoot.querySelectorAll("canvas")].every((c) => c.width > 0);
  }, selector, { timeout: 30000 });
}

/** Counts the non-transparent pixels each canvas of the widget drew. */
export function paintedPixels(page, selector = "tiexi-infographic") {
  return page.evaluate((sel) => {
    const el = document.querySelector(sel);
    return [...el.shadowRoot.querySelectorAll("canvas")].map((c) => {
      const data = c.getContext("2d").getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 3; i < data.length; i += 4) if (data[i] > 0) n++;
      return { className: c.className, width: c.width, cssWidth: c.getBoundingClientRect().width, painted: n };
    });
  }, selector);
}
