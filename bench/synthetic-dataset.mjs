// A synthetic dataset of n milestones for dense-data tests and benchmarks:
// deterministic, spread over the year with a mix of day and month dates,
// every text in the three languages (a real file's weight per item).
export function syntheticDataset(n, { seed = 7 } = {}) {
  let state = seed;
  const random = () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  const pad = (v) => String(v).padStart(2, "0");
  const daysIn = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const text = (zh, en) => ({ "zh-Hant": zh, "zh-Hans": zh, en });
  const categories = ["blue", "orange", "green", "purple", "red", "teal"].map((color, i) => ({
    id: `c${i}`, color, name: text(`類別${i + 1}`, `Category ${i + 1}`),
  }));
  const milestones = [];
  for (let i = 0; i < n; i++) {
    const month = 1 + Math.floor(random() * 12);
    const date = random() < 0.8
      ? `2025-${pad(month)}-${pad(1 + Math.floor(random() * daysIn[month - 1]))}`
      : `2025-${pad(month)}`;
    milestones.push({
      id: `m${i}`, date, importance: 1 + Math.floor(random() * 3), category: `c${i % 6}`,
      title: text(`事件${i}`, `Event ${i}`),
      description: text(`第${i}個合成事件`, `Synthetic event number ${i}`),
      source: [{ kind: "article", note: text("合成", "Synthetic") }],
    });
  }
  return {
    version: 1,
    meta: {
      title: text(`${n}個事件`, `${n} events`),
      source: { author: text("測試", "Test") },
      period: "2025",
    },
    categories,
    indicators: [],
    milestones,
  };
}
