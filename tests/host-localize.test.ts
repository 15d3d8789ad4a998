import { configureLocalization } from '@lit/localize';
import { expect, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { feedUrl, fixtureSettled, shadow } from './helpers.js';

// An application that installs policy-widgets from npm shares @lit/localize
// with it, and may configure lit-localize for its own messages.
describe('an application\'s own lit-localize', () => {
  it('cannot change the widgets\' strings, even with message ids like ours', async () => {
    const { setLocale } = configureLocalization({
      sourceLocale: 'en',
      targetLocales: ['fr'],
            // The widgets' own message ids (locales/*.xlf), as a host's catalog might hold them by accident.
      loadLocale: async () => ({
        templates: { 'policy-widgets.retry': 'Réessayer', 'policy-widgets.typeNews': 'Actualité', 'policy-widgets.loading': 'Chargement…' },
      }),
    });
    await setLocale('fr');
    const failed = await fixtureSettled<PolicyNews>(html`<policy-news src=${feedUrl('not-a-feed.json')}></policy-news>`);
    expect(shadow(failed).querySelector('button')!.textContent).to.equal('Try again');
    const news = await fixtureSettled<PolicyNews>(html`<policy-news lang="en" .data=${{ items: [{ id: 'a', title: 'A', _policy: { type: 'news' } }] }}></policy-news>`);
    expect(shadow(news).querySelector('[part~="type"]')!.textContent).to.equal('News');
  });
});
