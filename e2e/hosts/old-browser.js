// Plays an older browser: removes one feature the widget needs, named in
// the page address (?without=…), before the loader looks for it.
window.__info = [];
const consoleInfo = console.info;
console.info = (...args) => { window.__info.push(args.join(" ")); consoleInfo.apply(console, args); };
const without = new URLSearchParams(location.search).get("without");
if (without === "ResizeObserver") delete window.ResizeObserver;
if (without === "adoptedStyleSheets") delete ShadowRoot.prototype.adoptedStyleSheets;
if (without === "has") {
  const supports = CSS.supports.bind(CSS);
  CSS.supports = (...args) => !String(args[0]).includes(":has(") && supports(...args);
}
