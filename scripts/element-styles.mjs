// A step of `npm run build`, after the npm modules: writes each element's stylesheet to dist/styles/<tag>.css,
// from the element's own styles (elementStylesheet() in src/prerender). Prerendered shadow roots link them, so a
// strict style-src that names the package's origin allows them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { elementStylesheet } from '../dist/lib/prerender/index.js';

const { elements } = JSON.parse(await readFile(new URL('../src/elements.json', import.meta.url), 'utf8'));
for (const { tag } of elements) {
  const { path, css } = elementStylesheet(tag);
  await mkdir(dirname(join('dist', path)), { recursive: true });
  await writeFile(join('dist', path), css);
}
