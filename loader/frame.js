// Runs inside dist/frame.html: builds the element from the query string and
// tells the parent page how tall it is, so AMP (<amp-iframe resizable>) and
// Pym.js hosts can size the iframe with no scroll bar.
const params = new URLSearchParams(location.search);
const widget = document.createElement("tiexi-infographic");
for (const name of ["lang", "theme", "src", "selected", "view"]) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
widget.setAttribute("loading", "eager");
document.body.append(widget);
if (params.get("lang")) document.documentElement.lang = params.get("lang");

const pymId = params.get("childId") || params.get("id") || "";
let lastHeight = 0;
function report() {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height === lastHeight || !window.parent || window.parent === window) return;
  lastHeight = height;
  window.parent.postMessage({ sentinel: "amp", type: "embed-size", height }, "*");
  window.parent.postMessage(`pymxPYMx${pymId}xPYMxheightxPYMx${height}`, "*");
}
new ResizeObserver(report).observe(document.documentElement);
widget.addEventListener("tiexi:ready", report);
await import("./embed.js");
