// What a reader downloads for the peers' runtimes: each package's minified
// browser bundle files, as installed by `npm ci` in bench/ (the versions are
// pinned in bench/package.json), compressed as a CDN serves them (brotli 11,
// gzip -9), the same way bench/size-budget.mjs measures the widget.
//
//   node bench/peer-sizes.mjs          a markdown table for BENCHMARKS.md
//   node bench/peer-sizes.mjs --json   the figures as JSON
import { readFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const here = dirname(fileURLToPath(import.meta.url));
const modules = join(here, "node_modules");

// [peer, [[package, file in the package], …]]: the files a page loads to
// draw with that peer (its own minified builds, nothing of ours).
const peers = [
  ["Chart.js", [["chart.js", "dist/chart.umd.min.js"]]],
  [
    "TimelineJS3 (timeline.js + timeline.css)",
    [
      ["@knight-lab/timelinejs", "dist/js/timeline.js"],
      ["@knight-lab/timelinejs", "dist/css/timeline.css"],
    ],
  ],
  [
    "Highcharts + accessibility module",
    [
      ["highcharts", "highcharts.js"],
      ["highcharts", "modules/accessibility.js"],
    ],
  ],
  [
    "Observable Plot + d3",
    [
      ["@observablehq/plot", "dist/plot.umd.min.js"],
      ["d3", "dist/d3.min.js"],
    ],
  ],
  ["ECharts, simple build", [["echarts", "dist/echarts.simple.min.js"]]],
  ["ECharts, full build", [["echarts", "dist/echarts.min.js"]]],
  [
    "Vega + Vega-Lite + vega-embed",
    [
      ["vega", "build/vega.min.js"],
      ["vega-lite", "build/vega-lite.min.js"],
      ["vega-embed", "build/vega-embed.min.js"],
    ],
  ],
];

const version = (pkg) => JSON.parse(readFileSync(join(modules, pkg, "package.json"), "utf8")).version;
const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length },
  }).length,
});

const rows = peers.map(([peer, files]) => {
  const sizes = files.map(([pkg, file]) => {
    let bytes;
    try {
      bytes = readFileSync(join(modules, pkg, file));
    } catch (e) {
      throw new Error(`peer-sizes: ${pkg}/${file} is missing (run npm ci in bench/): ${e.message}`);
    }
    return measure(bytes);
  });
  const sum = (k) => sizes.reduce((t, s) => t + s[k], 0);
  const versions = [...new Set(files.map(([pkg]) => `${pkg} ${version(pkg)}`))];
  return { peer, versions, files: files.map(([pkg, file]) => `${pkg}/${file}`), raw: sum("raw"), gzip: sum("gzip"), brotli: sum("brotli") };
});

if (process.argv.includes("--json")) {
  console.log(JSON.stringify(rows, null, 1));
} else {
  const kb = (n) => (n / 1000).toFixed(1);
  console.log("| peer | packages | files | raw (KB) | gzip -9 (KB) | brotli 11 (KB) |");
  console.log("|---|---|---|---:|---:|---:|");
  for (const r of rows) {
    console.log(`| ${r.peer} | ${r.versions.join(", ")} | ${r.files.map((f) => `\`${f}\``).join(" + ")} | ${kb(r.raw)} | ${kb(r.gzip)} | ${kb(r.brotli)} |`);
  }
}
