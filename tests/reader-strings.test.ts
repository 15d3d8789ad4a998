import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { translate } from '../src/i18n/translate.js';
import { plural } from '../src/i18n/plurals.js';
import { feedUrl, fixtureSettled, shadow } from './helpers.js';

// The counted strings of the reader features, in every locale, and the plural rules behind them.

describe('reader strings and plurals', () => {
  // plural() relies on CLDR's rules for whole counts in our locales: `one` is exactly 1, and Northern Sámi's
  // dual `two` is exactly 2. Checked against the engine's own rules wherever it has them for the locale.
  for (const locale of ['en', 'nb', 'nn', 'se'] as const) {
    it(`agrees with Intl.PluralRules for ${locale} where this engine has its rules`, function () {
      if (!Intl.PluralRules.supportedLocalesOf(locale).length) this.skip();
      const rules = new Intl.PluralRules(locale);
      for (let count = 0; count <= 200; count++) {
        const expected = count === 1 ? 'one' : count === 2 && locale === 'se' ? 'two' : 'other';
        expect(rules.select(count), `${locale} ${count}`).to.equal(expected);
      }
    });
  }

  // In se the dual and the plural read the same ("2 ođđa áši", "5 ođđa áši"): the strings carry no verb or
  // pronoun, where the dual would show.
  const cases = {
    en: ['1 new item', '2 new items', '5 new items', '1 item added', '2 items added', '5 items added'],
    nb: ['1 ny sak', '2 nye saker', '5 nye saker', '1 sak lagt til', '2 saker lagt til', '5 saker lagt til'],
    nn: ['1 ny sak', '2 nye saker', '5 nye saker', '1 sak lagd til', '2 saker lagde til', '5 saker lagde til'],
    se: ['1 ođđa ášši', '2 ođđa áši', '5 ođđa áši', '1 ášši lasihuvvon', '2 áši lasihuvvon', '5 áši lasihuvvon'],
  } as const;
  for (const [locale, expected] of Object.entries(cases) as [keyof typeof cases, readonly string[]][]) {
    it(`counts new and added items in ${locale}, one and many apart`, () => {
      const t = translate(locale);
      expect([
        ...[1, 2, 5].map((n) => plural(n, t.newOne, t.newOther)),
        ...[1, 2, 5].map((n) => plural(n, t.addedOne, t.addedOther)),
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
