// Sources for `build` over real HTTP: a loopback server whose routes a test sets, which records every
// request (path and headers) and counts the body bytes it sends. Plus generated RSS, as large as a test needs.
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';

/**
 * Starts a server on a free loopback port. `routes` maps a path to `(req) => ({ status, headers, body | chunks })`.
 * Stop it with `close()`.
 */
export async function startSourceServer() {
  const routes = new Map();
  const requests = [];
  let bytes = 0;
  const server = createServer(async (req, res) => {
    const { pathname } = new URL(req.url, 'http://localhost');
    requests.push({ path: pathname, headers: req.headers });
    const route = routes.get(pathname);
    const answer = route ? await route(req) : { status: 404 };
    res.writeHead(answer.status ?? 200, answer.headers ?? {});
    if (answer.body) bytes += Buffer.byteLength(answer.body);
    // `chunks`: a body sent piece by piece (chunked, no Content-Length), until the client stops reading.
    for (const chunk of answer.chunks ?? []) {
      if (res.destroyed) break;
      bytes += chunk.length;
      if (!res.write(chunk)) await new Promise((resolve) => (res.once('drain', resolve), res.once('close', resolve)));
    }
    res.end(answer.body);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    routes,
    requests,
    /** Body bytes sent since the start, or since `reset()`. */
    bytes: () => bytes,
    reset() {
      requests.length = 0;
      bytes = 0;
    },
    close: () =>
      new Promise((resolve) => {
        server.close(resolve);
        server.closeAllConnections();
      }),
  };
}

/**
 * A route that answers as a well-behaved feed server does: an ETag and Last-Modified with every 200, and 304
 * with no body when the request's If-None-Match (or, without it, If-Modified-Since) still matches.
 * `body()` is read at each request, so a test can change the feed between builds.
 */
export function conditionalRoute(body, { type = 'application/rss+xml; charset=utf-8', lastModified = 'Mon, 07 Dec 2026 08:00:00 GMT' } = {}) {
  return (req) => {
    const text = body();
    const etag = `"${createHash('sha256').update(text).digest('hex').slice(0, 16)}"`;
    const validators = { etag, 'last-modified': lastModified };
    const inm = req.headers['if-none-match'];
    const ims = req.headers['if-modified-since'];
    if (inm ? inm === etag : ims && Date.parse(ims) >= Date.parse(lastModified)) return { status: 304, headers: validators };
    return { status: 200, headers: { 'content-type': type, ...validators }, body: text };
  };
}

const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** An RSS 2.0 document. Each item: { id, title, date (a Date or ms), link?, description? }. */
export function rss({ title, link = 'https://www.example.org/', language, items }) {
  const entries = items.map(
    (item) => `<item><title>${escape(item.title)}</title><link>${escape(item.link ?? `https://www.example.org/${item.id}`)}</link>` +
      `<guid isPermaLink="false">${escape(item.id)}</guid><pubDate>${new Date(item.date).toUTCString()}</pubDate>` +
      `${item.description ? `<description>${escape(item.description)}</description>` : ''}</item>`,
  );
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>${escape(title)}</title><link>${escape(link)}</link>${language ? `<language>${language}</language>` : ''}
${entries.join('\n')}
</channel></rss>
`;
}
