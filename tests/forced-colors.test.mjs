// Forced colours (Windows High Contrast and the like), in real Chromium through playwright-core.
// Web Test Runner's chrome launcher cannot emulate `forced-colors`, so this file runs under `node --test`
// against the Vite dev server (the demo's sources and fault server), and axe checks each element in each state.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { after, before, describe, it } from 'node:test';
import { createServer } from 'vite';
import { launchChromium } from './server/browsers.mjs';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const feed = '/stories/fixtures/feeds/security-policy.en.json';
const TAGS = JSON.parse(readFileSync(new URL('../src/elements.json', import.meta.url), 'utf8')).elements.map((element) => element.tag);
// Loading: a feed that never answers (the fault server, mounted by the Vite config). Empty: a feed with no title and no items, set as .data. Error: an HTML page as the feed.
const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forced colours</title>
<script type="module" src="/src/index.ts"></script></head><body><main>
${TAGS.map((tag) => `<section data-tag="${tag}">
  <${tag} data-state="loading" src="/faults/feeds/security-policy.en.json?hang=1"></${tag}>
  <${tag} data-state="ready" src="${feed}"></${tag}>
  <${tag} data-state="empty" data-empty></${tag}>
  <${tag} data-state="error" src="/stories/fixtures/feeds/page.html"></${tag}>
</section>`).join('\n')}
</main>
<script>for (const el of document.querySelectorAll('[data-empty]')) el.data = { version: 'https://jsonfeed.org/version/1.1', items: [] };</script>
</body></html>`;

let server;
let browser;
let base;

before(async () => {
  server = await createServer({ server: { port: 0, host: '127.0.0.1' }, logLevel: 'error', clearScreen: false });
  await server.listen();
  base = server.resolvedUrls.local[0];
  browser = await launchChromium();
});

after(async () => {
  await browser?.close();
  await server?.close();
});

async function openPage(colorScheme) {
  const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
  await page.emulateMedia({ forcedColors: 'active', colorScheme });
  await page.route(`${base}forced-colors.html`, (route) => route.fulfill({ contentType: 'text/html', body: PAGE }));
  await page.goto(`${base}forced-colors.html`);
  await page.waitForFunction(() =>
    [...document.querySelectorAll('[data-state]')].every((el) => el.getAttribute('state') === el.dataset.state),
  );
  await page.addScriptTag({ path: axePath });
  return page;
}

for (const colorScheme of ['light', 'dark']) {
  describe(`forced colours, ${colorScheme} palette`, () => {
    let page;
    before(async () => (page = await openPage(colorScheme)));
    after(() => page.close());

    it('is active', async () => {
      assert.equal(await page.evaluate(() => matchMedia('(forced-colors: active)').matches), true);
    });

    for (const tag of TAGS) {
      it(`<${tag}> passes axe in every state`, async () => {
        const { checked, violations } = await page.evaluate(async (tag) => {
          const found = [];
          const elements = [...document.querySelectorAll(tag)];
          for (const el of elements) {
            const { violations } = await window.axe.run(el);
            found.push(...violations.map((v) => `${el.dataset.state}: ${v.id} (${v.nodes.length})`));
          }
          return { checked: elements.length, violations: found };
        }, tag);
        assert.ok(checked >= 3, `<${tag}> in its states: ${checked} checked`);
        assert.deepEqual(violations, []);
      });
    }

    it('keeps links in the system link colour, and borders on cards, error box and placeholders', async () => {
      const problems = await page.evaluate(() => {
        const system = (name) => {
          const probe = document.body.appendChild(document.createElement('i'));
          probe.style.color = name;
          const value = getComputedStyle(probe).color;
          probe.remove();
          return value;
        };
        const linkText = system('LinkText');
        const found = [];
        const checked = { links: 0, boxes: 0 };
        for (const el of document.querySelectorAll('[data-state]')) {
          const root = el.shadowRoot;
          for (const a of root.querySelectorAll('a')) {
            checked.links++;
            if (getComputedStyle(a).color !== linkText) found.push(`${el.localName} link colour ${getComputedStyle(a).color}`);
          }
          for (const box of root.querySelectorAll('[part~="card"], [part~="error"], .placeholder')) {
            checked.boxes++;
            const style = getComputedStyle(box);
            if (style.borderTopStyle === 'none' || parseFloat(style.borderTopWidth) < 1) found.push(`${el.localName} ${box.className || box.getAttribute('part')} has no border`);
          }
        }
        return { checked, found };
      });
      assert.ok(problems.checked.links > 0 && problems.checked.boxes > 0, `checked ${JSON.stringify(problems.checked)}`);
      assert.deepEqual(problems.found, []);
    });

    it('shows a solid focus ring in the system highlight colour on every link and button', async () => {
      const links = await page.evaluate(() =>
        [...document.querySelectorAll('[data-state]')].reduce((n, el) => n + el.shadowRoot.querySelectorAll('a, button').length, 0),
      );
      assert.ok(links > 0, 'links and buttons to focus');
      await page.evaluate(() => document.body.focus());
      for (let i = 0; i < links; i++) {
        await page.keyboard.press('Tab');
        const ring = await page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          const probe = document.body.appendChild(document.createElement('i'));
          probe.style.color = 'Highlight';
          const highlight = getComputedStyle(probe).color;
          probe.remove();
          const style = getComputedStyle(active);
          return { tag: active.localName, style: style.outlineStyle, width: parseFloat(style.outlineWidth), same: style.outlineColor === highlight };
        });
        assert.ok(['a', 'button'].includes(ring.tag), `focus on ${ring.tag}`);
        assert.deepEqual({ style: ring.style, same: ring.same }, { style: 'solid', same: true });
        assert.ok(ring.width >= 2, `focus ring ${ring.width}px`);
      }
    });
  });
}
