// npm run bench: one headless Chromium, medians over several runs, printed as a
// table beside the budgets in design.md and written to bench/results/.
// Budgets are reported, not asserted: a benchmark is not a test.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../tests/server/chrome.mjs';
import { SIZE_BUDGET } from './budgets.mjs';
import { startServer } from './server.mjs';

const RESULTS = new URL('./results/', import.meta.url);
const FEED = '/faults/feeds/security-policy.en.json';
const TAGS = JSON.parse(await readFile(new URL('../src/elements.json', import.meta.url), 'utf8')).elements.map((element) => element.tag);
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 2) => Number(value.toFixed(digits));

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const rows = [];
const row = (measure, figure, baseline, budget, ok) => rows.push({ measure, figure, baseline, budget, ok });

try {
  // 1. Render time for 7 and 1,000 items, against the baseline, in one page.
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${origin}/bench/render.html`);
  const cssText = await page.evaluate(async () => {
    const { PolicyNews } = await import('/dist/policy-widgets.js');
    return PolicyNews.elementStyles.map((style) => style.cssText).join('\n');
  });
  await mkdir(RESULTS, { recursive: true });
  await writeFile(new URL('baseline-styles.js', RESULTS), `export default ${JSON.stringify(cssText)};\n`);
  const render = {};
  for (const [count, iterations] of [[7, 41], [1000, 11]]) {
    render[count] = await page.evaluate(
      async ([count, iterations]) => (await import('/bench/render.js')).measure(count, iterations),
      [count, iterations],
    );
    const { widget, baseline } = render[count];
    row(`render ${count} items (ms, median of ${iterations})`, round(widget), round(baseline), '≤ 1.5× baseline', widget <= 1.5 * baseline);
  }
  await page.close();

  // 2. Navigation to content, fetching the same feed; 3. JavaScript bytes, per locale.
  const visit = async (query, viewport = { width: 1280, height: 800 }) => {
    const context = await browser.newContext({ viewport });
    const tab = await context.newPage();
    await tab.goto(`${origin}/bench/nav.html?${new URLSearchParams(query)}`);
    await tab.waitForFunction(() => window.bench?.contentAt !== undefined, null, { timeout: 15_000 });
    await tab.waitForTimeout(query.settle ?? 0);
    const result = await tab.evaluate(() => ({
      ...window.bench,
      scripts: performance
        .getEntriesByType('resource')
        .filter((entry) => entry.name.endsWith('.js'))
        .map(({ name, encodedBodySize, decodedBodySize }) => ({ name: new URL(name).pathname, encodedBodySize, decodedBodySize })),
    }));
    await context.close();
    return result;
  };
  const navigation = { widget: [], baseline: [] };
  for (let i = 0; i < 15; i++) {
    for (const mode of i % 2 ? ['baseline', 'widget'] : ['widget', 'baseline']) {
      navigation[mode].push((await visit({ mode, src: `${FEED}?key=nav-${mode}-${i}` })).contentAt);
    }
  }
  const nav = { widget: median(navigation.widget), baseline: median(navigation.baseline) };
  row('navigation to content (ms, median of 15)', round(nav.widget, 1), round(nav.baseline, 1), '≤ 1.5× baseline', nav.widget <= 1.5 * nav.baseline);

  const bytes = {};
  for (const lang of ['en', 'nb', 'nn', 'se']) {
    const { scripts } = await visit({ mode: 'widget', lang, src: `${FEED.replace('.en.', lang === 'en' ? '.en.' : '.nb.')}` });
    const ours = scripts.filter((script) => !script.name.startsWith('/bench/'));
    bytes[lang] = {
      gzip: ours.reduce((sum, script) => sum + script.encodedBodySize, 0),
      raw: ours.reduce((sum, script) => sum + script.decodedBodySize, 0),
      files: ours.map((script) => script.name),
    };
    row(`JavaScript loaded, lang=${lang} (bytes gzip)`, bytes[lang].gzip, '', `≤ ${SIZE_BUDGET}`, bytes[lang].gzip <= SIZE_BUDGET);
  }

  // 4. Layout shift when the feed arrives 800 ms late, per element, desktop and phone widths.
  const shift = {};
  for (const [device, viewport] of [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]]) {
    for (const tag of TAGS) {
      const runs = [];
      for (let i = 0; i < 3; i++) {
        const result = await visit({ mode: 'widget', tag, src: `${FEED}?delay=800&key=cls-${device}-${tag}-${i}`, settle: 1000 }, viewport);
        runs.push(result);
      }
      const worst = runs.reduce((a, b) => (b.layoutShift > a.layoutShift ? b : a));
      const { layoutShift, upgradeShift, shifts, loadingHeight, readyHeight } = worst;
      shift[`${tag} ${device}`] = { layoutShift, upgradeShift, shifts, loadingHeight, readyHeight };
      row(
        `layout shift when the feed is 800 ms late, ${tag}, ${device} (worst of 3; px loading → ready)`,
        `${round(layoutShift, 4)} (${Math.round(loadingHeight)} → ${Math.round(readyHeight)})`,
        '',
        '0',
        layoutShift === 0,
      );
    }
  }

  const upgrade = Math.max(...Object.values(shift).map((entry) => entry.upgradeShift));
  row('layout shift when the script defines the element (worst, not budgeted)', round(upgrade, 4), '', '', true);

  const results = { date: new Date().toISOString(), chromium: browser.version(), render, navigation: nav, bytes, shift, rows };
  const file = new URL(`bench-${results.date.replace(/[:.]/g, '-')}.json`, RESULTS);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(new URL('latest.json', RESULTS), `${JSON.stringify(results, null, 2)}\n`);
  console.table(rows.map(({ measure, figure, baseline, budget, ok }) => ({ measure, 'policy-widgets': figure, baseline, budget, 'within budget': ok ? 'yes' : 'NO' })));
  console.log(`Chromium ${browser.version()}. Written to ${file.pathname}`);
} finally {
  await browser.close();
  server.close();
}
