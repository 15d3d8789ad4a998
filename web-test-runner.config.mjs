import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { chromeArgs, chromePath } from './tests/server/chrome.mjs';
import { handleFeedFault } from './tests/server/feed-faults.mjs';

/** The strict policy a locked-down partner page sends; tests/hardening/csp/ pages are served under it. */
export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'";

export default {
  files: ['tests/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 2,
  plugins: [
    // The tsconfig must be passed, or esbuild leaves the decorators untransformed.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
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
  browsers: [chromeLauncher({ launchOptions: { executablePath: chromePath(), headless: true, args: chromeArgs } })],
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
};
