// docs/frameworks.md's Next.js recipe, run: a real Next.js app (static export, `output: 'export'`), then
// prerender() over `out/` with one feed store, against a loopback feed server that counts requests. Next.js is
// installed into the test's own project, not the repository's. Run after `npm run build`.
import assert from 'node:assert/strict';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { startSite } from '../prerender/site.mjs';
import { newProject, run } from './project.mjs';

const pkg = JSON.parse(await readFile(new URL('../../package.json', import.meta.url), 'utf8'));
const PACKAGES = ['next@~16.5.0', `react@${pkg.devDependencies.react}`, `react-dom@${pkg.devDependencies['react-dom']}`];
let site;
let project;
before(async () => {
  [site, project] = await Promise.all([startSite(), newProject('nextjs', PACKAGES)]);
});
after(async () => {
  await site?.close();
  if (project) await rm(project, { recursive: true, force: true });
});

test('Next.js static export: prerender() over out/ with one feed store, as docs/frameworks.md shows', async () => {
  const key = `next-${Date.now()}`;
  const feed = `${site.origin}/faults/feeds/security-policy.en.json?key=${key}`;
  await writeFile(join(project, 'next.config.mjs'), `export default { output: 'export' };\n`);
  await mkdir(join(project, 'app/speech'), { recursive: true });
  await writeFile(
    join(project, 'app/layout.jsx'),
    `export default function Layout({ children }) {
  return <html lang="en"><head><script type="module" src="/policy-widgets.js"></script></head><body>{children}</body></html>;
}
`,
  );
  await writeFile(join(project, 'app/page.jsx'), `export default () => <main><h1>News</h1><policy-news src="${feed}" limit={2} /></main>;\n`);
  await writeFile(join(project, 'app/speech/page.jsx'), `export default () => <main><h1>Speech</h1><policy-speech src="${feed}" /></main>;\n`);
  await writeFile(
    join(project, 'prerender-out.mjs'),
    `import { readdir, readFile, writeFile } from 'node:fs/promises';
import { createFeedCache, prerender } from 'policy-widgets/prerender';

const feedCache = createFeedCache();
for (const file of await readdir('out', { recursive: true })) {
  if (!file.endsWith('.html')) continue;
  const path = \`out/\${file}\`;
  await writeFile(path, await prerender(await readFile(path, 'utf8'), { feedCache, origins: [${JSON.stringify(site.origin)}] }));
}
`,
  );

  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: '1' };
  await run(join(project, 'node_modules/.bin/next'), ['build'], { cwd: project, env, maxBuffer: 16 * 1024 * 1024 });
  await run(process.execPath, ['prerender-out.mjs'], { cwd: project });

  assert.equal(await site.hits(key), 1, 'one request for the feed both pages show');
  const read = (path) => readFile(join(project, 'out', path), 'utf8');
  // React writes the JSX number as an attribute: limit="2".
  assert.match(await read('index.html'), /<policy-news [^>]*state="ready"[^>]*limit="2"[^>]*><template [^>]*shadowrootmode="open"/);
  assert.match(await read('speech.html'), /<policy-speech [^>]*state="ready"[^>]*><template [^>]*shadowrootmode="open"/);
});
