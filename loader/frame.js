// Runs inside dist/frame.html: builds the element from the query string and
// tells the parent page how tall it is, so AMP (<amp-iframe resizable>) and
// Pym.js hosts can size the iframe with no scroll bar.
const params = new URLSearchParams(location.search);

// Anyone can link to frame.html with any query, and the page it shows runs
// on the publisher's origin in the publisher's style: a `src` from
// elsewhere (data:, blob:, javascript:, another site) would put invented
// figures under the publisher's name. Only http(s) files on this origin,
// or on an origin the publisher lists in frame.html's
// <meta name="tiexi-data-origins"> (set when hosting dist/; see README),
// are loaded.
function allowedOrigins() {
  const meta = document.querySelector('meta[name="tiexi-data-origins"]');
  const listed = (meta && meta.content.split(/\s+/).filter(Boolean)) || [];
  const origins = [location.origin];
  for (const entry of listed) {
    try {
      const url = new URL(entry);
      if (url.protocol === "https:" || url.protocol === "http:") origins.push(url.origin);
    } catch {
      // Not an origin: ignored.
    }
  }
  return origins;
}

function srcAllowed(src) {
  let url;
  try { url = new URL(src, location.href); } catch { return false; }
  // A blob: URL carries its creator's origin, so the scheme is checked
  // first, not only the origin.
  return (url.protocol === "https:" || url.protocol === "http:") && allowedOrigins().includes(url.origin);
}

const REFUSED = {
  "zh-Hant": "此資料來源不獲允許：",
  "zh-Hans": "此数据来源不获允许：",
  en: "This data source is not allowed: ",
};

const lang = params.get("lang");
if (lang) document.documentElement.lang = lang;
const src = params.get("src");
if (src && !srcAllowed(src)) {
  const box = document.createElement("p");
  box.setAttribute("role", "alert");
  box.className = "tiexi-frame-error";
  const key = /^en/i.test(lang || "") ? "en" : /^zh-(hans|cn|sg)/i.test(lang || "") ? "zh-Hans" : "zh-Hant";
  box.textContent = REFUSED[key] + (src.length > 120 ? `${src.slice(0, 120)}…` : src);
  document.body.append(box);
} else {
  const widget = document.createElement("tiexi-infographic");
  for (const name of ["lang", "theme", "src", "selected", "view"]) {
    const value = params.get(name);
    if (value) widget.setAttribute(name, value);
  }
  widget.setAttribute("loading", "eager");
  document.body.append(widget);
  widget.addEventListener("tiexi:ready", report);
}

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
if (document.querySelector("tiexi-infographic")) await import("./embed.js");
