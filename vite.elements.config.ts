import { defineConfig } from 'vite';
import { elements } from './src/elements.json';
import { define, dropMessageIds, minifyLiterals, msgRuntime, terserChunks } from './vite.config.js';

// The per-element drop-ins: dist/elements/<folder>.js defines one element, and every one of them imports the
// same core chunk (Lit, the base element, the data client, locales and shared styles), so a page with one
// element loads two files, and a page with several loads the core once. dist/policy-widgets.js, all in one
// file, stays for pages that want every element.
export default defineConfig({
  plugins: [minifyLiterals(), dropMessageIds(), terserChunks()],
  define,
  resolve: { alias: msgRuntime },
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/elements',
    sourcemap: 'hidden',
    lib: {
      entry: Object.fromEntries(elements.map(({ folder }) => [folder, `src/components/${folder}/define.ts`])),
      formats: ['es'],
    },
    rolldownOptions: {
      output: {
        minify: true,
        comments: { annotation: false },
        entryFileNames: '[name].js',
        chunkFileNames: '[name]-[hash].js',
        // One shared chunk, not one per combination of elements: a page loads at most two files.
        manualChunks: (id) => (id.includes('/src/components/') ? undefined : 'core'),
      },
    },
  },
});
