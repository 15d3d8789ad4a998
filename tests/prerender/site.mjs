// A real HTTP server and a real Chromium for the prerender tests. The server answers:
//   /faults/…   the fault server (tests/server/feed-faults.mjs): feeds, delays, errors, request counts
//   /dist/…, /stories/…, /tests/hardening/…   files of this repository (the built drop-in, fixtures)
//   any path given to site.page(path, html)   that page
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromeArgs, chromePath } from '../server/chrome.mjs';
import { handleFeedFault } from '../server/feed-faults.mjs';

const ROOT = new URL('../../', import.meta.url);
const TYPES = { js: 'text/javascript', css: 'text/css', json: 'application/feed+json', svg: 'image/svg+xml', html: 'text/html', map: 'application/json' };

/** Starts the server on a free port. `origin` is its address; `close()` stops it. */
export async function startSite() {
  const pages = new Map();
  const server = createServer(async (req, res) => {
    if (handleFeedFault(req, res)) return;
    const { pathname } = new URL(req.url, 'http://localhost');
    const page = pages.get(pathname);
    if (page !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      return res.end(page);
    }
    if (!/^\/(dist|stories|tests\/hardening)\/[\w./-]+$/.test(pathname) || pathname.includes('..')) {
      res.writeHead(404);
      return res.end();
    }
    try {
      const body = await readFile(new URL(pathname.slice(1), ROOT));
      res.writeHead(200, { 'content-type': TYPES[pathname.split('.').pop()] ?? 'application/octet-stream', 'access-control-allow-origin': '*' });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    /** Serves `html` at `path` from now on. */
    page: (path, html) => pages.set(path, html),
    /** How many requests the fault server counted under `key`. */
    hits: async (key) => (await (await fetch(`${origin}/faults/hits?key=${key}`)).json()).count,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Launches the system Chromium headless. */
export const launchChromium = () => chromium.launch({ executablePath: chromePath(), args: chromeArgs, headless: true });
