// Loaded first, as a classic script, by the benchmark's partner pages: records every layout shift (definition
// included) and when the block's content was in the page, in window.bench, for bench/run.mjs to read.
window.bench = { layoutShift: 0, shifts: [] };
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    window.bench.layoutShift += entry.value;
    window.bench.shifts.push({ value: entry.value, at: Math.round(entry.startTime) });
  }
}).observe({ type: 'layout-shift', buffered: true });
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') window.bench.fcp = entry.startTime;
}).observe({ type: 'paint', buffered: true });

/** Marks the content as in the page, laid out. */
window.bench.done = (block) => {
  block.getBoundingClientRect();
  window.bench.contentAt ??= performance.now();
};
document.addEventListener('policy-load', (event) => window.bench.done(event.target));
