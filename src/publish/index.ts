// Node only: the publisher behind `policy-widgets convert | validate | build` (bin/policy-widgets.js).
// Built to dist/node/ by vite.node.config.ts; nothing here reaches the browser bundles.
export { buildCommand, convertCommand, validateCommand, type Output } from './commands.js';
export { PublishError } from './errors.js';
export { FORMATS } from './convert.js';
export { validateDocument, type Problem } from './validate.js';
export { MAX_INPUT_BYTES } from './io.js';
export { XML_LIMITS } from './xml.js';
// The widgets' own reading rules, the module the browser bundles: for checks that must agree with them.
export { validateFeed } from '../data/validate.js';
