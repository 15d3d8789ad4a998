// Node only: the publisher behind `policy-widgets convert | validate | build` (bin/policy-widgets.js).
// Built to dist/node/ by vite.node.config.ts; nothing here reaches the browser bundles.
export { buildCommand, convertCommand, validateCommand, type Output } from './commands.js';
export { PublishError } from './errors.js';
// `validate` without the command line: for tests that check many files as a reader would.
export { validateDocument } from './validate.js';
// The widgets' own reading rules, the module the browser bundles: for checks that must agree with them.
export { validateFeed } from '../data/validate.js';
