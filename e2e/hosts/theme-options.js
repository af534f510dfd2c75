// Copies ?style=, ?theme= and ?selected= onto the widget element (see
// theme.html). Runs before the loader, a module script, runs.
const params = new URLSearchParams(location.search);
const widget = document.getElementById("widget");
for (const name of ["style", "theme", "selected"]) {
  if (params.has(name)) widget.setAttribute(name, params.get(name));
}
