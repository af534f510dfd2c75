// The peer: the built-in dataset as cards with Chart.js mini-charts and a
// Chart.js timeline with tooltips. ?n=N loads generated/dense-N.json (a
// timeline only) for the hover benchmark.
const COLORS = { blue: "#1f5fbf", orange: "#b05800", green: "#1e7b34", purple: "#6f42c1", red: "#c0392b", teal: "#00796b" };
const LANG = "zh-Hant";
const n = new URLSearchParams(location.search).get("n");
const data = await (await fetch(n ? `generated/dense-${n}.json` : "generated/data.json")).json();
const root = document.getElementById("peer");
const t = (text) => text[LANG] || text["zh-Hant"];
const catColor = (id) => COLORS[data.categories.find((c) => c.id === id).color];
Chart.defaults.animation = false;
Chart.defaults.maintainAspectRatio = false;
Chart.defaults.plugins.legend.display = false;

function figure(ind) {
  const v = ind.value;
  if (ind.format === "usd") return `${v / 1e8}億美元`;
  if (ind.format === "percent") return `${v}%`;
  if (ind.format === "compact") return `超過${v / 1e4}萬${ind.unit ? t(ind.unit) : ""}`;
  return `${v}${ind.unit ? t(ind.unit) : ""}`;
}

function miniChart(canvas, ind, color) {
  const axisless = { x: { display: false }, y: { display: false } };
  const ref = ind.reference?.value;
  switch (ind.chart) {
    case "streak":
      return new Chart(canvas, { type: "bar", data: { labels: [...Array(ind.value).keys()].map((i) => `Q${i + 1}`), datasets: [{ data: Array(ind.value).fill(1), backgroundColor: color }] }, options: { scales: axisless } });
    case "ring":
      return new Chart(canvas, { type: "doughnut", data: { labels: ["", ""], datasets: [{ data: [ind.value, 100 - ind.value], backgroundColor: [color, "#ddd"] }] } });
    case "stack":
    case "duration": {
      const parts = ind.chart === "stack" ? ind.parts.map((p) => p.value) : [ind.value, ref - ind.value];
      return new Chart(canvas, { type: "bar", data: { labels: [""], datasets: parts.map((v, i) => ({ data: [v], backgroundColor: i ? "#ddd" : color })) }, options: { indexAxis: "y", scales: { x: { stacked: true, display: false }, y: { stacked: true, display: false } } } });
    }
    default: {
      // Counted things as points: units, pictogram, batch, area cells.
      const count = ind.chart === "batch" ? ref : ind.chart === "pictogram" ? Math.ceil(ind.value / ref) : ind.chart === "area" ? Math.ceil(ind.value) : ind.parts.reduce((s, p) => s + p.value, 0);
      const cols = Math.ceil(Math.sqrt(count * 3));
      const points = [...Array(count).keys()].map((i) => ({ x: i % cols, y: Math.floor(i / cols) }));
      return new Chart(canvas, { type: "scatter", data: { datasets: [{ data: points, backgroundColor: points.map((_, i) => (ind.chart === "batch" && i > 0 ? "#ddd" : color)), pointStyle: "rect", pointRadius: 6 }] }, options: { scales: axisless } });
    }
  }
}

if (!n) {
  const h = document.createElement("h2");
  h.textContent = t(data.meta.title);
  const grid = document.createElement("div");
  grid.className = "grid";
  root.append(h, grid);
  for (const ind of data.indicators) {
    const card = document.createElement("article");
    card.className = "card";
    card.style.setProperty("--c", catColor(ind.category));
    const fig = document.createElement("p");
    fig.className = "figure";
    fig.textContent = figure(ind);
    const label = document.createElement("p");
    label.className = "label";
    label.textContent = t(ind.label);
    const box = document.createElement("div");
    box.className = "mini";
    const canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", `${fig.textContent} ${label.textContent}`);
    box.append(canvas);
    card.append(fig, label, box);
    grid.append(card);
    miniChart(canvas, ind, catColor(ind.category));
  }
}

// The timeline: day of the year on x, category lanes on y, a tooltip per point.
const dayOf = (date) => {
  const [y, m = "01", d = "15"] = date.split("-");
  return (Date.UTC(+y, +m - 1, +d) - Date.UTC(+y, 0, 1)) / 864e5;
};
const box = document.createElement("div");
box.className = "timeline";
const canvas = document.createElement("canvas");
canvas.className = "peer-timeline";
box.append(canvas);
root.append(box);
const lanes = data.categories.map((c) => c.id);
new Chart(canvas, {
  type: "scatter",
  data: {
    datasets: data.categories.map((c) => ({
      label: t(c.name),
      data: data.milestones.filter((m) => m.category === c.id && m.date.length > 4).map((m) => ({ x: dayOf(m.date), y: lanes.indexOf(c.id), title: t(m.title), date: m.date })),
      backgroundColor: COLORS[c.color],
      pointRadius: 6,
    })),
  },
  options: {
    scales: {
      x: { min: 0, max: 365, ticks: { stepSize: 30.4, callback: (v) => `${Math.floor(v / 30.4) + 1}月` } },
      y: { min: -1, max: lanes.length, ticks: { callback: (v) => (data.categories[v] ? t(data.categories[v].name) : "") } },
    },
    plugins: { tooltip: { callbacks: { label: (ctx) => `${ctx.raw.date} ${ctx.raw.title}` } } },
  },
});
window.dispatchEvent(new CustomEvent("peer:ready"));
window.__peerReady = performance.now();
