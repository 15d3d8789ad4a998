import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicySpeech } from '../src/index.js';
import { faultUrl, feedUrl, fixtureSettled, shadow, text, uniqueKey } from './helpers.js';

const feed = feedUrl('security-policy.en.json');
const title = (element: PolicySpeech) => shadow(element).querySelector('[part~="title"]')!.textContent!.trim();

describe('<policy-speech>', () => {
  it('shows the latest speech or statement by default', async () => {
    const element = await fixtureSettled<PolicySpeech>(html`<policy-speech src=${feed}></policy-speech>`);
    expect(element.state).to.equal('ready');
    expect(title(element)).to.equal('Statement at IAEA’s General Conference');
    expect(text(element)).to.contain('Statement');
    await expect(element).to.be.accessible();
  });

  it('shows the item picked by id, with speaker, role, event, place, date and summary', async () => {
    const element = await fixtureSettled<PolicySpeech>(
      html`<policy-speech src=${feed} item="ud-2016-energy-security-summit-speech"></policy-speech>`,
    );
    expect(title(element)).to.equal('Energy in a changing geopolitical setting');
    const content = text(element);
    expect(content).to.contain('Speech');
    expect(content).to.not.contain('Statement');
    expect(content).to.contain('Børge Brende, Minister of Foreign Affairs');
    expect(content).to.contain('Energy Security Summit, Stavanger');
    expect(shadow(element).querySelector('time')!.dateTime).to.match(/^2016-08-28/);
    expect(content).to.contain('28 August 2016');
    expect(content).to.contain('Speech by the Foreign Minister of Norway');
    const links = shadow(element).querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].closest('h3')).to.exist;
  });

  it('labels speeches and statements in every locale', async () => {
    const labels: Record<string, [string, string]> = {
      nb: ['Tale', 'Innlegg'],
      nn: ['Tale', 'Innlegg'],
      se: ['Sáhkavuorru', 'Cealkámuš'],
    };
    for (const [lang, [speech, statement]] of Object.entries(labels)) {
      const speechCard = await fixtureSettled<PolicySpeech>(
        html`<policy-speech lang=${lang} src=${feed} item="ud-2016-energy-security-summit-speech"></policy-speech>`,
      );
      const statementCard = await fixtureSettled<PolicySpeech>(html`<policy-speech lang=${lang} src=${feed}></policy-speech>`);
      expect(shadow(speechCard).querySelector('[part~="type"]')!.textContent, lang).to.equal(speech);
      expect(shadow(statementCard).querySelector('[part~="type"]')!.textContent, lang).to.equal(statement);
    }
  });

  it('picks the latest by instant, not by the text of the date', async () => {
    const data = {
      items: [
        { id: 'earlier', title: 'Earlier', date_published: '2016-09-29T00:30:00+02:00', _policy: { type: 'speech' } },
        { id: 'later', title: 'Later', date_published: '2016-09-28T23:00:00Z', _policy: { type: 'speech' } },
        { id: 'undated', title: 'Undated', date_published: 'yesterday', _policy: { type: 'speech' } },
      ],
    };
    const element = await fixtureSettled<PolicySpeech>(html`<policy-speech .data=${data}></policy-speech>`);
    expect(title(element)).to.equal('Later');
  });

  it('marks the card with the item\'s language', async () => {
    const element = await fixtureSettled<PolicySpeech>(html`<policy-speech lang="en" src=${feedUrl('security-policy.nn.json')}></policy-speech>`);
    expect(shadow(element).querySelector('article')!.lang).to.equal('nn');
    expect(shadow(element).querySelector('[part~="meta"]')!.getAttribute('lang')).to.equal('en');
  });

  it('uses heading-level', async () => {
    const element = await fixtureSettled<PolicySpeech>(html`<policy-speech src=${feed} heading-level="2"></policy-speech>`);
    expect(shadow(element).querySelector('h2 a')).to.exist;
  });

  it('is empty when the id is unknown, or the feed has no speech', async () => {
    const unknown = await fixtureSettled<PolicySpeech>(html`<policy-speech src=${feed} item="no-such-item"></policy-speech>`);
    expect(unknown.state).to.equal('empty');
    const none = await fixtureSettled<PolicySpeech>(html`<policy-speech src=${feedUrl('plain.json')}></policy-speech>`);
    expect(none.state).to.equal('empty');
    await expect(none).to.be.accessible();
  });

  it('is busy while loading, and accessible', async () => {
    const element = await fixture<PolicySpeech>(html`<policy-speech src=${faultUrl({ hang: true, key: uniqueKey() })}></policy-speech>`);
    expect(element.state).to.equal('loading');
    expect(element.getBoundingClientRect().height).to.be.greaterThan(100);
    await expect(element).to.be.accessible();
  });

  it('shows the error state with the fallback, accessibly', async () => {
    const element = await fixtureSettled<PolicySpeech>(
      html`<policy-speech src=${feedUrl('not-a-feed.json')}><a href="/speeches">All speeches</a></policy-speech>`,
    );
    expect(element.state).to.equal('error');
    expect(shadow(element).querySelector('slot')!.assignedElements()).to.have.length(1);
    await expect(element).to.be.accessible();
  });
});
