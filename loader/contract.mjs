// Reads loader/contract.json, what the loader and the Wasm agree on (build.rs
// reads the same file for the Rust side), for the build's two JavaScript
// outputs: the loader's copy written into dist/embed.js, and the language
// columns of the reserved heights in dist/embed.css.
import { readFileSync } from "node:fs";

const LANGS = ["zh-Hant", "zh-Hans", "en"];

/** The whole contract, checked as build.rs checks it. */
export function readContract(path) {
  const c = JSON.parse(readFileSync(path, "utf8"));
  const fail = (what) => { throw new Error(`${path}: ${what}`); };
  const l = c.languages;
  if (!l || !LANGS.includes(l.default)) fail("languages.default is zh-Hant, zh-Hans or en");
  if (!Array.isArray(l.rules) || !l.rules.length) fail("languages.rules is a non-empty list");
  for (const rule of l.rules) {
    const [prefix, lang] = Array.isArray(rule) ? rule : [];
    if (typeof prefix !== "string" || prefix !== prefix.toLowerCase() || !LANGS.includes(lang)) {
      fail(`language rule ${JSON.stringify(rule)} is not [lower-case prefix, language]`);
    }
  }
  for (const lang of LANGS) {
    if (l.script?.[lang] !== "cjk" && l.script?.[lang] !== "en") fail(`languages.script.${lang} is cjk or en`);
    if (typeof c.failed?.[lang] !== "string") fail(`failed.${lang}`);
    if (typeof c.stopped?.[lang] !== "string") fail(`stopped.${lang}`);
  }
  for (const key of ["options", "views"]) {
    if (!Array.isArray(c[key]) || !c[key].length || !c[key].every((v) => typeof v === "string")) fail(`${key} is a list of names`);
  }
  return c;
}

/** What the loader needs of it (no comments, no texts only the Wasm shows). */
export function loaderContract(path) {
  const c = readContract(path);
  return {
    languages: { default: c.languages.default, rules: c.languages.rules },
    options: c.options,
    views: c.views,
    failed: c.failed,
  };
}

/**
 * For the reserved heights, whose measured columns are per view and per
 * script (cjk, en): the views (the first is the default), the script of a tag no rule matches, and for each script the
 * shortest prefixes that lead to it (a prefix another one of the same
 * script already starts is left out, so `zh` stands for `zh-cn` too).
 */
export function scriptRules(path) {
  const c = readContract(path);
  const script = c.languages.script;
  const prefixes = { cjk: [], en: [] };
  for (const [prefix, lang] of c.languages.rules) prefixes[script[lang]].push(prefix);
  for (const s of Object.keys(prefixes)) {
    prefixes[s] = prefixes[s].filter((p) => !prefixes[s].some((q) => q !== p && p.startsWith(`${q}-`)));
  }
  // CSS has no "first rule wins": a rule nested inside one of the other
  // script (zh-xx → en under zh → cjk) would need an order it cannot keep.
  const under = (p, q) => p.startsWith(`${q}-`);
  for (const p of prefixes.cjk) {
    for (const q of prefixes.en) {
      if (under(p, q) || under(q, p)) throw new Error(`${path}: the reserved heights cannot tell ${p} from ${q}`);
    }
  }
  return { fallback: script[c.languages.default], prefixes, views: c.views };
}
