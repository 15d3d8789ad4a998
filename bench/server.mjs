// A plain static server for the benchmark: the repo root (dist/, bench/, the
// sample feeds) plus the fault server at /faults/. JavaScript and JSON are
// gzipped, as a CDN would serve them, so the browser reports real transfer sizes.
// In a bench page, {{name}} is replaced by the page's own `name` query parameter,
// so each run can point the same static page at a feed URL of its own.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname } from 'node:path';
import { gzipSync } from 'node:zlib';
import { handleFeedFault } from '../tests/server/feed-faults.mjs';

const ROOT = new URL('../', import.meta.url);
const TYPES = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.json': 'application/feed+json',
  '.svg': 'image/svg+xml',
  '.css': 'text/css',
};
const COMPRESSED = new Set(['.js', '.mjs', '.json', '.css', '.html', '.svg']);

const escapeHtml = (text) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

export function startServer(port = 0) {
  const server = createServer(async (req, res) => {
    if (handleFeedFault(req, res)) return;
    const { pathname, searchParams } = new URL(req.url, 'http://localhost');
    const file = new URL(`.${decodeURIComponent(pathname)}`, ROOT);
    if (!file.href.startsWith(ROOT.href) || file.pathname.includes('/node_modules/')) {
      res.writeHead(404).end();
      return;
    }
    try {
      let body = await readFile(file);
      const ext = extname(file.pathname);
      if (ext === '.html' && pathname.startsWith('/bench/')) body = Buffer.from(String(body).replace(/\{\{(\w+)\}\}/g, (_, name) => escapeHtml(searchParams.get(name) ?? '')));
      const headers = { 'content-type': `${TYPES[ext] ?? 'application/octet-stream'}; charset=utf-8`, 'cache-control': 'no-store' };
      if (COMPRESSED.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        body = gzipSync(body, { level: 9 });
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers).end(body);
    } catch {
      res.writeHead(404).end();
    }
  });
  return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
