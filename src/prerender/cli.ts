// `policy-widgets prerender <file.html…> [--base-url URL] [--out DIR]`: prerender() applied to files.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { parseArgs } from 'node:util';
import { prerender } from './index.js';

const USAGE = 'usage: policy-widgets prerender <file.html…> [--base-url URL] [--out DIR]';

/**
 * Runs the `prerender` command on `args` (what follows the command's name).
 * Each file is rewritten in place, or written under `--out` by its own name.
 * Problems are reported one line each on stderr. Returns the exit code:
 * 0 when every file was written, 1 otherwise.
 */
export async function prerenderCommand(args: string[]): Promise<number> {
  let files: string[];
  let options: { 'base-url'?: string; out?: string };
  try {
    ({ positionals: files, values: options } = parseArgs({
      args,
      allowPositionals: true,
      options: { 'base-url': { type: 'string' }, out: { type: 'string' } },
    }));
  } catch (error) {
    console.error(`policy-widgets prerender: ${(error as Error).message}\n${USAGE}`);
    return 1;
  }
  const baseUrl = options['base-url'];
  if (!files.length || (baseUrl !== undefined && !URL.canParse(baseUrl))) {
    console.error(files.length ? `policy-widgets prerender: --base-url "${baseUrl}" is not a URL` : USAGE);
    return 1;
  }
  if (options.out) await mkdir(options.out, { recursive: true });
  let failed = 0;
  for (const file of files) {
    try {
      const page = await prerender(await readFile(file, 'utf8'), { baseUrl });
      await writeFile(options.out ? join(options.out, basename(file)) : file, page);
    } catch (error) {
      failed++;
      console.error(`policy-widgets prerender: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
