import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { PublishError } from '../errors.js';
import { FEED_FILE } from './pages.js';
import { writeIfChanged } from './write.js';

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

/** The feed's media type (JSON Feed 1.1, "MIME type"), with the charset every feed file is written in. */
const FEED_CONTENT_TYPE = 'application/feed+json; charset=utf-8';

const cacheControl = (cache: CacheSettings) =>
  `public, max-age=${cache.max_age}, stale-while-revalidate=${cache.stale_while_revalidate}`;

/**
 * A `_headers` file (Netlify, Cloudflare Pages): the headers for each published feed file, listed one by one
 * since the hosts differ in the wildcards they accept. Those hosts compress and set ETags themselves.
 */
export function headersFile(paths: string[], cache: CacheSettings): string {
  const block = [
    'Access-Control-Allow-Origin: *',
    `Content-Type: ${FEED_CONTENT_TYPE}`,
    `Cache-Control: ${cacheControl(cache)}`,
    'X-Content-Type-Options: nosniff',
  ];
  const lines = ['# Written by `policy-widgets build`: the headers of each feed file, for static hosts that read _headers.'];
  for (const path of paths) lines.push(`/${path}`, ...block.map((header) => `  ${header}`));
  return `${lines.join('\n')}\n`;
}

/**
 * Refuses a value that could end the directive it is written into and add others of its own (`;`, braces,
 * quotes, line breaks), whoever wrote the site config.
 */
function checkNginxValues(nginx: NginxSettings): void {
  for (const [key, value] of Object.entries(nginx)) {
    if (/[;{}"'\\\r\n]/.test(value) || !value.trim()) {
      throw new PublishError(`nginx.${key} ${JSON.stringify(value)}: may not be empty or hold ; { } quotes, backslashes or line breaks, it is written into nginx.conf`);
    }
  }
}

/**
 * An nginx server block that serves the feed files and nothing else: CORS for every origin, the feed's
 * media type, Cache-Control with stale-while-revalidate, ETags (so If-None-Match gets 304), and the
 * precompressed .gz beside each file. Include it inside `http { }`.
 */
export function nginxServerBlock(nginx: NginxSettings, cache: CacheSettings): string {
  checkNginxValues(nginx);
  // The one list of served names, FEED_FILE, as nginx's (PCRE) location.
  const feedLocation = `^/${FEED_FILE.source.slice(1)}`;
  return `# Written by \`policy-widgets build\`: serves the feeds in ${nginx.root}. Include it inside http { }.
server {
    listen ${nginx.listen};
    server_name ${nginx.server_name};
    root "${nginx.root}";

    # Only feed files are served: not _headers, not this file, not the build's state, lock or temporary files.
    location / {
        return 404;
    }

    location ~ "${feedLocation}" {
        types { }
        default_type "${FEED_CONTENT_TYPE}";
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

/** The hosting files' settings, checked: made before the build fetches anything, so a bad value stops it at once. */
export interface Hosting {
  cache: CacheSettings;
  nginxConf: string;
}

export function hostingFor(cache: CacheSettings, nginx: NginxSettings): Hosting {
  return { cache, nginxConf: nginxServerBlock(nginx, cache) };
}

/** Writes `_headers` and `nginx.conf` for the feed files DIR holds, each only if it changed. */
export async function writeHostingFiles(dir: string, { cache, nginxConf }: Hosting): Promise<void> {
  const files = (await readdir(dir)).filter((file) => FEED_FILE.test(file)).sort();
  await writeIfChanged(join(dir, '_headers'), headersFile(files, cache));
  await writeIfChanged(join(dir, 'nginx.conf'), nginxConf);
}
