// Whether the Wasm may be optimised with binaryen's --low-memory-unused,
// which folds `load(p + C)` into a load at offset C from p (about 0.9 KB
// brotli here). The two differ only when p + C wraps past 4 GiB, which in
// the unfolded form reads the lowest bytes of memory and in the folded one
// traps; the assumption is that nothing lives in those lowest 1,024 bytes.
// Rust's wasm32 layout puts the stack there (it grows down from 1 MiB
// towards 0) and the data above it; this checks the data half of that.

import { leb, readSections } from "./short-names.mjs";

const DATA_SECTION = 11;
/** What binaryen's --low-memory-unused takes as unused. */
export const LOW_MEMORY = 1024;

/** A signed LEB128 at `at`: `[value, offset after it]`. */
function sleb(bytes, at) {
  let value = 0;
  let shift = 0;
  let byte;
  do {
    byte = bytes[at++];
    value += (byte & 0x7f) * 2 ** shift;
    shift += 7;
  } while (byte & 0x80);
  if (byte & 0x40) value -= 2 ** shift;
  return [value, at];
}

/**
 * The lowest address any active data segment of `wasmBytes` starts at
 * (Infinity without one). Throws on a segment whose address is not a
 * plain constant: where it lands cannot be known here.
 */
export function lowestDataAddress(wasmBytes) {
  const data = readSections(wasmBytes).find((s) => s.id === DATA_SECTION);
  if (!data) return Infinity;
  const body = data.body;
  let [count, at] = leb(body, 0);
  let lowest = Infinity;
  for (; count > 0; count--) {
    let kind;
    [kind, at] = leb(body, at);
    if (kind !== 1) {
      if (kind === 2) [, at] = leb(body, at); // memory index
      if (body[at++] !== 0x41) throw new Error("low-memory: a data segment's address is not an i32.const");
      let address;
      [address, at] = sleb(body, at);
      if (body[at++] !== 0x0b) throw new Error("low-memory: a data segment's address is not a plain constant");
      lowest = Math.min(lowest, address >>> 0);
    }
    let size;
    [size, at] = leb(body, at);
    at += size;
  }
  return lowest;
}
