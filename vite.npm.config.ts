import { defineConfig } from 'vite';
import { define, minifyLiterals } from './vite.config.js';

const ELEMENTS = ['news', 'speech', 'white-paper', 'topic-header'];

// The npm modules: one module per source file under dist/lib/, with lit and
// @lit/localize left to the application (peer dependencies), so an app that
// imports two elements, or uses Lit itself, ships Lit once. The entries are
// the public ones (package.json "exports"), so their exports are kept whole.
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
        ...ELEMENTS.flatMap((name) => [`src/components/${name}/define.ts`, `src/components/${name}/policy-${name}.ts`]),
      ],
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\/localize(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
