import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyNews } from '../src/index.js';
import { formatDate } from '../src/i18n/dates.js';
import { resolveLocale, toLocale } from '../src/i18n/locale.js';
import { catalogs } from '../src/i18n/translate.js';
import { messages } from '../src/i18n/messages.js';
import { feedUrl, fixtureSettled, shadow, text, untilState } from './helpers.js';

const feed = feedUrl('security-policy.en.json');

describe('locale resolution', () => {
  const htmlLang = document.documentElement.getAttribute('lang');
  afterEach(() => document.documentElement.setAttribute('lang', htmlLang ?? 'en'));

  it('maps language tags to supported locales', () => {
    expect(toLocale('nb-NO')).to.equal('nb');
    expect(toLocale('no')).to.equal('nb');
    expect(toLocale('no-NO')).to.equal('nb');
    expect(toLocale('NN_no')).to.equal('nn');
    expect(toLocale('se-FI')).to.equal('se');
    expect(toLocale('sme')).to.equal('se');
    expect(toLocale('en-GB')).to.equal('en');
    expect(toLocale('de')).to.equal(undefined);
  });

  it('takes the element\'s own lang first, then the nearest ancestor\'s, then <html lang>, then en', async () => {
    document.documentElement.setAttribute('lang', 'nn');
    const tree = await fixture(html`<div lang="se"><span id="inner"></span><span id="own" lang="nb"></span></div>`);
    expect(resolveLocale(tree.querySelector('#own')!)).to.equal('nb');
    expect(resolveLocale(tree.querySelector('#inner')!)).to.equal('se');
    expect(resolveLocale(tree)).to.equal('se');
    expect(resolveLocale(tree.parentElement!)).to.equal('nn');
    document.documentElement.removeAttribute('lang');
    expect(resolveLocale(tree.parentElement!)).to.equal('en');
  });

  it('crosses shadow roots to find the nearest lang', async () => {
    const host = await fixture(html`<div lang="nn"></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<p><span></span></p>';
    expect(resolveLocale(root.querySelector('span')!)).to.equal('nn');
  });

  it('re-renders when a lang changes inside a host app\'s shadow root', async () => {
    const host = await fixture(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = `<section lang="en"><policy-news src="${feed}" limit="1"></policy-news></section>`;
    const element = root.querySelector('policy-news') as PolicyNews;
    await untilState(element, 'ready');
    root.querySelector('section')!.lang = 'nb';
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(shadow(element).querySelector('time')!.textContent).to.equal('14. oktober 2016');
  });

  it('renders two elements in two languages on one page, each right', async () => {
    const page = await fixture(html`
      <div>
        <policy-news lang="nb" src=${feed} limit="1"></policy-news>
        <policy-news lang="se" src=${feed} limit="1"></policy-news>
      </div>
    `);
    const [nb, se] = [...page.querySelectorAll('policy-news')] as PolicyNews[];
    await Promise.all([nb, se].map((element) => untilState(element, 'ready')));
    expect(text(nb)).to.contain('Ny stortingsmelding');
    expect(text(se)).to.contain('Ođđa stuorradiggedieđáhus');
    expect(shadow(nb).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('nb');
    expect(shadow(se).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('se');
  });

  it('re-renders when <html lang> changes, and never writes it', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const element = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed} limit="1"></policy-news>`);
    expect(text(element)).to.contain('New white paper');
    document.documentElement.setAttribute('lang', 'nn');
    await new Promise((resolve) => setTimeout(resolve));
    await element.updateComplete;
    expect(text(element)).to.contain('Ny stortingsmelding');
    expect(shadow(element).querySelector('time')!.textContent).to.equal('14. oktober 2016');
    expect(document.documentElement.getAttribute('lang')).to.equal('nn');
  });

  it('fills {lang} in src with the resolved locale', async () => {
    const element = await fixtureSettled<PolicyNews>(
      html`<policy-news lang="nn-NO" src="/stories/fixtures/feeds/security-policy.{lang}.json"></policy-news>`,
    );
    expect(element.state).to.equal('ready');
    expect(shadow(element).querySelector('ul')!.getAttribute('lang')).to.equal('nn');
  });
});

describe('dates', () => {
  it('formats dates in every locale in Chromium, including nn and se, which its Intl lacks', () => {
    const value = '2016-09-28T10:00:00+02:00';
    expect(formatDate(value, 'en')).to.equal('28 September 2016');
    expect(formatDate(value, 'nb')).to.equal('28. september 2016');
    expect(formatDate(value, 'nn')).to.equal('28. september 2016');
    expect(formatDate(value, 'se')).to.equal('2016 čakčamánnu 28');
  });

  it('keeps the publisher\'s calendar date, whatever the reader\'s time zone', () => {
    expect(formatDate('2016-08-28T23:30:00+02:00', 'en')).to.equal('28 August 2016');
    expect(formatDate('2016-02-30', 'en')).to.equal(undefined);
    expect(formatDate('2016-09-28garbage', 'en')).to.equal(undefined);
    expect(formatDate('2016-09-28T10:00:00.5Z', 'en')).to.equal('28 September 2016');
    expect(formatDate('2016-09-28T10:00', 'en')).to.equal('28 September 2016');
    expect(formatDate('yesterday', 'nb')).to.equal(undefined);
  });

  it('puts dates in <time datetime>', async () => {
    const element = await fixtureSettled<PolicyNews>(html`<policy-news lang="se" src=${feed} limit="7"></policy-news>`);
    const time = [...shadow(element).querySelectorAll('time')].find((node) => node.dateTime.startsWith('2016-09-28'))!;
    expect(time.textContent).to.equal('2016 čakčamánnu 28');
  });
});

describe('string catalog', () => {
  it('has every message translated in nb, nn and se', () => {
    for (const [locale, catalog] of Object.entries(catalogs)) {
      const missing = Object.keys(messages).filter((key) => !(`policy-widgets.${key}` in catalog));
      expect(missing, `${locale} lacks`).to.deep.equal([]);
    }
  });
});

describe('item type labels', () => {
  const types = ['news', 'press-release', 'speech', 'statement', 'article', 'white-paper', 'proposition', 'report'];
  const data = {
    items: types.map((type) => ({ id: type, title: type, _policy: { type, document: { label: 'X' } } })),
  };

  it('labels every item type in every locale, and never in English outside en', async () => {
    const english = await fixtureSettled<PolicyNews>(html`<policy-news lang="en" limit="8" .data=${data}></policy-news>`);
    const englishLabels = [...shadow(english).querySelectorAll('[part~="type"]')].map((node) => node.textContent);
    expect(englishLabels).to.have.length(8);
    for (const lang of ['nb', 'nn', 'se']) {
      const element = await fixtureSettled<PolicyNews>(html`<policy-news lang=${lang} limit="8" .data=${data}></policy-news>`);
      const labels = [...shadow(element).querySelectorAll('[part~="type"]')].map((node) => node.textContent);
      expect(labels, lang).to.have.length(8);
      labels.forEach((label, index) => expect(label, `${lang} ${types[index]}`).to.not.equal(englishLabels[index]));
    }
  });
});
