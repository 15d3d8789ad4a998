import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { minifyHTMLLiterals } from 'minify-literals';
import { minify as terser } from 'terser';
import { defineConfig, type Plugin } from 'vite';
import { RESERVED } from './src/styles/reserve.js';
import { reserveStylesheet } from './src/styles/reserve-css.js';
import { handleFeedFault } from './tests/server/feed-faults.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

/** Build-time constants: the version a second copy on a page compares (src/define.ts). */
export const define = { __POLICY_WIDGETS_VERSION__: JSON.stringify(version) };

/**
 * Short names for the private custom properties of the elements' styles (`--_text-muted` becomes `--_q`, say):
 * numbered in sorted order from every source, so every build names them alike. One that the light-DOM
 * stylesheet (src/styles/reserve-css.ts) uses too keeps its name.
 */
const privateProperties = (): Map<string, string> => {
  const names = (file: string) => readFileSync(join('src', file), 'utf8').match(/--_[a-z][\w-]*/g) ?? [];
  const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
  const kept = new Set(names(join('styles', 'reserve-css.ts')));
  const all = [...new Set(files.flatMap(names))].filter((name) => !kept.has(name)).sort();
  return new Map(all.map((name, index) => [name, `--_${index.toString(36)}`]));
};

/** Minifies the css`` and html`` literals in our own sources: every byte ships to every partner page. */
export const minifyLiterals = (): Plugin => {
  let shortNames: Map<string, string>;
  return {
    name: 'policy-widgets:minify-literals',
    apply: 'build',
    buildStart() {
      shortNames = privateProperties();
    },
    async transform(code, id) {
      if (!/\/src\/.*\.ts$/.test(id)) return null;
      // Shortened first: that keeps every line where it is, so the literals' source map stays true. The reserved
      // heights are written in as numbers, so that no template value splits the CSS around them.
      const shortened = code
        .replace(/--_[a-z][\w-]*/g, (name) => shortNames.get(name) ?? name)
        .replace(/\$\{RESERVED\.(\w+)(?:\[(\d)\])?\}/g, (_, key: keyof typeof RESERVED, index?: string) => String(index ? (RESERVED[key] as readonly number[])[Number(index)] : RESERVED[key]));
      const minified = await minifyHTMLLiterals(shortened, { fileName: id, html: { removeAttributeQuotes: true } });
      return minified ?? (shortened === code ? null : { code: shortened, map: null });
    },
  };
};

/**
 * Drops the message ids' `policy-widgets.` prefix from the bundles: the `{ id }` options of the msg() calls in
 * src/i18n/messages.ts (they are for `lit-localize extract`, and the stand-in runtime ignores them) and with
 * them the msg() calls themselves, which return their text as it is; and the
 * prefix of the compiled catalogs' keys, which translate.ts then looks up by message name alone.
 */
export const dropMessageIds = (): Plugin => ({
  name: 'policy-widgets:drop-message-ids',
  apply: 'build',
  transform(code, id) {
    if (id.endsWith('/src/i18n/messages.ts')) {
      // With its id gone, a source message is its own text: msg('…') is '…', and msg(str`…${x}`) is `…${x}`.
      const texts = code
        .replace(/,\s*\{\s*id: (['"])policy-widgets\.\w+\1,?\s*\}/g, '')
        .replace(/\bmsg\(\s*(?:str)?('[^'\\]*'|"[^"\\]*"|`[^`\\]*`)\s*\)/g, '$1');
      if (/\bmsg\(\s*(str)?['"`]/.test(texts)) throw new Error('messages.ts has a msg() call drop-message-ids cannot read: update it');
      return { code: texts, map: null };
    }
    if (/\/src\/i18n\/generated\/\w+\.ts$/.test(id)) return { code: code.replace(/(['"])policy-widgets\./g, '$1'), map: null };
    if (id.endsWith('/src/i18n/translate.ts')) {
      const prefixed = '`policy-widgets.${key}`';
      if (!code.includes(prefixed)) throw new Error(`translate.ts no longer looks up ${prefixed}: update drop-message-ids`);
      return { code: code.replace(prefixed, 'key'), map: null };
    }
    return null;
  },
});

/**
 * Minifies the drop-in chunks once more with terser, after Rolldown's own minifier: its compressor still finds
 * a few hundred gzip bytes. Never properties: Lit's `_$litType$` and the like are read by other copies of Lit.
 */
export const terserChunks = (): Plugin => ({
  name: 'policy-widgets:terser',
  // The drop-ins only (library builds): Storybook's static build takes this config too, and needs no terser pass.
  apply: (config, { command }) => command === 'build' && Boolean(config.build?.lib),
  // After Rolldown's minifier (renderChunk runs before it), so each minifier works on the other's output.
  async generateBundle({ format }, bundle) {
    for (const chunk of Object.values(bundle)) {
      if (chunk.type !== 'chunk') continue;
      const result = await terser(chunk.code, {
        module: format === 'es',
        ecma: 2020,
        // Arrows for function expressions that use no `this`, and no unused parameters: no code here calls
        // `new` on a function expression or reads a function's length. `unsafe` assumes the standard built-ins;
        // here it turns templates of strings and numbers into concatenation and inlines constant arrays. No comma
        // sequences: measured, gzip packs the separate statements smaller.
        compress: { passes: 2, sequences: false, unsafe: true, unsafe_arrows: true, keep_fargs: false },
        format: { comments: false },
        sourceMap: chunk.map ? { content: JSON.stringify(chunk.map) } : false,
      });
      chunk.code = result.code ?? chunk.code;
      const map = bundle[`${chunk.fileName}.map`];
      if (map?.type === 'asset' && typeof result.map === 'string') map.source = result.map;
    }
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
      // The stylesheets the prerendered shadow roots link, beside /policy-widgets.css as in dist/ (dist/styles/<tag>.css).
      server.middlewares.use('/styles/', async (req, res, next) => {
        const tag = req.url?.match(/^\/(policy-[\w-]+)\.css$/)?.[1];
        if (!tag) return next();
        const { elementStylesheet } = (await server.ssrLoadModule('/src/prerender/index.ts')) as typeof import('./src/prerender/index.js');
        res.setHeader('content-type', 'text/css; charset=utf-8');
        res.end(elementStylesheet(tag).css);
      });
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

/**
 * Writes dist/policy-widgets.css, the space each element keeps before the script defines it, from
 * src/styles/reserve.ts; `npm start` serves the same file at /policy-widgets.css for the demo page.
 */
const reserveStyles = (): Plugin => ({
  name: 'policy-widgets:reserve-styles',
  configureServer(server) {
    server.middlewares.use('/policy-widgets.css', (_req, res) => {
      res.setHeader('content-type', 'text/css; charset=utf-8');
      res.end(reserveStylesheet(version));
    });
  },
  writeBundle({ dir = 'dist' }) {
    writeFileSync(join(dir, 'policy-widgets.css'), reserveStylesheet(version));
  },
});

/** Only msg() and str are used, as the catalog's source: a stand-in of a few bytes replaces the runtime. */
export const msgRuntime = [{ find: /^@lit\/localize$/, replacement: fileURLToPath(new URL('./src/i18n/msg-runtime.ts', import.meta.url)) }];

// `npm start` serves index.html (the demo partner page, prerendered) and the sample feeds;
// `npm run build` writes the drop-in bundles to dist/ (vite.npm.config.ts writes the npm modules).
export default defineConfig({
  plugins: [minifyLiterals(), dropMessageIds(), terserChunks(), feedFaults(), prerenderDemo(), copyThemes(), reserveStyles()],
  define,
  resolve: { alias: msgRuntime },
  build: {
    target: 'es2022',
    lib: {
      entry: 'src/index.ts',
      name: 'PolicyWidgets',
      formats: ['es', 'iife'],
      fileName: (format) => (format === 'es' ? 'policy-widgets.js' : `policy-widgets.${format}.js`),
    },
    sourcemap: 'hidden',
    // The drop-in bundles are final artefacts, so the ES one is minified too (Vite leaves lib ES output readable).
    // No @__PURE__ annotations or Symbol.toStringTag either: they serve a bundler, and these files are final.
    rolldownOptions: { output: { minify: true, comments: { annotation: false }, generatedCode: { symbols: false } } },
  },
});
