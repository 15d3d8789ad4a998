import { validateFeed } from '../data/validate.js';
import { readFileSync } from 'node:fs';
import { ajv, describeError } from './schema.js';

/** One problem in a feed: where (a JSON Pointer) and what is wrong. */
export interface Problem {
  pointer: string;
  message: string;
}

/** docs/policy-feed.schema.json, the one published schema: read from the package (dist/node/ is two levels down, as src/publish/ is). */
const SCHEMA_URL = new URL('../../docs/policy-feed.schema.json', import.meta.url);

let compiled: ReturnType<typeof ajv.compile> | undefined;
const checkSchema = () => (compiled ??= ajv.compile(JSON.parse(readFileSync(SCHEMA_URL, 'utf8'))));

/** Runs the widgets' own validateFeed without its console warning: the problems are reported here instead. */
function quietly<T>(read: () => T): T {
  const warn = console.warn;
  console.warn = () => {};
  try {
    return read();
  } finally {
    console.warn = warn;
  }
}

/**
 * Checks a parsed feed against docs/policy-feed.schema.json and against the reading rules of the widgets
 * (src/data/validate.ts, the very code the browser runs): every item the widgets would leave out is a problem
 * too, so a feed that passes renders whole. `url` is where the feed is served from.
 */
export function validateDocument(json: unknown, url: string): Problem[] {
  const check = checkSchema();
  const problems: Problem[] = check(json) ? [] : (check.errors ?? []).map(describeError);
  try {
    quietly(() => validateFeed(json, url));
  } catch (error) {
    return [...problems, { pointer: '/', message: (error as Error).message }];
  }
  const items = (json as { items: unknown[] }).items;
  items.forEach((item, index) => {
    // One item at a time, so each one the widgets leave out is named by its own pointer.
    if (!quietly(() => validateFeed({ items: [item] }, url)).items.length) {
      problems.push({ pointer: `/items/${index}`, message: 'left out by the widgets: no id or title, or a field of the wrong type' });
    }
  });
  return dedupe(problems);
}

const dedupe = (problems: Problem[]) => [...new Map(problems.map((problem) => [`${problem.pointer} ${problem.message}`, problem])).values()];
