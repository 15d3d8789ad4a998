import { defineConfig } from 'vite';

// The Node-only code (src/publish/, the command line's work) as one ES module in dist/node/, run by
// bin/policy-widgets.js. Every package and Node built-in stays an import, never bundled; the browser
// bundles (vite.config.ts) never see this entry.
export default defineConfig({
  publicDir: false,
  build: {
    ssr: true,
    target: 'node20',
    outDir: 'dist/node',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    rolldownOptions: {
      input: { publish: 'src/publish/index.ts' },
      external: [/^node:/, /^[^./]/],
      output: { format: 'es', entryFileNames: '[name].js' },
    },
  },
});
