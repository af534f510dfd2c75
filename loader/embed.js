// tiexi-infographic loader. A host page references it, and the height
// reservation beside it (embed.css, optional but needed for no layout shift
// above the fold):
//   <link rel="stylesheet" href="https://cdn.example.org/tiexi/embed.css">
//   <script type="module" src="https://cdn.example.org/tiexi/embed.js"></script>
//   <tiexi-infographic lang="zh-Hant"><p>fallback summary…</p></tiexi-infographic>
// It defines the element, waits until an instance is near the viewport, then
// loads the WebAssembly module once for every instance on the page (and
// the checker's, once, if any instance is given data of its own). Every
// other file is found relative to this script's own URL, so dist/ works from
// any origin or path. It never throws into the host page.

const GLUE = new URL("__TIEXI_GLUE__", import.meta.url);
const WASM = new URL("__TIEXI_WASM__", import.meta.url);
// The checker (src/bin/tiexi-check.rs): reads and validates data a page
// supplies. Fetched only for a widget given data of its own; the built-in
// dataset is already checked, inside the reader's Wasm.
const CHECK_GLUE = new URL("__TIEXI_CHECK_GLUE__", import.meta.url);
const CHECK_WASM = new URL("__TIEXI_CHECK_WASM__", import.meta.url);
// The built-in dataset as published, for the widget's JSON download.
const BUILT_IN_JSON = new URL("./tiexi-2025.json", import.meta.url);
// The height reservation (dist/embed.css). Hosts link it in their page so it
// applies before any script runs; the loader links it in the shadow root too.
const RESERVE = new URL("./embed.css", import.meta.url);
const TAG = "tiexi-infographic";
const DIV_MARK = "data-tiexi-infographic";
// What this loader and the Wasm agree on (loader/contract.json, written in
// here by loader/finish-dist.mjs): language rules, option and view names,
// the failure text.
const CONTRACT = __TIEXI_CONTRACT__;
const OPTIONS = CONTRACT.options;
// A data file (src) gets this long for the whole exchange, body included,
// and may be at most this large (the validator's limit, src/data/validate.rs).
const FETCH_TIMEOUT_MS = 10000;
const MAX_DATA_BYTES = 4 * 1024 * 1024;

// The charts' font when the host sets no --tiexi-font: the fallback list of
// style/widget.css's --tx-font, written in here by loader/finish-dist.mjs
// (src/draw/theme.rs's copy is held to the stylesheet by a test). A page's
// first canvas text loads the font machinery, tens of milliseconds; the
// loader pays that in a task of its own while the Wasm downloads, not
// inside the first paint.
const CHART_FONT = `13px ${__TIEXI_CHART_FONT__}`;
function warmChartFont() {
  try {
    const context = document.createElement("canvas").getContext("2d");
    context.font = CHART_FONT;
    context.measureText("鐵西 铁西 Tiexi 2025");
  } catch (error) {
    // Only a head start; the widget works without it.
  }
}

// What the widget needs of the browser (README, "Browser support"). Where
// anything is missing, the loader changes nothing but the reservation: the
// element keeps showing its fallback text, never an empty box. (Browsers
// without module scripts never run this file and keep it anyway.)
function missingFeatures() {
  const missing = [];
  const need = (name, present) => {
    let ok = false;
    try { ok = Boolean(present()); } catch (error) { ok = false; }
    if (!ok) missing.push(name);
  };
  need("custom elements", () => window.customElements && customElements.define);
  need("shadow DOM", () => Element.prototype.attachShadow);
  need("constructed stylesheets", () => "replaceSync" in CSSStyleSheet.prototype && "adoptedStyleSheets" in ShadowRoot.prototype);
  need("container queries", () => CSS.supports("container-type: inline-size"));
  need(":has()", () => CSS.supports("selector(:has(a))"));
  need("ResizeObserver", () => window.ResizeObserver);
  need("IntersectionObserver", () => window.IntersectionObserver);
  need("MutationObserver", () => window.MutationObserver);
  need("MessageChannel", () => window.MessageChannel);
  need("AbortController", () => window.AbortController);
  need("Element.replaceChildren", () => Element.prototype.replaceChildren);
  need("WebAssembly", () => typeof WebAssembly === "object" && WebAssembly.instantiate && WebAssembly.Module);
  return missing;
}
const MISSING = missingFeatures();

// A wasm-bindgen module, ready: the Wasm download starts with the glue's,
// not after it (one round trip less before the first paint), and no
// cookies go with it.
function instantiate(glueUrl, wasmUrl) {
  const wasm = fetch(wasmUrl.href, { credentials: "omit" });
  wasm.catch(() => {}); // a failure is reported by the import below
  return import(glueUrl.href).then(async (glue) => {
    await glue.default({ module_or_path: wasm });
    return glue;
  });
}

let modulePromise = null;
// One download and one compilation, shared by every instance.
function loadModule() {
  if (!modulePromise) {
    modulePromise = instantiate(GLUE, WASM);
    setTimeout(warmChartFont, 0);
  }
  return modulePromise;
}

let checkerPromise = null;
// Likewise the checker; a failed download may be tried again by the next
// widget that needs it.
function loadChecker() {
  if (!checkerPromise) {
    const loading = instantiate(CHECK_GLUE, CHECK_WASM);
    checkerPromise = loading;
    loading.catch(() => { if (checkerPromise === loading) checkerPromise = null; });
  }
  return checkerPromise;
}

// On a <div data-tiexi-infographic>, options are written data-lang, data-theme…
function option(host, name) {
  const attr = host.localName === TAG ? name : `data-${name}`;
  return host.getAttribute(attr);
}

// The element's own option, else the language it inherits (its nearest
// lang attribute, usually <html lang>), as CSS :lang() sees it: embed.css
// picks the reserved height by the same rule.
function languageOf(host) {
  const inherited = host.closest("[lang]");
  return option(host, "lang") || (inherited && inherited.getAttribute("lang")) || "";
}

// A tag as the Wasm resolves it (Lang::resolve): trimmed, lower-cased, '_'
// read as '-', the first rule whose prefix is the tag or starts it before a
// '-'; else the default.
function resolveLang(tag) {
  const t = tag.trim().toLowerCase().replaceAll("_", "-");
  const rule = CONTRACT.languages.rules.find(([prefix]) => t === prefix || t.startsWith(`${prefix}-`));
  return rule ? rule[1] : CONTRACT.languages.default;
}

// A milestone to open with: the `selected` option, else a deep link in the
// page address, #tiexi=<milestone-id>.
function selectedOf(host) {
  const own = option(host, "selected");
  if (own) return own;
  const match = /(?:^#|&)tiexi=([^&]+)/.exec(location.hash);
  if (!match) return undefined;
  // A malformed address (#tiexi=%) is not a deep link; nothing to select.
  try { return decodeURIComponent(match[1]); } catch { return undefined; }
}

const darkQuery = matchMedia("(prefers-color-scheme: dark)");
function isDark(host) {
  const theme = (option(host, "theme") || "auto").toLowerCase();
  return theme === "dark" || (theme !== "light" && darkQuery.matches);
}

// The canvases read their colours and font from the widget's stylesheet,
// which the host's --tiexi-* properties feed. They read it again when the
// theme changes, and when told to here: forced colours switched on or off,
// or a script changed the element's style or class, or any attribute of
// <html> or <body> (where sites keep their theme switch).
const forcedQuery = matchMedia("(forced-colors: active)");
let styleWatcher = null; // made by install()
const HOST_STYLE = { attributes: true, attributeFilter: ["style", "class"] };
function restyle(instance) {
  try { if (instance.widget) instance.widget.refresh_theme(); } catch (e) { failVisibly(instance, e); }
}

// Shown after this many frames even if charts are still being drawn.
const PAINT_FRAMES_MAX = 120;

function nextTask() {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

function nextFrame() {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

function emit(host, name, detail) {
  host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, detail }));
}

function failVisibly(instance, error) {
  const messages = [String((error && error.message) || error)];
  console.error("tiexi-infographic:", error);
  const root = instance.root;
  if (root) {
    const box = document.createElement("p");
    box.setAttribute("role", "alert");
    const lang = resolveLang(languageOf(instance.host));
    box.setAttribute("lang", lang);
    box.textContent = `${CONTRACT.failed[lang]} (${messages[0]})`;
    root.replaceChildren(box);
  }
  emit(instance.host, "tiexi:error", { messages });
}

const live = new Map(); // host element -> instance

// A canvas whose renderer WebKit rebuilt shows nothing until it is drawn
// on again, even with its picture intact. Putting one of its own pixels
// back changes no pixel and makes the browser show the picture again.
function recommitCanvases(root) {
  for (const canvas of root.querySelectorAll("canvas")) {
    if (!canvas.width || !canvas.height) continue;
    const context = canvas.getContext("2d");
    if (context) context.putImageData(context.getImageData(0, 0, 1, 1), 0, 0);
  }
}

// A block box from the start, before the widget's own styles arrive; a
// flow-root, so the reservation's float counts in its height.
let sharedHostSheet = null;
function hostSheet() {
  if (!sharedHostSheet) {
    sharedHostSheet = new CSSStyleSheet();
    sharedHostSheet.replaceSync(":host { display: flow-root; }");
  }
  return sharedHostSheet;
}

// Data given inside the element: a <script type="application/json"> child.
function inlineData(host) {
  return host.querySelector(':scope > script[type="application/json"]');
}

// The reserved heights are measured for the built-in dataset only.
function usesBuiltInData(host) {
  return !option(host, "src") && !inlineData(host);
}

// A data file as text, or an Error for the reader. The time-out and
// `signal` (aborted when the file is no longer wanted) hold until the last
// byte, and the size limit applies as the body arrives (Content-Length
// first, when sent): a trickling or endless response costs a bounded wait
// and at most MAX_DATA_BYTES of memory.
async function fetchData(src, signal) {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => { timedOut = true; controller.abort(); }, FETCH_TIMEOUT_MS);
  const drop = () => controller.abort();
  signal.addEventListener("abort", drop);
  const tooLarge = () => new Error(`${src}: larger than ${MAX_DATA_BYTES} bytes (4 MiB), not loaded`);
  try {
    const response = await fetch(new URL(src, document.baseURI), { signal: controller.signal, credentials: "omit", mode: "cors" });
    if (!response.ok) throw new Error(`${src}: HTTP ${response.status}`);
    if (Number(response.headers.get("content-length")) > MAX_DATA_BYTES) throw tooLarge();
    if (!response.body) return "";
    const reader = response.body.getReader();
    const chunks = [];
    let size = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read()) {
      size += part.value.byteLength;
      if (size > MAX_DATA_BYTES) throw tooLarge();
      chunks.push(part.value);
    }
    return await new Blob(chunks).text(); // UTF-8 without a BOM, as response.text()
  } catch (error) {
    throw timedOut ? new Error(`${src}: no complete answer in ${FETCH_TIMEOUT_MS / 1000} s`) : error;
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", drop);
    controller.abort(); // whatever ended the read, the connection goes too
  }
}

class Instance {
  constructor(host) {
    this.host = host;
    this.root = null;
    this.widget = null;
    this.generation = 0;
    this.request = null; // the AbortController of the src fetch under way
    this.stopped = false;
  }

  // An element removed while loading and added again later has a new
  // instance; the old one then does nothing more (one widget per root).
  get current() {
    return !this.stopped && live.get(this.host) === this;
  }

  async start() {
    try {
      this.root = this.host.shadowRoot || this.host.attachShadow({ mode: "open" });
      // Until the interactive version is ready, the element keeps showing
      // its own fallback content (a slot), so the reader never sees an
      // empty box and the page moves at most once.
      const fallback = document.createElement("slot");
      const parts = [fallback];
      if (usesBuiltInData(this.host)) {
        const reserve = document.createElement("link");
        reserve.rel = "stylesheet";
        reserve.href = RESERVE.href;
        parts.unshift(reserve);
      }
      this.root.replaceChildren(...parts);
      if ("adoptedStyleSheets" in this.root) this.root.adoptedStyleSheets = [hostSheet()];
      // Data of the page's own is checked by the checker: its download
      // starts now, beside the reader's, not after it.
      if (!usesBuiltInData(this.host)) loadChecker().catch(() => {});
      const glue = await loadModule();
      // Each step below is a task of its own, none long enough to hold up
      // the reader's input on the host page.
      await nextTask();
      if (!this.current) return; // removed while loading
      this.widget = new glue.Widget(this.root, languageOf(this.host), isDark(this.host), devicePixelRatio || 1);
      // Until it is ready the widget lays itself out and paints out of
      // flow and unseen (widget.css, [data-pending]), so its size is known
      // and its canvases drawn before it takes the fallback's place: the
      // page never sees an intermediate height.
      const rendered = this.root.querySelector(".tx-root");
      if (rendered) rendered.setAttribute("data-pending", "");
      this.widget.select(selectedOf(this.host));
      this.widget.set_view(option(this.host, "view") || CONTRACT.views[0]);
      await nextTask();
      if (!this.widget) return;
      await this.loadData();
      // The size observers report in the next frame; the charts then lay
      // out and paint in short tasks (the paint queue) until all are drawn
      // (the queue also counts parts still to be built and canvases whose
      // size is not known yet).
      await nextFrame();
      for (let frames = 0; this.widget && !this.widget.is_painted() && frames < PAINT_FRAMES_MAX; frames++) {
        await nextFrame();
      }
      if (!this.widget) return;
      // The fallback is hidden, not removed. Removing a <slot> makes WebKit
      // rebuild the renderers of the whole shadow tree, and a canvas whose
      // picture it had already put on screen comes back blank until it is
      // drawn again: every chart drawn before this frame stayed empty.
      fallback.hidden = true;
      if (rendered) rendered.removeAttribute("data-pending");
      // Ready once the frame that shows it has been painted. This runs in
      // that frame's animation callback (the wait above resolves in one),
      // and a task queued from there runs after the frame's paint: waiting
      // for another frame would only delay the event by one.
      setTimeout(() => { if (this.widget) emit(this.host, "tiexi:ready", {}); }, 0);
      this.watchChildren();
    } catch (error) {
      if (this.current) failVisibly(this, error);
    }
  }

  // WebKit also rebuilds every renderer of the shadow tree when the
  // element's own children change (one added or removed, a slot attribute
  // set), and the charts then come back blank: each is committed again.
  watchChildren() {
    this.childWatcher = new MutationObserver(() => {
      requestAnimationFrame(() => {
        if (this.widget) recommitCanvases(this.root);
      });
    });
    this.childWatcher.observe(this.host, { childList: true, subtree: true, attributes: true, attributeFilter: ["slot"] });
  }

  // Precedence: an inline <script type="application/json"> child, then the
  // src attribute, then the built-in dataset.
  async loadData() {
    const generation = ++this.generation;
    // A newer src (or none) makes the earlier request pointless: drop it.
    if (this.request) { this.request.abort(); this.request = null; }
    const inline = inlineData(this.host);
    const src = option(this.host, "src");
    let errors;
    if (inline) {
      errors = await this.showChecked(inline.textContent || "", generation);
    } else if (src) {
      this.widget.show_loading();
      const request = this.request = new AbortController();
      let text = null;
      let failure = "";
      try {
        text = await fetchData(src, request.signal);
      } catch (error) {
        failure = error.message.startsWith(`${src}: `) ? error.message : `${src}: ${error.message}`;
      }
      if (this.request === request) this.request = null;
      if (generation !== this.generation || !this.widget) return;
      errors = text === null ? this.widget.use_data_error(failure) : await this.showChecked(text, generation);
    } else {
      errors = this.widget.use_default_data(BUILT_IN_JSON.href);
    }
    if (errors && errors.length) emit(this.host, "tiexi:error", { messages: Array.from(errors) });
  }

  // Shows what the checker makes of `text`; null (nothing shown) when a
  // newer load began meanwhile or the widget went.
  async showChecked(text, generation) {
    let wire;
    try {
      const checker = await loadChecker();
      // Checking a file no longer wanted would only cost the reader time.
      if (generation !== this.generation || !this.widget) return null;
      wire = checker.check(text);
    } catch (error) {
      if (generation !== this.generation || !this.widget) return null;
      return this.widget.use_data_error(`the data could not be checked (${(error && error.message) || error})`);
    }
    if (generation !== this.generation || !this.widget) return null;
    return this.widget.use_checked(wire, text);
  }

  optionChanged(name) {
    if (!this.widget) return;
    try {
      if (name === "lang") this.widget.set_lang(languageOf(this.host));
      else if (name === "theme") this.widget.set_dark(isDark(this.host));
      else if (name === "src") this.loadData().catch((e) => failVisibly(this, e));
      else if (name === "selected") this.widget.select(selectedOf(this.host));
      else if (name === "view") this.widget.set_view(option(this.host, "view") || CONTRACT.views[0]);
    } catch (error) {
      failVisibly(this, error);
    }
  }

  stop() {
    this.stopped = true;
    this.generation++;
    if (this.childWatcher) this.childWatcher.disconnect();
    if (this.request) { this.request.abort(); this.request = null; }
    try {
      if (this.widget) this.widget.free();
    } catch (error) {
      console.error("tiexi-infographic:", error);
    }
    this.widget = null;
  }
}

// Nothing is fetched until an instance is within about a viewport of being
// seen, unless it says loading="eager". (Made by install().)
let nearViewport = null;

function connect(host) {
  if (live.has(host)) return;
  const instance = new Instance(host);
  live.set(host, instance);
  styleWatcher.observe(host, HOST_STYLE);
  if ((option(host, "loading") || "lazy").toLowerCase() === "eager") instance.start();
  else nearViewport.observe(host);
}

// A move (out and back in within one script, as frameworks re-rendering
// do) keeps its instance, loading or shown; an element still out of the
// document when the script is done is let go.
function disconnect(host) {
  if (!live.has(host)) return;
  queueMicrotask(() => { if (!host.isConnected) release(host); });
}

function release(host) {
  const instance = live.get(host);
  if (!instance) return;
  live.delete(host);
  nearViewport.unobserve(host);
  instance.stop();
}

// Everything that reacts to the page: only where the widget can run.
function install() {
  nearViewport = new IntersectionObserver((entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearViewport.unobserve(entry.target);
      const instance = live.get(entry.target);
      if (instance) instance.start();
    }
  }, { rootMargin: "100% 0px 100% 0px" });

  // The one keyboard handler outside the widget, as WCAG 1.4.13 asks: Escape
  // closes an open hover tooltip wherever focus is.
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    for (const instance of live.values()) {
      try { if (instance.widget) instance.widget.dismiss_tooltips(); } catch (e) { failVisibly(instance, e); }
    }
  });

  darkQuery.addEventListener("change", () => {
    for (const instance of live.values()) instance.optionChanged("theme");
  });
  forcedQuery.addEventListener("change", () => live.forEach(restyle));
  // One read per widget per batch of changes, however many there were.
  // At most one re-read per widget per frame: a site may flip attributes
  // of <body> on every scroll event.
  const due = new Set();
  const flush = () => { for (const instance of due) restyle(instance); due.clear(); };
  styleWatcher = new MutationObserver((records) => {
    const onPage = records.filter((r) => r.target === document.documentElement || r.target === document.body);
    const langChanged = onPage.some((r) => r.attributeName === "lang");
    live.forEach((instance, host) => {
      // The page's language, for widgets that take it (no lang of their own).
      if (langChanged && instance.widget && !option(host, "lang")) {
        try { instance.widget.set_lang(languageOf(host)); } catch (e) { failVisibly(instance, e); }
      }
      if (onPage.length || records.some((r) => r.target === host)) {
        if (!due.size) requestAnimationFrame(flush);
        due.add(instance);
      }
    });
  });
  const watchPage = () => {
    for (const el of [document.documentElement, document.body]) if (el) styleWatcher.observe(el, { attributes: true });
  };

  // The device pixel ratio changes with browser zoom and when a window moves
  // to another monitor. A resolution query fires once per ratio, so it is
  // re-armed; zoom also resizes the viewport, so a resize is checked too.
  let knownRatio = devicePixelRatio || 1;
  function ratioChanged() {
    const ratio = devicePixelRatio || 1;
    if (ratio === knownRatio) return;
    knownRatio = ratio;
    for (const instance of live.values()) {
      try { if (instance.widget) instance.widget.set_dpr(ratio); } catch (e) { failVisibly(instance, e); }
    }
  }
  function watchPixelRatio() {
    matchMedia(`(resolution: ${knownRatio}dppx)`).addEventListener("change", () => {
      ratioChanged();
      watchPixelRatio();
    }, { once: true });
  }
  watchPixelRatio();
  addEventListener("resize", ratioChanged, { passive: true });

  if (!customElements.get(TAG)) {
    customElements.define(TAG, class extends HTMLElement {
      static get observedAttributes() { return OPTIONS; }
      connectedCallback() { connect(this); }
      disconnectedCallback() { disconnect(this); }
      attributeChangedCallback(name) { const i = live.get(this); if (i) i.optionChanged(name); }
    });
  }

  // CMSs that strip unknown tags can use <div data-tiexi-infographic>.
  const divOptions = OPTIONS.map((name) => `data-${name}`);
  const divWatcher = new MutationObserver((records) => {
    for (const record of records) {
      if (record.type === "attributes") {
        const instance = live.get(record.target);
        if (instance) instance.optionChanged(record.attributeName.slice(5));
        continue;
      }
      for (const node of record.removedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.hasAttribute(DIV_MARK) && !node.isConnected) disconnect(node);
        node.querySelectorAll(`[${DIV_MARK}]`).forEach((el) => { if (!el.isConnected) disconnect(el); });
      }
      for (const node of record.addedNodes) {
        if (node.nodeType !== 1) continue;
        if (node.hasAttribute(DIV_MARK)) connect(node);
        node.querySelectorAll(`[${DIV_MARK}]`).forEach(connect);
      }
    }
  });
  function scanDivs() {
    watchPage();
    document.querySelectorAll(`[${DIV_MARK}]`).forEach(connect);
    divWatcher.observe(document.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: divOptions,
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scanDivs, { once: true });
  else scanDivs();
}

// On a browser that lacks something the widget needs, every instance keeps
// its fallback text. embed.css may still have reserved the widget's height
// (a browser can support container queries and lack something else), so
// the reservation is given up: the summary without a blank box below it.
function keepFallbacks() {
  console.info(`tiexi-infographic: this browser lacks ${MISSING.join(", ")}; showing the summary text instead.`);
  const release = () => {
    document.querySelectorAll(`${TAG}, [${DIV_MARK}]`).forEach((host) => host.style.setProperty("--tiexi-height", "0px"));
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", release, { once: true });
  else release();
  if (window.MutationObserver) new MutationObserver(release).observe(document.documentElement, { childList: true, subtree: true });
}

// The same URL twice is one module, run once; copies under other URLs
// (embed.js?v=2) are modules of their own. The first copy to run serves the
// page, and any later one does nothing.
const LOADER_KEY = Symbol.for("tiexi-infographic.loader");
if (!globalThis[LOADER_KEY]) {
  globalThis[LOADER_KEY] = true;
  try {
    if (MISSING.length) keepFallbacks();
    else install();
  } catch (error) {
    // Never into the host page; the fallback text stays.
    console.error("tiexi-infographic:", error);
  }
}
