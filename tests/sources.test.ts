import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { loadFeed } from '../src/data/index.js';
import { failure, fixtureSettled, shadow } from './helpers.js';

/** A feed as a data: URL: if it were fetched, it would render as a list. */
const DATA_FEED = `data:application/json,${encodeURIComponent(JSON.stringify({ items: [{ id: '1', title: 'Injected item' }] }))}`;
const SOURCES = ['javascript:alert(1)', DATA_FEED, 'file:///etc/passwd', 'ftp://127.0.0.1/feed.json', 'about:blank'];

describe('a src that is not http(s) or relative', () => {
  it('is the setup error at once, before any request', async () => {
    const kinds = await Promise.all(SOURCES.map(async (src) => (await failure(loadFeed(src))).kind));
    // A fetch would have read the data: feed, and failed on the others as a network error.
    expect(kinds).to.deep.equal(SOURCES.map(() => 'setup'));
  });

  it('renders the setup message, which does not blame the reader\'s connection', async () => {
    for (const src of [DATA_FEED, 'javascript:alert(1)', 'file:///etc/passwd']) {
      const warn = console.warn;
      console.warn = () => {};
      let element: PolicyNews;
      try {
        element = await fixtureSettled<PolicyNews>(html`<policy-news lang="nb" src=${src}><a href="/news">Nyheter</a></policy-news>`);
      } finally {
        console.warn = warn;
      }
      expect(element.state, src).to.equal('error');
      const message = shadow(element).querySelector('[part~="error-message"]')!.textContent!;
      expect(message, src).to.equal('Dette innholdet kan ikke vises: det er ikke satt opp riktig.');
      expect(shadow(element).textContent, src).not.to.match(/nettforbindelsen|Injected item/);
    }
  });
});
