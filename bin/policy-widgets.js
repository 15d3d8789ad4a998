#!/usr/bin/env node
// The policy-widgets command line: parses arguments and calls the Node code in dist/, nothing more.
// Each command is one entry of COMMANDS.
import { parseArgs } from 'node:util';

/** A module of the Node build (`npm run build`); a published package ships it. */
const load = (path) =>
  import(`../dist/${path}`).catch((error) => {
    if (error.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(`dist/${path}`)) throw error;
    throw Object.assign(new Error(`dist/${path} is missing: run \`npm run build\` first`), { usage: true });
  });
const publish = () => load('node/publish.js');

/** name → { usage, summary, options (node:util parseArgs), run(positionals, values, output) → exit code } */
const COMMANDS = {
  convert: {
    usage: 'policy-widgets convert <input…> [--from rss|atom|json-feed|govuk|wordpress] [--config FILE] [--out FILE]',
    summary: 'Reads RSS, Atom, JSON Feed, GOV.UK Content API items or WordPress REST posts (files or http(s) URLs) and writes one feed.',
    options: { from: { type: 'string' }, config: { type: 'string' }, out: { type: 'string' } },
    run: async (inputs, values, output) => (await publish()).convertCommand(inputs, values, output),
  },
  validate: {
    usage: 'policy-widgets validate <file-or-url>',
    summary: 'Checks a feed against the JSON Schema and the widgets\' reading rules: one line per problem, exit 1 if any.',
    options: {},
    run: async (inputs, _values, output) => (await publish()).validateCommand(inputs, output),
  },
  build: {
    usage: 'policy-widgets build <site-config> --out DIR',
    summary: 'Builds every topic and locale of a site config into DIR: paged feeds, .gz/.br, _headers and nginx.conf.',
    options: { out: { type: 'string' } },
    run: async (inputs, values, output) => (await publish()).buildCommand(inputs, values, output),
  },
  prerender: {
    usage: 'policy-widgets prerender <file.html…> [--base-url URL] [--origin URL…] [--assets-url URL] [--out DIR]',
    summary: 'Fills every policy element in the HTML files with what it renders (declarative shadow DOM), in place or into DIR. --origin (repeatable) limits where feeds are loaded from.',
    options: { 'base-url': { type: 'string' }, origin: { type: 'string', multiple: true }, 'assets-url': { type: 'string' }, out: { type: 'string' } },
    run: async (files, values, output) => (await load('lib/prerender/cli.js')).prerenderCommand(files, values, output),
  },
};

const HELP = `policy-widgets: turn what publishers have into feeds for the policy-widgets elements, and prerender the pages that embed them.

${Object.values(COMMANDS)
  .map((command) => `  ${command.usage}\n      ${command.summary}`)
  .join('\n')}

Exit codes: 0 success, 1 failure (one line on stderr says why). Docs: docs/publishing.md`;

const output = {
  stdout: (text) => process.stdout.write(text),
  stderr: (line) => process.stderr.write(`${line}\n`),
};

async function main(argv) {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(`${HELP}\n`);
    return name ? 0 : 1;
  }
  const command = COMMANDS[name];
  if (!command) throw Object.assign(new Error(`unknown command "${name}"; try --help`), { usage: true });
  if (rest.includes('--help') || rest.includes('-h')) {
    process.stdout.write(`usage: ${command.usage}\n${command.summary}\n`);
    return 0;
  }
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options: command.options, allowPositionals: true, strict: true });
  } catch (error) {
    throw Object.assign(new Error(`${error.message}\nusage: ${command.usage}`), { usage: true });
  }
  return command.run(parsed.positionals, parsed.values, output);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  // Bad input and wrong usage are one line; anything else is a bug, reported with its stack.
  const { PublishError } = error.usage ? {} : await publish().catch(() => ({}));
  const expected = error.usage || (PublishError && error instanceof PublishError);
  process.stderr.write(`policy-widgets: ${expected ? error.message : error.stack}\n`);
  process.exitCode = 1;
}
