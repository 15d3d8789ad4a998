// The built Storybook (storybook-static/) over real HTTP, with the fault server the tests use mounted at
// /faults/ for the slow and failing feeds, and the list of its stories. Shared by the story check
// (scripts/check-stories.mjs) and the visual baselines (scripts/visual/run.mjs).
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleFeedFault } from '../tests/server/feed-faults.mjs';

const root = fileURLToPath(new URL('../storybook-static/', import.meta.url));
const TYPES = {
  '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json',
  '.svg': 'image/svg+xml', '.txt': 'text/plain', '.woff2': 'font/woff2', '.png': 'image/png',
};

/**
 * Serves storybook-static/ on a free local port: as a team hosts it (`faults: false`), or with the fault server.
 * @returns {Promise<{ origin: string, index: { entries: Record<string, any> }, stories: any[], close: () => void }>}
 *   `stories` are the index's story entries (docs pages left out), each with `id`, `title`, `name` and `tags`.
 */
export async function serveStorybook({ faults = true } = {}) {
  const index = JSON.parse(await readFile(join(root, 'index.json'), 'utf8').catch(() => {
    throw new Error('No storybook-static/index.json: run `npm run build-storybook` first.');
  }));
  const server = createServer(async (req, res) => {
    if (faults && handleFeedFault(req, res)) return;
    let path = normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)).replace(/^(\.\.[/\\])+/, '');
    if (path === '/favicon.ico') path = '/favicon.svg'; // Chromium asks for it; Storybook ships an SVG one.
    try {
      const body = await readFile(join(root, path.endsWith('/') ? `${path}index.html` : path));
      res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    index,
    stories: Object.values(index.entries).filter((entry) => entry.type === 'story'),
    close: () => server.close(),
  };
}

/**
 * Runs in the story's page: true once every policy element in it (shadow roots included) has left
 * `loading`, or, in a loading story (tagged `loading`), shows its placeholder. Self-contained, so any
 * driver can send it to the page.
 * @param {boolean} loading
 */
export function storyIsSettled(loading) {
  const found = [];
  const walk = (node) => {
    for (const element of node.querySelectorAll('*')) {
      if (element.localName.startsWith('policy-')) found.push(element);
      if (element.shadowRoot) walk(element.shadowRoot);
    }
  };
  const root = document.querySelector('#storybook-root');
  if (root) walk(root);
  return (
    found.length > 0 &&
    found.every((element) =>
      loading
        ? element.getAttribute('state') === 'loading' && element.shadowRoot?.querySelector('[part~="placeholder"]')
        : element.hasAttribute('state') && element.getAttribute('state') !== 'loading',
    )
  );
}
