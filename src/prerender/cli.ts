// `policy-widgets prerender <file.html…> [--base-url URL] [--out DIR]`: prerender() applied to files.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { prerender } from './index.js';

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
  options: { 'base-url'?: string; out?: string },
  output: Output,
): Promise<number> {
  const baseUrl = options['base-url'];
  if (!files.length || (baseUrl !== undefined && !URL.canParse(baseUrl))) {
    output.stderr(files.length ? `policy-widgets prerender: --base-url "${baseUrl}" is not a URL` : 'usage: policy-widgets prerender <file.html…> [--base-url URL] [--out DIR]');
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
      output.stderr(`policy-widgets prerender: ${file}: ${(error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message}`);
    }
  }
  return failed ? 1 : 0;
}
