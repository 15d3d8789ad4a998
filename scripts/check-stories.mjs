// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails on any
// page error, console error or axe violation, naming the story. Run by `npm run test:stories`.
// Every story is opened as a team hosts the static build, with no server behind it. Those tagged `fault-server`
// (their feeds are slow, failing or changing) must say there that they need the fault server, and are opened
// again with it mounted, as `npm run storybook` has it. The Controls are checked against custom-elements.json.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launchChromium } from '../tests/server/browsers.mjs';
import { serveStorybook, storyIsSettled } from './storybook-static.mjs';

const FAULT_SERVER = 'fault-server'; // .storybook/feeds.ts
const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8'));
const hosted = await serveStorybook({ faults: false });
const withFaults = await serveStorybook();
const { index, stories } = hosted;

const browser = await launchChromium();
const context = await browser.newContext();
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: hosted.origin });
const page = await context.newPage();

let problems = [];
/** The server of the story being checked, and the fault-server addresses it requested. */
let server = hosted;
let faultRequests = [];
page.on('request', (request) => {
  const url = new URL(request.url());
  if (url.pathname.startsWith('/faults/') && url.searchParams.get('key') !== 'storybook-probe') faultRequests.push(url.pathname);
});
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() !== 'error') return;
  const { url } = message.location();
  // The error stories' feeds answer HTTP 500 on purpose, and Chromium logs each such response; without the
  // fault server, its addresses answer 404, which the story says (and the probe for it is one of them).
  const fault = url.startsWith(`${server.origin}/faults/`);
  if (fault && (server === hosted || new URL(url).searchParams.get('status') === '500')) return;
  problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
});

const controlsChecked = new Set();
/**
 * On the first story of each element: every attribute the manifest gives it has a control of its own and a
 * description (a part of the same name once hid one).
 */
async function controlProblems() {
  const { component, argTypes } = await page.evaluate(() => {
    const { story } = window.__STORYBOOK_PREVIEW__.currentRender;
    return { component: story.component, argTypes: JSON.parse(JSON.stringify(story.argTypes)) };
  });
  if (!component || controlsChecked.has(component)) return [];
  controlsChecked.add(component);
  const declaration = manifest.modules.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === component);
  if (!declaration) return [`controls: <${component}> is not in custom-elements.json`];
  return declaration.attributes
    .filter((attribute) => attribute.name !== 'state')
    .filter(({ name }) => argTypes[name]?.table?.category !== 'attributes' || !['text', 'number', 'boolean', 'radio', 'inline-radio', 'select'].includes(argTypes[name].control?.type) || !argTypes[name].description)
    .map(({ name }) => `controls: <${component}> ${name} has ${argTypes[name] ? `a ${argTypes[name].table?.category} entry with a ${argTypes[name].control?.type ?? 'no'} control` : 'no entry'}${argTypes[name]?.description ? '' : ' and no description'}`);
}

/** Waits until every policy element in the story (shadow roots included) has left `loading`, or, in a loading story, shows its placeholder. */
async function settle(loadingStory) {
  await page.waitForFunction(storyIsSettled, loadingStory, { timeout: 15_000 });
}

async function axeViolations() {
  await page.addScriptTag({ path: axePath });
  const { violations } = await page.evaluate(() => window.axe.run('#storybook-root', { resultTypes: ['violations'] }));
  return violations.map(
    (violation) => `axe ${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' > ')).join('; ')}`,
  );
}

/** What an editor does on the Embed code page: type markup into a field, switch the block, copy by keyboard. */
async function checkEmbedCode() {
  const failures = [];
  const expect = (ok, what) => ok || failures.push(`embed code: ${what}`);
  const typed = '<img src=x onerror=alert(1)>"';
  await page.fill('#fallback-text', typed);
  const code = () => page.locator('embed-code-builder pre code').textContent();
  // The code must work unedited on a partner's site: it names their feed (or the example), never Storybook's.
  expect(!(await code()).includes(new URL(page.url()).host), 'the code names Storybook\'s own address');
  expect((await code()).includes('src="https://feeds.example.org/'), 'the code does not name the example feed address');
  // A path on the partner's own site; here it is Storybook's, so the live result can load it.
  await page.fill('#src', '/fixtures/feeds/security-policy.{lang}.json');
  await page.locator('#src').press('Tab');
  expect((await code()).includes('src="/fixtures/feeds/security-policy.{lang}.json"'), 'the code does not name the typed feed address');
  await page.fill('#src', '');
  await page.locator('#src').press('Tab');
  expect((await code()).includes('&lt;img src=x onerror=alert(1)&gt;&quot;</a>'), 'typed markup is not escaped in the code');
  // The preview's own light DOM (querySelectorAll does not enter the element's shadow root, where feed images are).
  const preview = await page.evaluate(() => {
    const box = document.querySelector('embed-code-builder').shadowRoot.querySelector('.preview');
    return { links: [...box.querySelectorAll('a')].map((link) => link.textContent), images: box.querySelectorAll('img').length };
  });
  expect(preview.links.length === 1 && preview.links[0] === typed, 'the preview link does not show the typed text as text');
  expect(preview.images === 0, 'typed markup became an element');
  await page.selectOption('#tag', 'policy-speech');
  await settle(false);
  expect((await code()).includes('<policy-speech src="'), 'the code does not follow the chosen block');
  expect((await page.locator('#limit').count()) === 0, 'news-only options stay for a speech card');
  await page.locator('button', { hasText: 'Copy code' }).focus();
  await page.keyboard.press('Enter');
  await page.locator('[role=status]', { hasText: 'Copied' }).waitFor({ timeout: 2000 });
  expect((await page.evaluate(() => navigator.clipboard.readText())) === (await code()), 'the clipboard does not hold the code');
  return failures;
}

const runs = [
  ...stories.map((story) => ({ story, globals: '', storybook: hosted })),
  // The composed page in every other locale and in dark: `{lang}` must find a feed for each.
  ...['locale:nb', 'locale:nn', 'locale:se', 'theme:dark'].map((globals) => ({
    story: index.entries['pages-security-policy-topic-page--security-policy'],
    globals,
    storybook: hosted,
  })),
  ...stories.filter((story) => story.tags.includes(FAULT_SERVER)).map((story) => ({ story, globals: '', storybook: withFaults })),
];

const failed = [];
const started = Date.now();
const EMBED_CODE = 'embed-code--embed-code';
if (!index.entries[EMBED_CODE]) failed.push(`✗ the Embed code story (${EMBED_CODE}) is gone, so its editor checks cannot run`);
for (const { story, globals, storybook } of runs) {
  problems = [];
  faultRequests = [];
  server = storybook;
  const needsFaults = story.tags.includes(FAULT_SERVER);
  const name = `${story.title} / ${story.name}${globals ? ` [${globals}]` : ''}${storybook === withFaults ? ' [fault server]' : ''}`;
  try {
    // a11y.manual: the addon's own axe run is not needed here, and would race ours.
    const query = `id=${story.id}&viewMode=story&globals=a11y.manual:!true${globals ? `;${globals}` : ''}`;
    await page.goto(`${storybook.origin}/iframe.html?${query}`);
    // Without the fault server, a loading story's feed answers 404 at once: the error state, not the loading one.
    await settle(story.tags.includes('loading') && storybook === withFaults);
    if (storybook === hosted) {
      const note = page.locator('.fault-server-note');
      const saysSo = await note.waitFor({ timeout: needsFaults ? 2000 : 1 }).then(() => true, () => false);
      if (needsFaults && !saysSo) problems.push('needs the fault server, but does not say so in the static build');
      if (!needsFaults && saysSo) problems.push(`says it needs the fault server, without the ${FAULT_SERVER} tag`);
      if (!needsFaults && faultRequests.length) problems.push(`reads the fault server (${faultRequests[0]}) without the ${FAULT_SERVER} tag`);
    } else if (await page.locator('.fault-server-note').count()) {
      problems.push('says it needs the fault server, though it is mounted');
    }
    problems.push(...(await controlProblems()));
    problems.push(...(await axeViolations()));
    if (story.id === EMBED_CODE) problems.push(...(await checkEmbedCode()));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  if (problems.length) failed.push(`✗ ${name}\n  ${problems.join('\n  ')}`);
  else console.log(`✓ ${name}`);
}

const elements = JSON.parse(readFileSync(new URL('../src/elements.json', import.meta.url), 'utf8')).elements.map((element) => element.tag);
const unchecked = elements.filter((tag) => !controlsChecked.has(tag));
if (unchecked.length) failed.push(`✗ controls: no story of ${unchecked.map((tag) => `<${tag}>`).join(', ')} had its controls checked`);

await browser.close();
hosted.close();
withFaults.close();
if (failed.length) {
  console.error(`\n${failed.join('\n')}\n\n${failed.length} of ${runs.length} story checks failed.`);
  process.exit(1);
}
console.log(`\nAll ${runs.length} story checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
