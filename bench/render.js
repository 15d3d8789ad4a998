// Run in bench/render.html by bench/run.mjs: times rendering n items with <policy-news> (.data, so no fetch),
// with the bare-Lit floor (bench/bare-lit.js, the same markup and styles in a plain LitElement) and with the
// hand-written baseline (bench/baseline.js), in turn.
import { PolicyNews } from '/dist/policy-widgets.js';
import { renderBaseline } from './baseline.js';
import { defineBareLit } from './results/bare-lit.js';

const FEED = '/stories/fixtures/feeds/security-policy.en.json';
const stage = document.getElementById('stage');
const sheets = PolicyNews.elementStyles.map((style) => style.styleSheet);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const nextTask = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve)));
defineBareLit(PolicyNews.elementStyles);

/** The sample feed, its items repeated with fresh ids up to `count`. */
async function feedOf(count) {
  const feed = await (await fetch(FEED)).json();
  const items = Array.from({ length: count }, (_, i) => ({ ...feed.items[i % feed.items.length], id: `item-${i}` }));
  return { ...feed, items };
}

/** Each contender: renders `count` items of `feed` into the stage, resolving once every item is in the DOM. */
const RENDERERS = {
  // A long list comes in several tasks: done once the last item is in.
  widget: async (feed, count) => {
    const block = await element('policy-news', feed, count);
    await allItems(block, count);
    return block;
  },
  bareLit: (feed, count) => element('bare-lit-news', feed, count),
  handWritten: async (feed, count) => {
    const host = document.createElement('div');
    stage.append(host);
    renderBaseline(host, feed, { limit: count, base: new URL(FEED, location.href).href, sheets });
    return host;
  },
};

function element(tag, feed, count) {
  const block = document.createElement(tag);
  block.limit = count;
  block.data = feed;
  stage.append(block);
  return block.updateComplete.then(() => block);
}

/** Resolves as soon as `count` items are in `block`'s shadow root. */
function allItems(block, count) {
  const done = () => block.shadowRoot.querySelectorAll('li').length === count;
  if (done()) return undefined;
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => done() && (observer.disconnect(), resolve()));
    observer.observe(block.shadowRoot, { childList: true, subtree: true });
  });
}

/** Milliseconds from creating the block to its content laid out. */
async function time(render, feed, count) {
  const start = performance.now();
  const block = await render(feed, count);
  block.getBoundingClientRect();
  const elapsed = performance.now() - start;
  if (block.shadowRoot.querySelectorAll('li').length !== count) throw new Error(`${block.localName} rendered the wrong number of items`);
  block.remove();
  await nextTask();
  return elapsed;
}

export async function measure(count, iterations) {
  const feed = await feedOf(count);
  const times = Object.fromEntries(Object.keys(RENDERERS).map((name) => [name, []]));
  // Warm-up, untimed: compile every code path once.
  for (const render of Object.values(RENDERERS)) await time(render, feed, count);
  for (let i = 0; i < iterations; i++) {
    const names = Object.keys(RENDERERS);
    // Rotate the order, so no contender always runs first.
    for (const name of [...names.slice(i % names.length), ...names.slice(0, i % names.length)]) {
      times[name].push(await time(RENDERERS[name], feed, count));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([name, values]) => [name, median(values)]));
}

/**
 * The longest task (ms) while `count` items render and lay out, per contender, worst of `runs`. The browser
 * reports only tasks over 50 ms ('longtask'); a render with none reports 0.
 */
export async function longestTask(count, runs) {
  const feed = await feedOf(count);
  const worst = {};
  for (const [name, render] of Object.entries(RENDERERS)) {
    worst[name] = 0;
    for (let i = 0; i < runs; i++) {
      const entries = [];
      const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
      observer.observe({ type: 'longtask' });
      await nextTask();
      const block = await render(feed, count);
      // Past the frame that paints the last items, so its layout and paint count too.
      await nextTask();
      await new Promise((resolve) => setTimeout(resolve, 50));
      entries.push(...observer.takeRecords());
      observer.disconnect();
      block.remove();
      worst[name] = Math.max(worst[name], ...entries.map((entry) => entry.duration));
      await nextTask();
    }
  }
  return worst;
}
