/** How long caches may serve a feed, and for how long after that they may serve it stale while revalidating. */
export interface CacheSettings {
  max_age: number;
  stale_while_revalidate: number;
}

/** Where the generated nginx server block listens and what it serves. */
export interface NginxSettings {
  listen: string;
  server_name: string;
  root: string;
}

/** The feed's media type (JSON Feed 1.1, "MIME type"). */
const FEED_CONTENT_TYPE = 'application/feed+json';

const cacheControl = (cache: CacheSettings) =>
  `public, max-age=${cache.max_age}, stale-while-revalidate=${cache.stale_while_revalidate}`;

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the headers for each published feed file, listed one by one
 * since the hosts differ in the wildcards they accept. Those hosts compress and set ETags themselves.
 */
export function headersFile(paths: string[], cache: CacheSettings): string {
  const block = [
    'Access-Control-Allow-Origin: *',
    `Content-Type: ${FEED_CONTENT_TYPE}; charset=utf-8`,
    `Cache-Control: ${cacheControl(cache)}`,
    'X-Content-Type-Options: nosniff',
  ];
  const lines = ['# Written by `policy-widgets build`: the headers of each feed file, for static hosts that read _headers.'];
  for (const path of paths) lines.push(`/${path}`, ...block.map((header) => `  ${header}`));
  return `${lines.join('\n')}\n`;
}

/**
 * An nginx server block that serves the feed files and nothing else: CORS for every origin, the feed's
 * media type, Cache-Control with stale-while-revalidate, ETags (so If-None-Match gets 304), and the
 * precompressed .gz beside each file. Include it inside `http { }`.
 */
export function nginxServerBlock(nginx: NginxSettings, cache: CacheSettings): string {
  return `# Written by \`policy-widgets build\`: serves the feeds in ${nginx.root}. Include it inside http { }.
server {
    listen ${nginx.listen};
    server_name ${nginx.server_name};
    root "${nginx.root}";

    # Only feed files are served: not _headers, not this file, not a half-written temporary file.
    location / {
        return 404;
    }

    location ~ "^/[a-z0-9][a-z0-9-]*\\.[A-Za-z0-9-]+(\\.[0-9]+)?\\.json$" {
        types { }
        default_type ${FEED_CONTENT_TYPE};
        etag on;
        # The .gz written beside each file, for clients that accept gzip; Vary tells caches it differs.
        gzip_static on;
        gzip_vary on;
        # With the ngx_brotli module, the .br beside each file too:
        # brotli_static on;
        add_header Access-Control-Allow-Origin "*" always;
        add_header Cache-Control "${cacheControl(cache)}" always;
        add_header X-Content-Type-Options nosniff always;
    }
}
`;
}
