#!/usr/bin/env node
// The command line: picks the command and hands it the rest of the arguments. The commands live in the Node
// build (dist/lib/), loaded only when asked for.
const commands = {
  prerender: async (args) => (await import('../dist/lib/prerender/cli.js')).prerenderCommand(args),
};

const [name, ...args] = process.argv.slice(2);
if (!Object.hasOwn(commands, name ?? '')) {
  console.error(`usage: policy-widgets <${Object.keys(commands).join('|')}> …`);
  process.exitCode = 1;
} else {
  process.exitCode = await commands[name](args);
}
