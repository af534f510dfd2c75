// rustc's arguments to the Wasm linker, as build-tools/wasm-link.mjs reads
// and rewrites them: response files expanded, and the exports of the
// wasm-streams classes told apart from the rest.
import { readFileSync, writeFileSync } from "node:fs";
import { UNUSED_CLASSES } from "../loader/prune-bindings.mjs";

/** A class method's or destructor's export (`intounderlyingsink_write_…`,
 * `__wbg_intounderlyingsink_free_…`), not the description wasm-bindgen
 * reads (`__wbindgen_describe_…`). */
export const UNWANTED = new RegExp(`^(__wbg_)?(${UNUSED_CLASSES.map((c) => c.toLowerCase()).join("|")})_`);

/** The arguments with every `@file` replaced by the arguments in it: when
 * the command line is too long, rustc writes one argument a line, with a
 * backslash before each backslash and space (GNU ld's rules). */
export function expandResponseFiles(args, read = (path) => readFileSync(path, "utf8")) {
  return args.flatMap((a) => (a.startsWith("@") ? read(a.slice(1)).split("\n").filter((line) => line !== "").map(unescape) : [a]));
}

function unescape(line) {
  return line.replace(/\\(.)/g, "$1");
}

/** Writes `args` to a response file at `path` in the same form, for a
 * command line that would be too long again; returns its argument. */
export function responseFile(args, path) {
  writeFileSync(path, args.map((a) => `${a.replace(/[\\ ]/g, (c) => `\\${c}`)}\n`).join(""));
  return `@${path}`;
}

/** rustc's arguments without `--export NAME` (or `--export=NAME`) for the
 * classes' exports, and the names left out. */
export function withoutUnwanted(args) {
  const kept = [];
  const leftOut = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === "--export" && i + 1 < args.length && UNWANTED.test(args[i + 1])) {
      leftOut.push(args[++i]);
    } else if (a.startsWith("--export=") && UNWANTED.test(a.slice("--export=".length))) {
      leftOut.push(a.slice("--export=".length));
    } else {
      kept.push(a);
    }
  }
  return { kept, leftOut };
}

/** True for an optimised link: rustc passes wasm-ld -O1 to -O3 (opt-level
 * s and z become -O2), and -O0 or nothing for a debug build. */
export function optimised(args) {
  return args.some((a) => /^-O[1-9]$/.test(a));
}
