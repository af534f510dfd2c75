// Collects what a WebDriver test cannot listen to itself: the widget's
// events (from the first one on) and the page's errors.
window.__tiexiEvents = [];
window.__errors = [];
for (const name of ["tiexi:ready", "tiexi:error", "tiexi:select"]) {
  document.addEventListener(name, (e) => window.__tiexiEvents.push({ name, target: e.target.id, detail: e.detail }));
}
addEventListener("error", (e) => window.__errors.push(String(e.message)));
addEventListener("unhandledrejection", (e) => window.__errors.push(String(e.reason)));
const consoleError = console.error;
console.error = (...args) => {
  window.__errors.push(args.map(String).join(" "));
  consoleError.apply(console, args);
};

// ?phone: the page's column as wide as a 390 px phone screen, for browsers
// whose windows cannot be made that narrow (WebKitGTK's MiniBrowser).
if (new URLSearchParams(location.search).has("phone")) document.documentElement.setAttribute("data-phone", "");
