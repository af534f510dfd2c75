// Edits the wasm-bindgen glue's text through its syntax tree (acorn), for
// the release build's steps that change the Wasm and the glue together
// (prune-bindings.mjs, short-names.mjs).

/**
 * Calls `each` with every node of the syntax tree under `node`; a node for
 * which it returns `false` is not looked into.
 */
export function visitNodes(node, each) {
  if (!node || typeof node.type !== "string") return;
  if (each(node) === false) return;
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) value.forEach((child) => visitNodes(child, each));
    else if (value && typeof value === "object") visitNodes(value, each);
  }
}

/** Applies `[start, end, text]` edits to `code`, last first. */
export function edit(code, edits) {
  edits.sort((a, b) => b[0] - a[0]);
  for (const [start, end, text] of edits) code = code.slice(0, start) + text + code.slice(end);
  return code;
}

/**
 * The glue with only the import functions in `imported` left in its import
 * object (the object literal that `__wbg_get_imports` builds).
 */
export function keepImports(acorn, code, imported) {
  const edits = [];
  visitNodes(acorn.parse(code, { ecmaVersion: "latest", sourceType: "module" }), (node) => {
    if (node.type !== "ObjectExpression" || !node.properties.some((p) => p.key?.name?.startsWith("__wbg_"))) return;
    for (const prop of node.properties) {
      const name = prop.key?.name ?? prop.key?.value;
      if (name && name !== "__proto__" && !imported.has(name)) {
        // The property and the comma after it.
        const comma = code.slice(prop.end).match(/^\s*,/);
        edits.push([prop.start, prop.end + (comma ? comma[0].length : 0), ""]);
      }
    }
    return false;
  });
  return edit(code, edits);
}
