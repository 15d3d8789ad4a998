// A step of `npm run build`, after the npm modules: writes each element's stylesheet to dist/styles/<tag>.css,
// from the elements' own styles (src/prerender's elementStylesheets()). Prerendered shadow roots link them, so a
// strict style-src that names the package's origin allows them.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { elementStylesheets } from '../dist/lib/prerender/index.js';

for (const [path, css] of elementStylesheets()) {
  await mkdir(dirname(join('dist', path)), { recursive: true });
  await writeFile(join('dist', path), css);
}
