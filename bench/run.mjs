// npm run bench: one headless Chromium, medians over several runs, printed as a table, each figure beside its
// budget (bench/budgets.mjs) and, where there is one, the bare-Lit floor; written to bench/results/.
// Budgets are reported, not asserted: a benchmark is not a test.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { chromeArgs, chromePath, launchChromium } from '../tests/server/browsers.mjs';
import {
  ELEMENT_REQUESTS_BUDGET,
  ELEMENT_SIZE_BUDGET,
  LONG_TASK_BUDGET,
  PRERENDER_BUDGET,
  RENDER_BUDGET,
  SCRIPT_ONLY_BUDGET,
  SIZE_BUDGET,
  TBT_BUDGET,
} from './budgets.mjs';
import { startServer } from './server.mjs';

const RESULTS = new URL('./results/', import.meta.url);
const FEED = '/faults/feeds/security-policy.en.json';
const TAGS = JSON.parse(await readFile(new URL('../src/elements.json', import.meta.url), 'utf8')).elements.map((element) => element.tag);
const DEVICES = [['desktop', { width: 1280, height: 900 }], ['phone', { width: 390, height: 844 }]];
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const round = (value, digits = 2) => Number(value.toFixed(digits));

const server = await startServer();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launchChromium();
const rows = [];
/**
 * One line of the table; `ok` is whether the budget is met, undefined when not measured, null when there is no
 * budget. `floor` is the bare-Lit element's figure, where one applies.
 */
const row = (measure, figure, baseline, budget, ok, floor = '') => rows.push({ measure, figure, floor, baseline, budget, ok });

/** Opens `path` in a fresh context, waits until `until` is recorded in window.bench, then `settle` ms more. */
async function open(path, viewport = { width: 1280, height: 800 }, { until = 'contentAt', settle = 0 } = {}) {
  const context = await browser.newContext({ viewport });
  const tab = await context.newPage();
  await tab.goto(`${origin}${path}`);
  await tab.waitForFunction((key) => window.bench?.[key] !== undefined, until, { timeout: 15_000 });
  await tab.waitForTimeout(settle);
  const result = await tab.evaluate(() => {
    const { layoutShift, shifts, contentAt, fcp } = window.bench;
    const mark = (name) => performance.getEntriesByName(name)[0]?.startTime;
    return { layoutShift, shifts, contentAt, fcp, dropIn: mark('drop-in'), takeOver: mark('take-over') };
  });
  await context.close();
  return result;
}

/** Bundles bench/bare-lit.js with Lit, minified, into bench/results/bare-lit.js, as a page would load it. */
function buildBareLit() {
  return build({
    configFile: false,
    logLevel: 'warn',
    build: {
      outDir: fileURLToPath(RESULTS),
      emptyOutDir: false,
      target: 'es2022',
      lib: { entry: fileURLToPath(new URL('./bare-lit.js', import.meta.url)), formats: ['es'], fileName: () => 'bare-lit.js' },
      rolldownOptions: { output: { minify: true } },
    },
  });
}

const PROBE = '<script src="/bench/partner-probe.js"></script>';
const DROP_IN = '<script type="module" src="/dist/policy-widgets.js"></script>';

async function measurePrerendered() {
  const label = 'prerendered page (four elements), 1280 px';
  const module = new URL('../dist/lib/prerender/index.js', import.meta.url);
  if (!existsSync(module)) {
    for (const measure of ['time to content (FCP) vs static HTML', 'layout shift through take-over', 'take-over before first paint']) {
      row(`${label}: ${measure}`, 'n/a: prerender not built', '', measure.startsWith('time') ? `≤ ${PRERENDER_BUDGET}× static` : measure.startsWith('layout') ? '0' : 'none');
    }
    return undefined;
  }
  const { prerender } = await import(module.href);
  const source = await readFile(new URL('./four.html', import.meta.url), 'utf8');
  const html = (await prerender(source, { baseUrl: `${origin}/bench/four.html` })).replace('<head>', `<head>${PROBE}`);
  // An inline module just before the drop-in runs just before it: its mark is when the drop-in starts; the
  // take-over starts when the elements are defined.
  const marks = `performance.mark('drop-in'); customElements.whenDefined('policy-news').then(() => performance.mark('take-over'))`;
  await writeFile(new URL('prerendered.html', RESULTS), html.replace(DROP_IN, `<script type="module">${marks}</script>${DROP_IN}`));
  await writeFile(new URL('prerendered-static.html', RESULTS), html.replace(/<script\b(?![^>]*partner-probe)[^>]*>[\s\S]*?<\/script>/g, ''));
  const runs = { prerendered: [], static: [] };
  for (let i = 0; i < 7; i++) {
    for (const mode of i % 2 ? ['static', 'prerendered'] : ['prerendered', 'static']) {
      const file = mode === 'static' ? 'prerendered-static.html' : 'prerendered.html';
      runs[mode].push(await open(`/bench/results/${file}`, DEVICES[0][1], { until: 'fcp', settle: 1500 }));
    }
  }
  const fcp = { prerendered: median(runs.prerendered.map((run) => run.fcp)), static: median(runs.static.map((run) => run.fcp)) };
  const worst = Math.max(...runs.prerendered.map((run) => run.layoutShift));
  const early = runs.prerendered.filter((run) => !(run.dropIn > run.fcp)).length;
  const earlyTakeOver = runs.prerendered.filter((run) => !(run.takeOver > run.fcp)).length;
  row(`${label}: time to content, first contentful paint (ms, median of 7)`, round(fcp.prerendered, 1), round(fcp.static, 1), `≤ ${PRERENDER_BUDGET}× static`, fcp.prerendered <= PRERENDER_BUDGET * fcp.static);
  row(`${label}: layout shift through take-over (worst of 7)`, round(worst, 4), '', '0', worst === 0);
  row(
    `${label}: runs where the take-over (elements defined) began before first paint (take-over − FCP, median ms)`,
    `${earlyTakeOver} of 7 (${round(median(runs.prerendered.map((run) => run.takeOver - run.fcp)), 1)})`,
    '',
    '0 runs',
    earlyTakeOver === 0,
  );
  row(
    `${label}: runs where the drop-in module started before first paint (drop-in start − FCP, median ms; not budgeted)`,
    `${early} of 7 (${round(median(runs.prerendered.map((run) => run.dropIn - run.fcp)), 1)})`,
    '',
    '',
    null,
  );
  return { fcp, worstShift: worst, early, earlyTakeOver, runs };
}

/** The four-element page once its elements are ready, saved as static HTML: shadow roots as declarative ones, styles inline, no script. */
async function saveStatic() {
  const tab = await browser.newPage();
  await tab.goto(`${origin}/bench/four.html`);
  await tab.waitForFunction(() => [...document.querySelectorAll('[state]')].filter((element) => element.getAttribute('state') !== 'loading').length === 4);
  const html = await tab.evaluate(() => {
    const roots = [...document.querySelectorAll('[state]')].map((element) => element.shadowRoot);
    for (const root of roots) {
      const style = document.createElement('style');
      style.textContent = root.adoptedStyleSheets.map((sheet) => [...sheet.cssRules].map((rule) => rule.cssText).join('\n')).join('\n');
      root.prepend(style);
    }
    return `<!doctype html>\n<html lang="en">${document.documentElement.getHTML({ shadowRoots: roots })}</html>`;
  });
  await tab.close();
  await writeFile(new URL('four-static.html', RESULTS), html.replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ''));
}

/** One Lighthouse run (its own Chromium, in a child process, so this process's server keeps answering). */
function lighthouseRun(url) {
  const bin = fileURLToPath(new URL('../node_modules/lighthouse/cli/index.js', import.meta.url));
  const flags = ['--headless=new', ...chromeArgs].join(' ');
  const args = [bin, url, '--output=json', '--output-path=stdout', '--only-categories=performance', '--quiet', `--chrome-flags=${flags}`];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: chromePath() }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk) => (out += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`lighthouse exited with ${code}`));
      const report = JSON.parse(out);
      resolve({
        score: Math.round(report.categories.performance.score * 100),
        tbt: report.audits['total-blocking-time'].numericValue,
        bootup: report.audits['bootup-time'].numericValue,
      });
    });
  });
}

async function measureLighthouse() {
  await saveStatic();
  const runs = { widget: [], static: [] };
  for (let i = 0; i < 3; i++) {
    for (const mode of i % 2 ? ['static', 'widget'] : ['widget', 'static']) {
      runs[mode].push(await lighthouseRun(`${origin}/bench/${mode === 'static' ? 'results/four-static.html' : 'four.html'}`));
    }
  }
  const med = (mode, key) => median(runs[mode].map((run) => run[key]));
  const [score, tbt, bootup] = ['score', 'tbt', 'bootup'].map((key) => ({ widget: med('widget', key), static: med('static', key) }));
  const label = 'Lighthouse, four-element page vs the same page saved as static HTML';
  row(`${label}: performance score (median of 3)`, score.widget, score.static, 'same as static', score.widget >= score.static);
  row(`${label}: total blocking time (ms, median of 3)`, round(tbt.widget), round(tbt.static), `≤ static + ${TBT_BUDGET} ms`, tbt.widget <= tbt.static + TBT_BUDGET);
  row(`${label}: boot-up time (ms, median of 3, not budgeted)`, round(bootup.widget), round(bootup.static), '', null);
  return { score, tbt, bootup, runs };
}

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
  await buildBareLit();
  const render = {};
  for (const [count, iterations] of [[7, 41], [1000, 11]]) {
    render[count] = await page.evaluate(
      async ([count, iterations]) => (await import('/bench/render.js')).measure(count, iterations),
      [count, iterations],
    );
    const { widget, bareLit, handWritten } = render[count];
    row(
      `render ${count} items (ms, median of ${iterations}; baseline: hand-written)`,
      round(widget),
      round(handWritten),
      `≤ ${RENDER_BUDGET}× bare Lit`,
      widget <= RENDER_BUDGET * bareLit,
      round(bareLit),
    );
  }
  render.longestTask = await page.evaluate(async () => (await import('/bench/render.js')).longestTask(1000, 5));
  {
    const { widget, bareLit, handWritten } = render.longestTask;
    row(
      'longest task while 1000 items render (ms, worst of 5; 0: none over 50)',
      round(widget, 1),
      round(handWritten, 1),
      `≤ ${LONG_TASK_BUDGET} ms`,
      widget <= LONG_TASK_BUDGET,
      round(bareLit, 1),
    );
  }
  await page.close();

  // 2. Navigation to content, fetching the same feed; 3. JavaScript bytes, per locale.
  const visit = async (query, viewport = { width: 1280, height: 800 }) => {
    const context = await browser.newContext({ viewport });
    const tab = await context.newPage();
    await tab.goto(`${origin}/bench/nav.html?${new URLSearchParams({ tag: query.mode === 'baseline' ? 'div' : 'policy-news', ...query })}`);
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
  row('navigation to content (ms, median of 15)', round(nav.widget, 1), round(nav.baseline, 1), `≤ ${SCRIPT_ONLY_BUDGET}× baseline`, nav.widget <= SCRIPT_ONLY_BUDGET * nav.baseline);

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
  // The same page with one element through its per-element drop-in: the element's module and the shared core.
  for (const lang of ['en', 'se']) {
    const { scripts } = await visit({ mode: 'widget', lang, script: '/dist/elements/news.js', src: `${FEED.replace('.en.', lang === 'en' ? '.en.' : '.nb.')}` });
    const ours = scripts.filter((script) => !script.name.startsWith('/bench/'));
    const gzip = ours.reduce((sum, script) => sum + script.encodedBodySize, 0);
    bytes[`elements/news.js ${lang}`] = { gzip, files: ours.map((script) => script.name) };
    row(
      `one-element page, dist/elements/news.js, lang=${lang} (bytes gzip in requests)`,
      `${gzip} in ${ours.length}`,
      '',
      `≤ ${ELEMENT_SIZE_BUDGET} in ≤ ${ELEMENT_REQUESTS_BUDGET}`,
      ours.length > 0 && gzip <= ELEMENT_SIZE_BUDGET && ours.length <= ELEMENT_REQUESTS_BUDGET,
    );
  }

  // 4. Layout shift when the feed arrives 800 ms late, per element, desktop and phone widths.
  const shift = {};
  for (const [device, viewport] of DEVICES) {
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
  row('layout shift when the script defines the element, bench page with dist/policy-widgets.css (worst)', round(upgrade, 4), '', '0', upgrade === 0);

  // 5. The partner page (README.md's Benchmark section), script-only: a heading, <policy-news>, twelve paragraphs, the README's
  // snippet (stylesheet in <head>), the feed 800 ms late. Against the same page fetching and rendering by hand.
  const partner = {};
  for (const [device, viewport] of DEVICES) {
    const runs = { widget: [], baseline: [] };
    for (let i = 0; i < 5; i++) {
      for (const mode of i % 2 ? ['baseline', 'widget'] : ['widget', 'baseline']) {
        const src = `${FEED}?delay=800&key=partner-${device}-${mode}-${i}`;
        const page = mode === 'widget' ? 'partner.html' : 'partner-baseline.html';
        runs[mode].push(await open(`/bench/${page}?${new URLSearchParams({ src })}`, viewport, { settle: 1000 }));
      }
    }
    const worst = Math.max(...runs.widget.map((run) => run.layoutShift));
    const time = { widget: median(runs.widget.map((run) => run.contentAt)), baseline: median(runs.baseline.map((run) => run.contentAt)) };
    partner[device] = { worstShift: worst, time, runs };
    row(`partner page, ${device}: layout shift, definition included (worst of 5)`, round(worst, 4), '', '0', worst === 0);
    row(
      `partner page, ${device}: time to content, feed 800 ms late (ms, median of 5)`,
      round(time.widget, 1),
      round(time.baseline, 1),
      `≤ ${SCRIPT_ONLY_BUDGET}× hand-written`,
      time.widget <= SCRIPT_ONLY_BUDGET * time.baseline,
    );
  }

  // 6. The same four-element page prerendered (policy-widgets/prerender), against that output with every
  // script removed: first contentful paint, layout shift through take-over, and whether the drop-in ran before FCP.
  const prerendered = await measurePrerendered();

  // 7. Lighthouse: the four-element page against the same page saved as static HTML, alternated in one run.
  const lighthouse = await measureLighthouse();

  const results = { date: new Date().toISOString(), chromium: browser.version(), render, navigation: nav, bytes, shift, partner, prerendered, lighthouse, rows };
  const file = new URL(`bench-${results.date.replace(/[:.]/g, '-')}.json`, RESULTS);
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  await writeFile(new URL('latest.json', RESULTS), `${JSON.stringify(results, null, 2)}\n`);
  console.table(
    rows.map(({ measure, figure, floor, baseline, budget, ok }) => ({
      measure,
      'policy-widgets': figure,
      'bare Lit (floor)': floor,
      baseline,
      budget,
      'within budget': ok === null ? '' : ok === undefined ? 'n/a' : ok ? 'yes' : 'NO',
    })),
  );
  const missed = rows.filter((entry) => entry.ok === false).map((entry) => entry.measure);
  const unmeasured = rows.filter((entry) => entry.ok === undefined).map((entry) => entry.measure);
  const budgeted = rows.filter((entry) => entry.ok !== null).length;
  console.log(
    `Budgets: ${budgeted - missed.length - unmeasured.length} of ${budgeted} met` +
      (missed.length ? `; missed: ${missed.join('; ')}` : '') +
      (unmeasured.length ? `; not measured: ${unmeasured.join('; ')}` : '') +
      '. Reported, not asserted: single runs on a shared machine vary.',
  );
  console.log(`Chromium ${browser.version()}. Written to ${file.pathname}`);
} finally {
  await browser.close();
  server.close();
}
