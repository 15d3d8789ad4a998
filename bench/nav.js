// bench/nav.html?mode=widget|baseline&tag=policy-news&src=…&lang=en&script=/dist/elements/news.js
// Renders one block from a feed over HTTP and records, in window.bench, when
// its content was in the page and every layout shift the page saw. The block
// is in the page's markup (dist/policy-widgets.css holds its space); the
// baseline's is a plain <div>.
const params = new URLSearchParams(location.search);
const slot = document.getElementById('slot');
const src = params.get('src');
// layoutShift counts shifts once the loading state is on screen (the budget: the feed arriving late);
// upgradeShift counts those before it, when the not-yet-defined element became the placeholder.
window.bench = { layoutShift: 0, upgradeShift: 0, shifts: [] };

new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const late = window.bench.loadingAt !== undefined && entry.startTime >= window.bench.loadingAt;
    window.bench[late ? 'layoutShift' : 'upgradeShift'] += entry.value;
    window.bench.shifts.push({ value: entry.value, at: Math.round(entry.startTime), late });
  }
}).observe({ type: 'layout-shift', buffered: true });

const done = () => {
  slot.getBoundingClientRect();
  window.bench.contentAt = performance.now();
};

if (params.get('mode') === 'baseline') {
  const { renderBaseline } = await import('./baseline.js');
  // The widget's own CSS, which bench/run.mjs copies out of the build, as a hand-written widget would ship it.
  const { default: cssText } = await import('./results/baseline-styles.js');
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(cssText);
  const host = slot.firstElementChild;
  const response = await fetch(src, { credentials: 'omit' });
  const feed = await response.json();
  renderBaseline(host, feed, { limit: 7, base: response.url, sheets: [sheet] });
  done();
} else {
  const element = slot.firstElementChild;
  if (params.has('lang')) element.setAttribute('lang', params.get('lang'));
  if (params.has('limit')) element.setAttribute('limit', params.get('limit'));
  element.addEventListener('policy-load', done);
  // The all-in-one drop-in, or the per-element one that `script` names.
  await import(params.get('script') ?? '/dist/policy-widgets.js');
  await element.updateComplete;
  window.bench.loadingHeight = element.getBoundingClientRect().height;
  // The placeholder's first frame is painted; any shift from here on is the feed arriving.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  window.bench.loadingAt = performance.now();
  element.addEventListener('policy-load', () => (window.bench.readyHeight = element.getBoundingClientRect().height));
}
