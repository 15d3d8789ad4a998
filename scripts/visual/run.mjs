// Visual baselines for every story (`npm run test:visual`). Screenshots each story of the built Storybook
// in Chromium (light, dark, forced colours) and compares them with tests/visual/baselines/; screenshots it
// in Firefox and WebKit (light, dark) for the report only. Writes visual-report/index.html either way.
//
//   npm run test:visual                   compare; fails on any difference or missing baseline
//   npm run test:visual -- --update       accept: write every Chromium baseline, delete those of stories gone
//   VISUAL_ENGINES=chromium npm run ...   only these engines (comma list); --update defaults to chromium
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStorybook } from '../storybook-static.mjs';
import { compare, decode, encodeBaseline, encodeReportImage, MAX_DIFF_PIXELS } from './compare.mjs';
import { ENGINES } from './engines.mjs';
import { reportHtml } from './report.mjs';

const repo = fileURLToPath(new URL('../../', import.meta.url));
const baselineDir = join(repo, 'tests/visual/baselines');
const reportDir = join(repo, 'visual-report');
/** Pages per engine: two cores run two Chromium pages well; WebKitWebDriver drives one browser at a time. */
const WORKERS = { chromium: 2, firefox: 1, webkit: 1 };

const args = process.argv.slice(2);
const update = args.includes('--update');
const unknown = args.filter((arg) => arg !== '--update');
const engineNames = (process.env.VISUAL_ENGINES || (update ? 'chromium' : Object.keys(ENGINES).join(',')))
  .split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const badEngines = engineNames.filter((name) => !ENGINES[name]);
if (unknown.length || badEngines.length) {
  console.error(
    unknown.length
      ? `Unknown argument ${unknown.join(' ')}. Use --update to accept new screenshots.`
      : `Unknown engine ${badEngines.join(', ')} in VISUAL_ENGINES: use ${Object.keys(ENGINES).join(', ')}.`,
  );
  process.exit(2);
}
// A missing browser fails now, naming what to install, before any work.
try {
  for (const name of engineNames) ENGINES[name].check();
} catch (error) {
  console.error(`visual: ${error.message}`);
  process.exit(1);
}

const started = new Date();
const storybook = await serveStorybook();
const { stories } = storybook;
await rm(reportDir, { recursive: true, force: true });
await mkdir(baselineDir, { recursive: true });

const fileName = (story, mode) => `${story.id}.${mode}.png`;
const label = ({ engine, story, mode }) => `${engine} ${story.title} / ${story.name} [${mode}]`;
const storyPath = (story, mode) => {
  // a11y.manual: the a11y addon's own axe run is not needed, and would draw nothing but take time.
  const globals = ['a11y.manual:!true', ...(mode === 'dark' ? ['theme:dark'] : [])].join(';');
  return `/iframe.html?id=${encodeURIComponent(story.id)}&viewMode=story&globals=${globals}`;
};

/** Takes one screenshot, trying a second time on failure (a busy machine can miss the settle timeout once). */
async function shoot(page, { story, mode }) {
  const options = { loading: story.tags.includes('loading'), mode };
  try {
    return await page.shoot(storyPath(story, mode), options);
  } catch {
    return page.shoot(storyPath(story, mode), options);
  }
}

/** Writes the screenshot and what it is compared with into the report folder, and decides the result. */
async function record(task, png) {
  const { engine, story, mode } = task;
  const name = fileName(story, mode);
  const images = { actual: `${engine}/${name}` };
  await writeFile(join(reportDir, images.actual), encodeReportImage(png));
  if (!ENGINES[engine].compared) return { ...task, status: 'shot', images };
  const baselinePath = join(baselineDir, name);
  if (update) {
    await writeFile(baselinePath, encodeBaseline(png));
    return { ...task, status: 'updated', images: { ...images, baseline: images.actual } };
  }
  const baselineBytes = await readFile(baselinePath).catch(() => undefined);
  if (!baselineBytes) return { ...task, status: 'missing', images };
  images.baseline = `${engine}/${story.id}.${mode}.baseline.png`;
  images.diff = `${engine}/${story.id}.${mode}.diff.png`;
  const { differing, diff } = compare(decode(baselineBytes), png);
  await writeFile(join(reportDir, images.baseline), baselineBytes);
  await writeFile(join(reportDir, images.diff), encodeReportImage(diff));
  return { ...task, status: differing > MAX_DIFF_PIXELS ? 'differ' : 'passed', differing, images };
}

const results = [];
/** Every story in every mode of one engine, on its pages in parallel. */
async function runEngine(engine) {
  const tasks = stories.flatMap((story) => ENGINES[engine].modes.map((mode) => ({ engine, story, mode })));
  await mkdir(join(reportDir, engine), { recursive: true });
  const engineStarted = Date.now();
  let launched;
  try {
    launched = await ENGINES[engine].launch(WORKERS[engine], storybook.origin);
  } catch (error) {
    results.push(...tasks.map((task) => ({ ...task, status: 'error', error: `${engine} did not start: ${error.message}`, images: {} })));
    return;
  }
  const queue = [...tasks];
  try {
    await Promise.all(
      launched.pages.map(async (page) => {
        for (let task = queue.shift(); task; task = queue.shift()) {
          try {
            results.push(await record(task, await shoot(page, task)));
          } catch (error) {
            results.push({ ...task, status: 'error', error: error.message.split('\n')[0], images: {} });
          }
        }
      }),
    );
  } finally {
    await launched.close();
  }
  console.log(`${engine}: ${tasks.length} screenshots in ${((Date.now() - engineStarted) / 1000).toFixed(1)} s`);
}

await Promise.all(engineNames.map(runEngine));
storybook.close();

// Baselines of stories (or modes) that no longer exist: --update deletes them, a check names them.
const expected = new Set(
  engineNames.includes('chromium') ? stories.flatMap((story) => ENGINES.chromium.modes.map((mode) => fileName(story, mode))) : [],
);
const stale = engineNames.includes('chromium')
  ? (await readdir(baselineDir)).filter((file) => file.endsWith('.png') && !expected.has(file))
  : [];
if (update) await Promise.all(stale.map((file) => rm(join(baselineDir, file))));

const compared = results.filter((result) => ENGINES[result.engine].compared);
const failed = compared.filter((result) => !['passed', 'updated'].includes(result.status));
const reportOnlyErrors = results.filter((result) => !ENGINES[result.engine].compared && result.status === 'error');
const reportPath = relative(process.cwd(), join(reportDir, 'index.html'));
const summary = update
  ? `visual: ${compared.length - failed.length} baselines written, ${stale.length} deleted`
  : `visual: ${compared.length} compared, ${compared.filter((result) => result.status === 'differ').length} differ`;
await writeFile(
  join(reportDir, 'index.html'),
  reportHtml({ engines: engineNames.map((name) => ({ name, compared: ENGINES[name].compared })), results, summary, started }),
);

for (const result of [...failed, ...reportOnlyErrors]) {
  const why = {
    differ: `differs from its baseline in ${result.differing} pixels`,
    missing: 'has no baseline: run `npm run test:visual -- --update` to accept it',
    error: `no screenshot: ${result.error}`,
  }[result.status];
  console.error(`✗ ${label(result)} ${why}`);
}
if (!update && stale.length) {
  console.error(`${stale.length} baselines belong to no story (${stale.join(', ')}): \`npm run test:visual -- --update\` deletes them.`);
}
if (reportOnlyErrors.length) console.error(`${reportOnlyErrors.length} report-only screenshots failed.`);
console.log(`${summary}; report: ${reportPath}`);
console.log(`${compared.length - failed.length} passed, ${failed.length} failed`);
process.exit(failed.length || reportOnlyErrors.length ? 1 : 0);
