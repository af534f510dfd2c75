// The widget's side of the comparison. The page embeds it as a host page
// does (embed.css and embed.js in the head), from the same server as the
// page, as the peer page loads Chart.js. ?n=N feeds it
// generated/dense-N.json for the hover benchmark; this module runs before
// embed.js (document order), so the element starts with that src.
const n = new URLSearchParams(location.search).get("n");
const widget = document.getElementById("widget");
if (n) widget.setAttribute("src", `../peer/generated/dense-${n}.json`);
widget.addEventListener("tiexi:ready", () => { window.__oursReady = performance.now(); });
