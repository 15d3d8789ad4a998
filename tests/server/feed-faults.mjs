// Real HTTP answers for feed tests, stories and the demo: slow, hanging,
// failing and counted responses. A plain Node (req, res) handler, so the test
// runner, Vite and a bare http server can all mount it at /faults/.
//
//   /faults/feeds/<file>?status=500&delay=300&hang=1&fail=2&key=k
//     <file>   a file in stories/fixtures/feeds
//     status   answer with this HTTP status instead of the feed
//     delay    wait this many milliseconds first
//     hang     never answer
//     fail     answer 503 to the first N requests with this key, then the feed
//     key      count requests under this key
//     redirect answer 302 to this same-server path instead
//     changing give the feed a new title on every request with this key ("… (2)", "… (3)"): a feed that was edited
//     growing  a live feed: each request with this key has one more item at the top ("added-1", "added-2", …),
//              and the first original item's title ends in the request's number, as an item edited in place
//     arriving as growing, with no item edited: only new items at the top
//     rolling  as arriving, and the oldest items drop off the end, so the feed keeps its length: a page left open
//              for days sees it change on every request and never grow
//   /faults/images/<file>  a file in stories/fixtures/images, so relative image URLs in feeds resolve
//   /faults/hits?key=k  ->  { "count": n, "cookies": [...], "headers": [...] }
//   /faults/offline?key=k&on=1|0  while on, every request with this key has its connection reset, as with no network
import { readFile } from 'node:fs/promises';

const FIXTURES = new URL('../../stories/fixtures/', import.meta.url);
const TYPES = { json: 'application/feed+json', txt: 'text/plain', html: 'text/html', svg: 'image/svg+xml' };
const hits = new Map();
const offline = new Set();

// Any origin may read the feeds, as a public feed host allows, so tests can fetch them cross-origin.
const send = (res, status, body, type = 'application/json') => {
  res.writeHead(status, {
    'content-type': `${type}; charset=utf-8`,
    'cache-control': 'no-store',
    'access-control-allow-origin': '*',
  });
  res.end(body);
};

/** Answers a /faults/ request and returns true, or returns false for any other URL. */
export function handleFeedFault(req, res) {
  const url = new URL(req.url, 'http://localhost');
  if (!url.pathname.startsWith('/faults/')) return false;
  const params = url.searchParams;
  const key = params.get('key');
  if (url.pathname === '/faults/hits') {
    send(res, 200, JSON.stringify(hits.get(key) ?? { count: 0, cookies: [], headers: [] }));
    return true;
  }
  if (url.pathname === '/faults/offline') {
    offline[params.get('on') === '1' ? 'add' : 'delete'](key);
    send(res, 200, JSON.stringify({ offline: offline.has(key) }));
    return true;
  }
  const record = key && (hits.get(key) ?? { count: 0, cookies: [], headers: [] });
  if (record) {
    record.count++;
    record.cookies.push(req.headers.cookie ?? null);
    record.headers.push(Object.keys(req.headers));
    hits.set(key, record);
  }
  if (offline.has(key)) {
    req.socket.destroy();
    return true;
  }
  if (params.has('hang')) return true; // the request stays open until the client gives up
  const answer = async () => {
    const [, folder, file] = url.pathname.match(/^\/faults\/(feeds|images)\/([\w.-]+)$/) ?? [];
    if (!file) return send(res, 404, '{"error":"no such fixture"}');
    if (record && record.count <= Number(params.get('fail') ?? 0)) return send(res, 503, '{"error":"unavailable"}');
    if (params.get('redirect')?.startsWith('/')) {
      res.writeHead(302, { location: params.get('redirect'), 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
      return res.end();
    }
    if (params.has('status')) return send(res, Number(params.get('status')), `{"error":"status ${params.get('status')}"}`);
    try {
      let body = await readFile(new URL(`${folder}/${file}`, FIXTURES));
      if (params.has('changing') && record) {
        const feed = JSON.parse(body);
        body = JSON.stringify({ ...feed, title: `${feed.title} (${record.count})` });
      }
      const live = ['growing', 'arriving', 'rolling'].some((mode) => params.has(mode));
      if (live && record) {
        const { items: [first, ...rest], ...feed } = JSON.parse(body);
        const edited = params.has('growing') ? { ...first, title: `${first.title} (${record.count})` } : first;
        const added = Array.from({ length: record.count - 1 }, (_, i) => record.count - 1 - i).map((n) => ({
          id: `added-${n}`,
          url: `https://example.org/added-${n}`,
          title: `Added item ${n}`,
          _policy: { type: 'news' },
        }));
        const items = [...added, edited, ...rest];
        body = JSON.stringify({ ...feed, items: params.has('rolling') ? items.slice(0, rest.length + 1) : items });
      }
      send(res, 200, body, TYPES[file.split('.').pop()] ?? 'application/octet-stream');
    } catch {
      send(res, 404, '{"error":"no such fixture"}');
    }
  };
  setTimeout(answer, Number(params.get('delay') ?? 0));
  return true;
}
