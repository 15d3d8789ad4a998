import { defineConfig } from 'vite';
import { elements } from './src/elements.json';
import { define, minifyLiterals } from './vite.config.js';

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
        ...elements.flatMap(({ folder }) => [`src/components/${folder}/define.ts`, `src/components/${folder}/policy-${folder}.ts`]),
      ],
      formats: ['es'],
    },
    rolldownOptions: {
      external: [/^lit(\/|$)/, /^@lit\/localize(\/|$)/],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
});
