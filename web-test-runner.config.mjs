import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { enginesWanted, launchers } from './tests/server/browsers.mjs';
import { strictCsp } from './tests/server/csp.mjs';
import { recommendedCsp } from './tests/server/recommended-csp.mjs';
import { handleFeedFault } from './tests/server/feed-faults.mjs';
import { frameworkModules } from './tests/server/framework-modules.mjs';

const PRERENDERED_CSP = '/tests/hardening/prerendered-csp/';
/** Violation reports by page load, for the prerendered-csp pages. */
const cspReports = new Map();

/**
 * Under PRERENDERED_CSP: `page.html?prerender=1` is page.html as prerender() (the Node build in dist/lib) returns it;
 * `?csp=1` serves a page under the recommended policy, reporting to `report?id=…`; `reports?id=…` lists the reports.
 */
async function prerenderedCsp(context, next) {
  if (!context.path.startsWith(PRERENDERED_CSP)) return next();
  const name = context.path.slice(PRERENDERED_CSP.length);
  const id = context.query.id ?? '';
  if (name === 'report') {
    let body = '';
    for await (const chunk of context.req) body += chunk;
    cspReports.set(id, [...(cspReports.get(id) ?? []), JSON.parse(body)['csp-report'] ?? body]);
    context.status = 204;
    return;
  }
  if (name === 'reports') {
    context.body = cspReports.get(id) ?? [];
    return;
  }
  const origin = `${context.protocol}://${context.host}`;
  if (context.query.prerender) {
    const { prerender } = await import('./dist/lib/prerender/index.js').catch(() => {
      throw new Error('dist/lib is missing: run `npm run build` first');
    });
    const html = readFileSync(new URL(`.${context.path}`, import.meta.url), 'utf8');
    context.body = await prerender(html, { baseUrl: `${origin}${context.path}` });
    context.type = 'html';
  } else {
    await next();
  }
  if (context.query.csp) context.set('Content-Security-Policy', recommendedCsp(origin, `${PRERENDERED_CSP}report?id=${id}`));
}

/**
 * `heap-after-gc` (Chromium only, through its DevTools protocol): the page's JavaScript heap in bytes after a
 * full garbage collection, for the tests that check a long-running page stays flat.
 */
const heapAfterGc = {
  name: 'heap-after-gc',
  async executeCommand({ command, session }) {
    if (command !== 'heap-after-gc') return undefined;
    const cdp = await session.browser.getPage(session.id).createCDPSession();
    try {
      await cdp.send('HeapProfiler.collectGarbage');
      return (await cdp.send('Runtime.getHeapUsage')).usedSize;
    } finally {
      await cdp.detach();
    }
  },
};

const engines = enginesWanted();
const browsers = await launchers(engines);
const chromium = browsers[engines.indexOf('chromium')];
/** Files that need a facility only Chromium offers here (media and print emulation, layout-shift entries, the heap after a GC); README lists them. */
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
    heapAfterGc,
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
      if (context.path.startsWith('/tests/hardening/csp/')) context.set('Content-Security-Policy', strictCsp());
    },
    prerenderedCsp,
  ],
  // Chromium, Firefox and WebKit, or those named in BROWSERS (tests/server/browsers.mjs).
  browsers,
  filterBrowserLogs: ({ args }) => !String(args[0]).startsWith('Lit is in dev mode'),
  testFramework: { config: { timeout: 15000 } },
};
