// Run in bench/render.html by bench/run.mjs: times rendering n items with
// <policy-news> (.data, so no fetch) and with the baseline, alternately.
import { PolicyNews } from '/dist/policy-widgets.js';
import { renderBaseline } from './baseline.js';

const FEED = '/stories/fixtures/feeds/security-policy.en.json';
const stage = document.getElementById('stage');
const sheets = PolicyNews.elementStyles.map((style) => style.styleSheet);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** The sample feed, its items repeated with fresh ids up to `count`. */
async function feedOf(count) {
  const feed = await (await fetch(FEED)).json();
  const items = Array.from({ length: count }, (_, i) => ({ ...feed.items[i % feed.items.length], id: `item-${i}` }));
  return { ...feed, items };
}

function widget(feed, count) {
  const element = document.createElement('policy-news');
  element.limit = count;
  element.data = feed;
  stage.append(element);
  return element.updateComplete.then(() => element);
}

async function baseline(feed, count) {
  const host = document.createElement('div');
  stage.append(host);
  renderBaseline(host, feed, { limit: count, base: new URL(FEED, location.href).href, sheets });
  return host;
}

/** Milliseconds from creating the block to its content laid out. */
async function time(render, feed, count) {
  const start = performance.now();
  const block = await render(feed, count);
  block.getBoundingClientRect();
  const elapsed = performance.now() - start;
  block.remove();
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
  return elapsed;
}

export async function measure(count, iterations) {
  const feed = await feedOf(count);
  const times = { widget: [], baseline: [] };
  // Warm-up, untimed: compile both code paths once.
  await time(widget, feed, count);
  await time(baseline, feed, count);
  for (let i = 0; i < iterations; i++) {
    const order = i % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
    for (const name of order) times[name].push(await time(name === 'widget' ? widget : baseline, feed, count));
  }
  return { widget: median(times.widget), baseline: median(times.baseline) };
}
