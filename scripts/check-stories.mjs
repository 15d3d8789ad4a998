// Opens every story of the built Storybook (storybook-static/) in headless Chromium and fails on any
// page error, console error or axe violation, naming the story. Run by `npm run test:stories`.
// The stories' slow and failing feeds come from the fault server the tests use, mounted here too.
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../tests/server/chrome.mjs';
import { serveStorybook, storyIsSettled } from './storybook-static.mjs';

const axePath = fileURLToPath(new URL('../node_modules/axe-core/axe.min.js', import.meta.url));
const storybook = await serveStorybook();
const { origin, index, stories } = storybook;

const browser = await chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
const context = await browser.newContext();
await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
const page = await context.newPage();

let problems = [];
page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
page.on('console', (message) => {
  if (message.type() !== 'error') return;
  // The error stories' feeds answer HTTP 500 on purpose, and Chromium logs each such response.
  const { url } = message.location();
  if (url.startsWith(`${origin}/faults/`) && new URL(url).searchParams.get('status') === '500') return;
  problems.push(`console error: ${message.text()}${url ? ` (${url})` : ''}`);
});

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
  ...stories.map((story) => ({ story, globals: '' })),
  // The composed page in every other locale and in dark: `{lang}` must find a feed for each.
  ...['locale:nb', 'locale:nn', 'locale:se', 'theme:dark'].map((globals) => ({
    story: index.entries['pages-security-policy-topic-page--security-policy'],
    globals,
  })),
];

const failed = [];
const started = Date.now();
for (const { story, globals } of runs) {
  problems = [];
  const name = `${story.title} / ${story.name}${globals ? ` [${globals}]` : ''}`;
  try {
    // a11y.manual: the addon's own axe run is not needed here, and would race ours.
    const query = `id=${story.id}&viewMode=story&globals=a11y.manual:!true${globals ? `;${globals}` : ''}`;
    await page.goto(`${origin}/iframe.html?${query}`);
    await settle(story.tags.includes('loading'));
    problems.push(...(await axeViolations()));
    if (story.id === 'embed-code--embed-code') problems.push(...(await checkEmbedCode()));
  } catch (error) {
    problems.push(error.message.split('\n')[0]);
  }
  if (problems.length) failed.push(`✗ ${name}\n  ${problems.join('\n  ')}`);
  else console.log(`✓ ${name}`);
}

await browser.close();
storybook.close();
if (failed.length) {
  console.error(`\n${failed.join('\n')}\n\n${failed.length} of ${runs.length} story checks failed.`);
  process.exit(1);
}
console.log(`\nAll ${runs.length} story checks passed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
