import { build } from './build/index.js';
import { loadConfig } from './config.js';
import { convert, FORMATS, type Format } from './convert.js';
import { PublishError } from './errors.js';
import { writeAtomic } from './atomic-file.js';
import { readJson } from './input.js';
import { validateDocument } from './validate.js';

/** What a command writes: the result to stdout, warnings, progress and problems to stderr. */
export interface Output {
  stdout: (text: string) => void;
  stderr: (line: string) => void;
}

/** `policy-widgets convert <input…> [--from F] [--config FILE] [--out FILE]`. Returns the exit code. */
export async function convertCommand(
  inputs: string[],
  options: { from?: string; config?: string; out?: string },
  output: Output,
): Promise<number> {
  if (!inputs.length) throw new PublishError('convert needs at least one input: a file or an http(s) URL');
  if (options.from !== undefined && !(FORMATS as readonly string[]).includes(options.from)) {
    throw new PublishError(`--from must be one of ${FORMATS.join(', ')}, not "${options.from}"`);
  }
  const config = options.config ? await loadConfig(options.config) : undefined;
  const { feed, skipped, warnings } = await convert(inputs, { from: options.from as Format | undefined, config });
  for (const skip of skipped) output.stderr(`warning: skipped ${skip.name}: ${skip.reason}`);
  for (const warning of warnings) output.stderr(`warning: ${warning}`);
  const text = `${JSON.stringify(feed, null, 2)}\n`;
  if (options.out) await writeAtomic(options.out, text);
  else output.stdout(text);
  return 0;
}

/** `policy-widgets validate <file-or-url>`: one line per problem, `JSON-Pointer: what is wrong`. */
export async function validateCommand(inputs: string[], output: Output): Promise<number> {
  if (inputs.length !== 1) throw new PublishError('validate takes one feed: a file or an http(s) URL');
  const { json, url } = await readJson(inputs[0]);
  const problems = validateDocument(json, url);
  for (const problem of problems) output.stderr(`${problem.pointer}: ${problem.message}`);
  if (!problems.length) output.stdout('valid\n');
  return problems.length ? 1 : 0;
}

/** `policy-widgets build <site-config> --out DIR`. */
export async function buildCommand(inputs: string[], options: { out?: string }, output: Output): Promise<number> {
  if (inputs.length !== 1 || !options.out) throw new PublishError('build takes one site config and --out DIR');
  const report = await build(inputs[0], options.out, output.stderr);
  const totals = report.feeds.reduce(
    (sum, feed) => ({ new: sum.new + feed.new, changed: sum.changed + feed.changed, kept: sum.kept + feed.kept, skipped: sum.skipped + feed.skipped.length }),
    { new: 0, changed: 0, kept: 0, skipped: 0 },
  );
  const notModified = report.feeds.filter((feed) => feed.notModified).length;
  output.stderr(
    `built ${report.feeds.length} feed${report.feeds.length === 1 ? '' : 's'} in ${options.out}: ${totals.new} new, ${totals.changed} changed, ${totals.kept} kept, ${totals.skipped} skipped` +
      (notModified ? `; ${notModified} not modified` : ''),
  );
  if (!report.failed.length) return 0;
  const topics = [...new Set(report.failed.map((failure) => failure.topic))];
  for (const failure of report.failed) output.stderr(`failed: ${failure.topic} ${failure.locale}: ${failure.reason}`);
  output.stderr(`error: ${topics.join(', ')} left as published before, because a source failed`);
  return 1;
}
