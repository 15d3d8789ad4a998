import { minifyHTMLLiterals } from 'minify-literals';
import { defineConfig, type Plugin } from 'vite';
import { handleFeedFault } from './tests/server/feed-faults.mjs';

/** Minifies the css`` and html`` literals in our own sources: every byte ships to every partner page. */
const minifyLiterals = (): Plugin => ({
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

// `npm start` serves index.html (the demo partner page) and the sample feeds;
// `npm run build` writes the drop-in bundles to dist/.
export default defineConfig({
  plugins: [minifyLiterals(), feedFaults()],
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
