// `npm run size` (after `npm run build`): the drop-in bundles' gzip sizes, and the share the nb, nn and se
// catalogues take, measured by building once more with the catalogues left out.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';

const gzip = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const BUNDLES = ['policy-widgets.js', 'policy-widgets.iife.js'];

const withoutCatalogues = mkdtempSync(join(tmpdir(), 'policy-widgets-size-'));
await build({
  logLevel: 'warn',
  build: { outDir: withoutCatalogues, emptyOutDir: true, sourcemap: false },
  plugins: [
    {
      name: 'leave-out-catalogues',
      enforce: 'pre',
      load: (id) => (/\/src\/i18n\/generated\/\w+\.ts$/.test(id) ? 'export const templates = {};' : null),
    },
  ],
});

console.log('bundle                   gzip -9   without nb/nn/se   catalogues');
for (const bundle of BUNDLES) {
  const full = gzip(join('dist', bundle));
  const bare = gzip(join(withoutCatalogues, bundle));
  console.log(`${bundle.padEnd(24)} ${String(full).padStart(7)}   ${String(bare).padStart(16)}   ${full - bare} (${((100 * (full - bare)) / full).toFixed(1)} %)`);
}
rmSync(withoutCatalogues, { recursive: true });
