import { defineConfig } from 'vite';
import { elements } from './src/elements.json';
import { define, minifyLiterals } from './vite.config.js';

// The npm modules: one module per source file under dist/lib/, with lit and
// @lit/localize left to the application (peer dependencies), so an app that
// imports two elements, or uses Lit itself, ships Lit once. The entries are
// the public ones (package.json "exports"), so their exports are kept whole. The Node-only prerender
// modules leave their own dependencies (@lit-labs/ssr, parse5, node: builtins) to Node too.
export default defineConfig({
  plugins: [minifyLiterals()],
  define,
  publicDir: false,
  build: {
    target: 'es2022',
    outDir: 'dist/lib',
    minify: false,
    lib: {
      entry: [
        'src/index.ts',
        ...elements.flatMap(({ folder }) => [`src/components/${folder}/define.ts`, `src/components/${folder}/policy-${folder}.ts`]),
        // Node only (package.json "./prerender", and the command line): never part of the drop-in.
        'src/prerender/index.ts',
        'src/prerender/cli.ts',
        // Node only (package.json "./eleventy"): the Eleventy plugin, on the same prerender module.
        'src/eleventy/index.ts',
      ],
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\/localize(\/|$)/, /^@lit-labs\/ssr(\/|$)/, 'parse5', /^node:/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
