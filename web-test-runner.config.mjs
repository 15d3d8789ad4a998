import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { enginesWanted, launchers } from './tests/server/browsers.mjs';
import { handleFeedFault } from './tests/server/feed-faults.mjs';
import { frameworkModules } from './tests/server/framework-modules.mjs';

/** The strict policy a locked-down partner page sends; tests/hardening/csp/ pages are served under it. */
const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

const engines = enginesWanted();
const browsers = launchers(engines);
const chromium = browsers[engines.indexOf('chromium')];
/** Files that need a facility only Chromium's protocol offers here (media emulation); README lists them. */
const CHROMIUM_ONLY = 'tests/**/*.chromium.test.ts';

export default {
  files: ['tests/**/*.test.ts', `!${CHROMIUM_ONLY}`],
  // The same launcher object in a group shares its browser with the main run.
  groups: chromium ? [{ name: 'chromium-only', files: CHROMIUM_ONLY, browsers: [chromium] }] : [],
  nodeResolve: true,
  // One file at a time per engine: the three engines run side by side, a page is never a throttled background
  // tab, and WebKitWebDriver runs each file in its own window rather than in a 300 × 150 iframe.
  concurrency: 1,
  plugins: [
    // The tsconfig must be passed, or esbuild leaves the decorators untransformed.
    // esnext: keep import attributes (a JSON module, `with { type: 'json' }`), which every engine under test supports.
    esbuildPlugin({ ts: true, target: 'esnext', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
    // 'react', 'react-dom/client' and 'vue' as an application imports them (tests/frameworks/).
    frameworkModules(),
  ],
  middleware: [
    (context, next) => {
      if (!context.path.startsWith('/faults/')) return next();
      // The handler writes the response itself; the status set here only keeps the runner's 404 report true.
      context.status = 200;
      context.respond = false;
      handleFeedFault(context.req, context.res);
    },
    async (context, next) => {
      await next();
      if (context.path.startsWith('/tests/hardening/csp/')) context.set('Content-Security-Policy', STRICT_CSP);
    },
  ],
  // Chromium, Firefox and WebKit, or those named in BROWSERS (tests/server/browsers.mjs).
  browsers,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
};
