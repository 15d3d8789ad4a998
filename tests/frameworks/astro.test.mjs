// docs/frameworks.md's Astro recipe, run: a real Astro site of three pages, built with prerender() on its output
// against a loopback feed server that counts requests. Astro is installed into the test's own project, not the
// repository's (Astro 5: Astro 6 needs Node 22). Run after `npm run build`.
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startSite } from '../prerender/site.mjs';
import { newProject, run } from './project.mjs';

const ASTRO = 'astro@~5.18.2';
let site;
let project;
before(async () => {
  [site, project] = await Promise.all([startSite(), newProject('astro', [ASTRO])]);
});
after(async () => {
  await site?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

test('Astro: prerender() over the built pages with one feed store, as docs/frameworks.md shows', async () => {
  const key = `astro-${Date.now()}`;
  const english = `${site.origin}/faults/feeds/security-policy.en.json?key=${key}-en`;
  const norwegian = `${site.origin}/faults/feeds/security-policy.nb.json?key=${key}-nb`;
  await writeFile(
    join(project, 'astro.config.mjs'),
    `import { defineConfig } from 'astro/config';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createFeedCache, prerender } from 'policy-widgets/prerender';

const policyWidgets = () => ({
  name: 'policy-widgets',
  hooks: {
    'astro:build:done': async ({ dir }) => {
      const feedCache = createFeedCache();
      for (const file of await readdir(dir, { recursive: true })) {
        if (!file.endsWith('.html')) continue;
        const path = new URL(file, dir);
        await writeFile(path, await prerender(await readFile(path, 'utf8'), { feedCache, origins: [${JSON.stringify(site.origin)}] }));
      }
    },
  },
});

export default defineConfig({ integrations: [policyWidgets()] });
`,
  );
  const page = (title, body) => `---\n---\n<html lang="en"><head><title>${title}</title><script type="module" src="/policy-widgets.js"></script></head><body><main><h1>${title}</h1>${body}</main></body></html>\n`;
  await mkdir(join(project, 'src/pages'), { recursive: true });
  await writeFile(join(project, 'src/pages/index.astro'), page('Home', `<policy-news src="${english}" limit="2"></policy-news>`));
  await writeFile(join(project, 'src/pages/speech.astro'), page('Speech', `<policy-speech src="${english}"></policy-speech>`));
  await writeFile(join(project, 'src/pages/norsk.astro'), page('Norsk', `<policy-topic-header src="${norwegian}" lang="nb"></policy-topic-header>`));

  await run(join(project, 'node_modules/.bin/astro'), ['build'], { cwd: project, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });

  assert.deepEqual([await site.hits(`${key}-en`), await site.hits(`${key}-nb`)], [1, 1], 'one request per feed URL');
  const read = (path) => readFile(join(project, 'dist', path), 'utf8');
  for (const [path, tag] of [['index.html', 'policy-news'], ['speech/index.html', 'policy-speech'], ['norsk/index.html', 'policy-topic-header']]) {
    const html = await read(path);
    assert.match(html, new RegExp(`<${tag} [^>]*state="ready"[^>]*><template [^>]*shadowrootmode="open"`), path);
  }
});
