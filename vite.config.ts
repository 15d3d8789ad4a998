import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { handleFeedFault } from './tests/server/feed-faults.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Build-time constants: the version a second copy on a page compares (src/define.ts). */
export const define = { __POLICY_WIDGETS_VERSION__: JSON.stringify(version) };

/** Minifies the css`` and html`` literals in our own sources: every byte ships to every partner page. */
export const minifyLiterals = (): Plugin => ({
  name: 'policy-widgets:minify-literals',
  apply: 'build',
  async transform(code, id) {
    if (!/\/src\/.*\.ts$/.test(id)) return null;
    return (await minifyHTMLLiterals(code, { fileName: id })) ?? null;
  },
});

/** The demo's slow and failing feeds: the same real-HTTP fault server the tests use. */
const feedFaults = (): Plugin => ({
  name: 'policy-widgets:feed-faults',
  configureServer(server) {
    server.middlewares.use((req, res, next) => handleFeedFault(req, res) || next());
  },
});

/**
 * The demo page as a partner's server would send it: prerendered (src/prerender, loaded through Vite so
 * that edits show at once), its feeds fetched from this same server. `/?script-only` serves it as it is.
 */
const prerenderDemo = (): Plugin => {
  let origin = '';
  return {
    name: 'policy-widgets:prerender-demo',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => (origin = server.resolvedUrls?.local[0] ?? ''));
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, { path, originalUrl = '/', server }) {
        // Only the demo page: Storybook's dev server, which takes this config too, serves its own iframe.html.
        if (!server || !origin || path !== '/index.html' || new URL(originalUrl, origin).searchParams.has('script-only')) return html;
        const { prerender } = (await server.ssrLoadModule('/src/prerender/index.ts')) as typeof import('./src/prerender/index.js');
        return prerender(html, { baseUrl: new URL(originalUrl, origin) });
      },
    },
  };
};

/** Ships the example themes as they are: dist/themes/*.css, for a partner to link or copy. */
const copyThemes = (): Plugin => ({
  name: 'policy-widgets:copy-themes',
  apply: 'build',
  writeBundle({ dir = 'dist' }) {
    const themes = existsSync('src/themes') ? readdirSync('src/themes').filter((file) => file.endsWith('.css')) : [];
    if (themes.length) mkdirSync(join(dir, 'themes'), { recursive: true });
    for (const theme of themes) copyFileSync(join('src/themes', theme), join(dir, 'themes', theme));
  },
});

// `npm start` serves index.html (the demo partner page, prerendered) and the sample feeds;
// `npm run build` writes the drop-in bundles to dist/ (vite.npm.config.ts writes the npm modules).
export default defineConfig({
  plugins: [minifyLiterals(), feedFaults(), prerenderDemo(), copyThemes()],
  define,
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      name: 'PolicyWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'policy-widgets.js' : `policy-widgets.${format}.js`),
    },
    sourcemap: true,
    // The drop-in bundles are final artefacts, so the ES one is minified too (Vite leaves lib ES output readable).
    rolldownOptions: { output: { minify: true } },
  },
});
