// Lets browser tests import React and Vue as an application would ('react', 'react-dom/client', 'vue').
// React ships CommonJS only: esbuild bundles it once into one ES module, and each specifier is served as a
// module re-exporting its part, so the page has a single copy of React. Vue's browser build is ES already.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

const PREFIX = '/__frameworks/';
const REACT = { react: 'react', 'react-dom': 'reactDom', 'react-dom/client': 'reactDomClient' };

/** A Web Test Runner (dev server) plugin. */
export function frameworkModules() {
  let bundle;
  return {
    name: 'framework-modules',
    resolveImport({ source }) {
      if (source in REACT) return `${PREFIX}${source}.js`;
      if (source === 'vue') return '/node_modules/vue/dist/vue.esm-browser.prod.js';
    },
    async serve(context) {
      if (!context.path.startsWith(PREFIX)) return;
      const name = context.path.slice(PREFIX.length, -'.js'.length);
      if (name === 'react-bundle') {
        bundle ??= build({
          stdin: {
            contents: Object.entries(REACT).map(([source, as]) => `export * as ${as} from '${source}';`).join('\n'),
            resolveDir: fileURLToPath(new URL('../../', import.meta.url)),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"production"' },
          logLevel: 'silent',
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      if (!(name in REACT)) return;
      const as = REACT[name];
      // Read in a process of its own: React in development mode patches the console this one has replaced.
      const names = JSON.parse(
        execFileSync(process.execPath, ['-p', 'JSON.stringify(Object.keys(require(process.argv[1])))', name], {
          env: { ...process.env, NODE_ENV: 'production' },
        }),
      ).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      return {
        body: `import { ${as} } from '${PREFIX}react-bundle.js';\nexport const { ${names.join(', ')} } = ${as};\nexport default ${as};\n`,
        type: 'js',
      };
    },
  };
}
