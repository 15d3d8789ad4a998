// `policy-widgets prerender <file.html…> [--base-url URL] [--origin URL…] [--assets-url URL] [--out DIR]`:
// prerender() applied to files, with one feed store for the run.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { createFeedCache, prerender } from './index.js';

const USAGE = 'policy-widgets prerender <file.html…> [--base-url URL] [--origin URL…] [--assets-url URL] [--out DIR]';

/** Where a command writes; the same shape as the publisher's commands, so bin/policy-widgets.js serves both. */
interface Output {
  stderr: (line: string) => void;
}

/**
 * Runs the `prerender` command: each file is rewritten in place, or written
 * under `out` by its own name. Problems are reported one line each on stderr.
 * Returns the exit code: 0 when every file was written, 1 otherwise.
 */
export async function prerenderCommand(
  files: string[],
  options: { 'base-url'?: string; origin?: string[]; 'assets-url'?: string; out?: string },
  output: Output,
): Promise<number> {
  const { 'base-url': baseUrl, origin: origins, 'assets-url': assetsUrl } = options;
  // --assets-url may be a path on the site itself ('/assets/policy-widgets/'); the others are URLs.
  const urls = [['--base-url', baseUrl], ...(origins ?? []).map((origin) => ['--origin', origin])];
  const notUrl = urls.find(([, value]) => value !== undefined && !URL.canParse(value));
  if (!files.length || notUrl) {
    output.stderr(notUrl ? `policy-widgets prerender: ${notUrl[0]} "${notUrl[1]}" is not a URL` : `usage: ${USAGE}`);
    return 1;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  // One store for the run: each feed URL is loaded once, however many files name it.
  const feedCache = createFeedCache();
  let failed = 0;
  for (const file of files) {
    try {
      const page = await prerender(await readFile(file, 'utf8'), { baseUrl, origins, assetsUrl, feedCache });
      await writeFile(options.out ? join(options.out, basename(file)) : file, page);
    } catch (error) {
      failed++;
      output.stderr(`policy-widgets prerender: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
