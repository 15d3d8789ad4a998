import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { pluralCategory } from '../src/i18n/plurals.js';
import { translate } from '../src/i18n/translate.js';
import { plural } from '../src/i18n/plurals.js';
import { feedUrl, fixtureSettled, shadow } from './helpers.js';

// The counted strings of the reader features, in every locale, and the plural rules behind them.

describe('reader strings and plurals', () => {
  it('knows which engines lack plural rules for nn and se, and gives CLDR categories in every engine', () => {
    // Recorded, not asserted: Chromium's Intl lacks nn and se, which is why plurals.ts has its own rules.
    console.log(`Intl.PluralRules supports: ${['en', 'nb', 'nn', 'se'].filter((l) => Intl.PluralRules.supportedLocalesOf(l).length).join(', ')}`);
    for (const locale of ['en', 'nb', 'nn'] as const) {
      expect([0, 1, 2, 3, 5, 21].map((n) => pluralCategory(n, locale)), locale).to.deep.equal([
        'other', 'one', 'other', 'other', 'other', 'other',
      ]);
    }
    // Northern Sámi has a dual: exactly two is its own category.
    expect([0, 1, 2, 3, 5, 22].map((n) => pluralCategory(n, 'se'))).to.deep.equal(['other', 'one', 'two', 'other', 'other', 'other']);
  });

  const cases = {
    en: ['1 new item', '2 new items', '5 new items', '1 item added', '2 items added', '5 items added'],
    nb: ['1 ny sak', '2 nye saker', '5 nye saker', '1 sak lagt til', '2 saker lagt til', '5 saker lagt til'],
    nn: ['1 ny sak', '2 nye saker', '5 nye saker', '1 sak lagd til', '2 saker lagde til', '5 saker lagde til'],
    se: ['1 ođđa ášši', '2 ođđa áši', '5 ođđa áši', '1 ášši lea lasihuvvon', '2 áši leaba lasihuvvon', '5 áši leat lasihuvvon'],
  } as const;
  for (const [locale, expected] of Object.entries(cases) as [keyof typeof cases, readonly string[]][]) {
    it(`counts new and added items in ${locale}, one, two and many apart`, () => {
      const t = translate(locale);
      const counted = [1, 2, 5].flatMap((n) => [n]);
      expect([
        ...counted.map((n) => plural(n, locale, t.newOne, t.newTwo, t.newOther)),
        ...counted.map((n) => plural(n, locale, t.addedOne, t.addedTwo, t.addedOther)),
      ]).to.deep.equal(expected);
    });
  }

  it('renders the show-more button and the tags message in the element\'s own language', async () => {
    const element = await fixtureSettled<PolicyNews>(
      html`<policy-news lang="se" src=${feedUrl('paged-1.json')} limit="2" show-more></policy-news>`,
    );
    expect(shadow(element).querySelector('[part~="show-more"]')!.textContent!.trim()).to.equal('Čájet eambbo');
    element.lang = 'nb';
    await element.updateComplete;
    expect(shadow(element).querySelector('[part~="show-more"]')!.textContent!.trim()).to.equal('Vis flere');
    await expect(element).to.be.accessible();
  });
});
