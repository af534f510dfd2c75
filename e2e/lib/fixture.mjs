// Shared set-up of the end-to-end tests: the two servers, the browser, and
// helpers that read the widget's state out of its shadow root.
import { mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { launch } from "./browser.mjs";
import { serveStatic } from "./server.mjs";

const here = dirname(fileURLToPath(import.meta.url));
export const ROOT = join(here, "..", "..");
export const DIST = join(ROOT, "dist");
export const HOSTS = join(here, "..", "hosts");
export const ARTIFACTS = join(here, "..", "artifacts");
// Sessions running side by side each pick their own ports with
// TIEXI_E2E_PORT_BASE (the widget's server on it, the host pages' on the
// next port). The host pages name the default origins; the server rewrites
// them to these (see `originRewrite`).
export const PORT_BASE = Number(process.env.TIEXI_E2E_PORT_BASE) || 8091;
export const WIDGET_ORIGIN = `http://127.0.0.1:${PORT_BASE}`;
export const HOST_ORIGIN = `http://127.0.0.1:${PORT_BASE + 1}`;
const DEFAULT_ORIGINS = [["http://127.0.0.1:8091", WIDGET_ORIGIN], ["http://127.0.0.1:8092", HOST_ORIGIN]];

/** The host pages as written name the default ports; served, they name
 * this run's. */
export function originRewrite(text) {
  return DEFAULT_ORIGINS.reduce((out, [from, to]) => out.replaceAll(from, to), text);
}

/** The strict policy the README documents, plus what the test host needs
 * (its own watcher script and favicon). */
export const STRICT_CSP = [
  "default-src 'none'",
  `script-src ${WIDGET_ORIGIN} ${HOST_ORIGIN}/csp-watch.js 'wasm-unsafe-eval'`,
  `style-src ${WIDGET_ORIGIN}`,
  `connect-src ${WIDGET_ORIGIN}`,
  "img-src data:",
].join("; ");

/** Starts both servers and the browser; returns them with a `close()`. */
export async function start() {
  mkdirSync(ARTIFACTS, { recursive: true });
  const widgetLog = [];
  const { widget, host } = await serveBoth(widgetLog);
  const browser = await launch();
  return {
    browser,
    widgetLog,
    async close() {
      await browser.close();
      widget.close();
      host.close();
    },
  };
}

/** The widget's dist/ and the host pages, each on its own origin. */
export async function serveBoth(widgetLog = null) {
  const widget = await serveStatic(DIST, PORT_BASE, { cors: true, log: widgetLog });
  const host = await serveStatic(HOSTS, PORT_BASE + 1, {
    rewrite: originRewrite,
    headers: (path) => (path.startsWith("/csp") ? { "content-security-policy": STRICT_CSP } : {}),
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
