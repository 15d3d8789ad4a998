import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyWhitePaper } from '../src/index.js';
import { faultUrl, feedUrl, fixtureSettled, shadow, text, uniqueKey } from './helpers.js';

const feed = feedUrl('security-policy.en.json');
const part = (element: PolicyWhitePaper, name: string) => shadow(element).querySelector(`[part~="${name}"]`);

describe('<policy-white-paper>', () => {
  it('shows the latest white paper by default; one with no document label reads as forthcoming', async () => {
    const element = await fixtureSettled<PolicyWhitePaper>(html`<policy-white-paper src=${feed}></policy-white-paper>`);
    expect(element.state).to.equal('ready');
    expect(part(element, 'title')!.textContent!.trim()).to.equal('Norwegian foreign and security policy');
    expect(part(element, 'type')!.textContent).to.equal('New white paper');
    expect(part(element, 'label')).to.not.exist;
    await expect(element).to.be.accessible();
  });

  it('shows the picked document with its label, subtitle, summary, date and one link', async () => {
    const element = await fixtureSettled<PolicyWhitePaper>(
      html`<policy-white-paper src=${feed} item="ud-2015-meld-st-37"></policy-white-paper>`,
    );
    expect(part(element, 'type')!.textContent).to.equal('White paper');
    expect(part(element, 'label')!.textContent).to.equal('Meld. St. 37 (2014–2015)');
    expect(part(element, 'title')!.textContent!.trim()).to.equal('Global security challenges in Norway’s foreign policy');
    expect(part(element, 'subtitle')!.textContent).to.equal('Terrorism, organised crime, piracy and cyber threats');
    expect(part(element, 'summary')).to.exist;
    expect(shadow(element).querySelector('time')!.dateTime).to.match(/^2015-/);
    expect(shadow(element).querySelectorAll('a')).to.have.length(1);
  });

  it('labels the forthcoming paper in every locale', async () => {
    const expected = { nb: 'Ny stortingsmelding', nn: 'Ny stortingsmelding', se: 'Ođđa stuorradiggedieđáhus' };
    for (const [lang, label] of Object.entries(expected)) {
      const element = await fixtureSettled<PolicyWhitePaper>(
        html`<policy-white-paper lang=${lang} src=${feedUrl(`security-policy.${lang === 'se' ? 'nb' : lang}.json`)}></policy-white-paper>`,
      );
      expect(part(element, 'type')!.textContent, lang).to.equal(label);
    }
  });

  it('shows other documents picked by id with their own type label', async () => {
    const data = {
      items: [{ id: 'prop', title: 'Samtykke til ratifikasjon', language: 'nb', _policy: { type: 'proposition', document: { label: 'Prop. 1 S (2016–2017)' } } }],
    };
    const element = await fixtureSettled<PolicyWhitePaper>(html`<policy-white-paper .data=${data} item="prop"></policy-white-paper>`);
    expect(part(element, 'type')!.textContent).to.equal('Proposition to the Storting');
    expect(part(element, 'label')!.textContent).to.equal('Prop. 1 S (2016–2017)');
    expect(shadow(element).querySelector('article')!.lang).to.equal('nb');
  });

  it('is empty with no white paper, loading while the feed is on its way, and accessible in both', async () => {
    const empty = await fixtureSettled<PolicyWhitePaper>(html`<policy-white-paper src=${feedUrl('plain.json')}></policy-white-paper>`);
    expect(empty.state).to.equal('empty');
    await expect(empty).to.be.accessible();
    const loading = await fixture<PolicyWhitePaper>(
      html`<policy-white-paper src=${faultUrl({ hang: true, key: uniqueKey() })}></policy-white-paper>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
  });

  it('shows the error state in the element\'s language, accessibly', async () => {
    const element = await fixtureSettled<PolicyWhitePaper>(
      html`<policy-white-paper lang="nn" src=${feedUrl('page.html')}></policy-white-paper>`,
    );
    expect(element.state).to.equal('error');
    expect(text(element)).to.contain('Innhaldet kunne ikkje lesast.');
    await expect(element).to.be.accessible();
  });
});
