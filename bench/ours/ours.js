// Loads the widget from the widget origin that matches this page's
// compression (8093 gzip → 8091, 8095 brotli → 8094), like a host page.
// ?n=N feeds it generated/dense-N.json for the hover benchmark.
const widgetOrigin = location.port === "8095" ? "http://127.0.0.1:8094" : "http://127.0.0.1:8091";
const n = new URLSearchParams(location.search).get("n");
const widget = document.getElementById("widget");
if (n) widget.setAttribute("src", `../peer/generated/dense-${n}.json`);
widget.addEventListener("tiexi:ready", () => { window.__oursReady = performance.now(); });
await import(`${widgetOrigin}/embed.js`);
