// The isolation pages differ only in the host stylesheet: ?sheet=inherited,
// reboot or preflight links isolation-<sheet>.css; none is the clean page.
// Written by the parser (document.write) so the sheet applies before the
// widget's module script runs, as a <link> in the page's own markup would.
const sheet = new URLSearchParams(location.search).get("sheet");
if (sheet && /^[a-z]+$/.test(sheet)) {
  document.write(`<link rel="stylesheet" href="isolation-${sheet}.css">`);
  document.title = `Style isolation: ${sheet}`;
}
