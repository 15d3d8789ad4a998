// The widgets' side of the validation agreement, in a real browser: validateFeed leaves out exactly the
// items the shared case table says, and refuses what it says. tests/publish/agreement.test.mjs holds the
// JSON Schema and `policy-widgets validate` to the same table.
import { expect } from '@open-wc/testing';
import { validateFeed } from '../src/data/validate.js';
import { CASES } from './publish/agreement-cases.mjs';

describe('validateFeed agrees with the publisher’s validator', () => {
  for (const example of CASES) {
    it(`${example.name}: ${example.refused ? 'refused' : `skips ${JSON.stringify(example.skipped ?? [])}`}`, () => {
      const warn = console.warn;
      const warnings: unknown[] = [];
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        const feed = structuredClone(example.feed) as { items: { id?: string }[] };
        if (example.refused) {
          expect(() => validateFeed(feed, location.href)).to.throw();
          return;
        }
        const kept = validateFeed(feed, location.href).items.map((item) => feed.items.findIndex((raw) => raw.id === item.id));
        const skipped = feed.items.map((_, index) => index).filter((index) => !kept.includes(index));
        expect(skipped).to.deep.equal(example.skipped ?? []);
        if (example.valid) expect(warnings).to.deep.equal([]);
      } finally {
        console.warn = warn;
      }
    });
  }
});
