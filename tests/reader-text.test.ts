import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews, PolicyWhitePaper } from '../src/index.js';
import { feedUrl, fixtureSettled, shadow } from './helpers.js';

// What readers see of the text: a white paper is forthcoming only as docs/feed-format.md says, and long
// compounds hyphenate in the language of the text they are in.

const part = (element: Element, name: string) => shadow(element).querySelector<HTMLElement>(`[part~="${name}"]`);

const whitePaper = (document?: Record<string, string>) => ({
  version: 'https://jsonfeed.org/version/1.1',
  title: 'White papers',
  language: 'nb',
  items: [
    {
      id: 'meld-st-9',
      url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-9/id1',
      title: 'Norsk utenriks- og sikkerhetspolitikk',
      date_published: '2017-01-10T00:00:00Z',
      _policy: { type: 'white-paper', ...(document ? { document } : {}) },
    },
  ],
});

describe('Text readers see', () => {
  describe('a white paper', () => {
    it('with no `document` at all (as published from RSS) is an ordinary white paper', async () => {
      const element = await fixtureSettled<PolicyWhitePaper>(html`<policy-white-paper lang="nb" .data=${whitePaper()}></policy-white-paper>`);
      expect(part(element, 'type')!.textContent).to.equal('Stortingsmelding');
    });

    it('with a `document` that has no label is forthcoming; with a label it is not', async () => {
      const forthcoming = await fixtureSettled<PolicyWhitePaper>(html`<policy-white-paper lang="nb" .data=${whitePaper({})}></policy-white-paper>`);
      expect(part(forthcoming, 'type')!.textContent).to.equal('Ny stortingsmelding');
      const published = await fixtureSettled<PolicyWhitePaper>(
        html`<policy-white-paper lang="nb" .data=${whitePaper({ label: 'Meld. St. 9 (2016–2017)' })}></policy-white-paper>`,
      );
      expect(part(published, 'type')!.textContent).to.equal('Stortingsmelding');
    });

    it('in a news list, reads the same way', async () => {
      const feed = whitePaper();
      const element = await fixtureSettled<PolicyNews>(html`<policy-news lang="en" .data=${feed}></policy-news>`);
      expect(part(element, 'type')!.textContent).to.equal('White paper');
    });
  });

  describe('long compounds', () => {
    // Whether a word really breaks depends on the engine's hyphenation dictionaries; what the element controls is
    // that the text asks for hyphenation, in its own language rather than the interface's.
    const hyphens = (node: Element) => {
      const style = getComputedStyle(node) as CSSStyleDeclaration & { webkitHyphens?: string };
      return style.hyphens || style.webkitHyphens;
    };

    it('hyphenate in the feed\'s language in a list: titles and summaries', async () => {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news lang="en" src=${feedUrl('security-policy.nb.json')}></policy-news>`);
      for (const name of ['title', 'summary']) {
        const node = part(element, name)!;
        expect(hyphens(node), name).to.equal('auto');
        expect(node.closest('[lang]')!.getAttribute('lang'), `${name} is in the feed's language`).to.equal('nb');
      }
      expect(part(element, 'meta')!.closest('[lang]')!.getAttribute('lang'), 'the date line in the interface\'s').to.equal('en');
    });

    it('hyphenate in the item\'s language on a white-paper card: title, label, subtitle and summary', async () => {
      const element = await fixtureSettled<PolicyWhitePaper>(
        html`<policy-white-paper lang="en" src=${feedUrl('security-policy.nb.json')} item="ud-2015-meld-st-37"></policy-white-paper>`,
      );
      for (const name of ['title', 'label', 'subtitle', 'summary']) {
        const node = part(element, name)!;
        expect(hyphens(node), name).to.equal('auto');
        expect(node.closest('[lang]')!.getAttribute('lang'), name).to.equal('nb');
      }
    });
  });
});
