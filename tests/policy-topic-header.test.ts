import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyTopicHeader } from '../src/index.js';
import { faultUrl, feedUrl, fixtureSettled, shadow, text, uniqueKey } from './helpers.js';

const feed = feedUrl('security-policy.en.json');
const part = (element: PolicyTopicHeader, name: string) => shadow(element).querySelector(`[part~="${name}"]`);
/** The publisher and government list as term → definition. */
const facts = (element: PolicyTopicHeader) =>
  Object.fromEntries([...shadow(element).querySelectorAll('dt')].map((dt) => [dt.textContent!.trim(), dt.nextElementSibling!.textContent!.trim()]));

describe('<policy-topic-header>', () => {
  it('shows the title, intro, publisher, government and a "More on" link', async () => {
    const element = await fixtureSettled<PolicyTopicHeader>(html`<policy-topic-header src=${feed}></policy-topic-header>`);
    expect(element.state).to.equal('ready');
    expect(shadow(element).querySelector('h2')!.textContent!.trim()).to.equal('Security policy');
    expect(part(element, 'intro')!.textContent).to.contain('safeguard Norway’s sovereignty');
    expect(facts(element)).to.deep.equal({
      Publisher: 'Ministry of Foreign Affairs',
      'Published under': 'Stoltenberg’s 2nd Government',
    });
    const more = part(element, 'more') as HTMLAnchorElement;
    expect(more.textContent).to.equal('More on Security policy');
    expect(more.href).to.match(/^https:\/\/www\.regjeringen\.no\//);
    await expect(element).to.be.accessible();
  });

  it('says clearly when the content was published under an earlier government, and not otherwise', async () => {
    const json = await (await fetch(feed)).json();
    const earlier = await fixtureSettled<PolicyTopicHeader>(html`<policy-topic-header .data=${json}></policy-topic-header>`);
    expect(part(earlier, 'history-notice')!.textContent).to.equal(
      'This was published under Stoltenberg’s 2nd Government, an earlier government.',
    );
    const current = structuredClone(json);
    current._policy.government.current = true;
    const now = await fixtureSettled<PolicyTopicHeader>(html`<policy-topic-header .data=${current}></policy-topic-header>`);
    expect(part(now, 'history-notice')).to.not.exist;
  });

  it('speaks Nynorsk and marks the topic text with the feed\'s language', async () => {
    const element = await fixtureSettled<PolicyTopicHeader>(
      html`<policy-topic-header lang="nn" src=${feedUrl('security-policy.nn.json')}></policy-topic-header>`,
    );
    expect(facts(element)).to.deep.equal({ Utgjevar: 'Utanriksdepartementet', 'Publisert under': 'Regjeringa Stoltenberg II' });
    const content = text(element);
    expect(content).to.contain('Meir om Tryggingspolitikk');
    expect(content).to.contain('ei tidlegare regjering');
    expect(part(element, 'intro')!.getAttribute('lang')).to.equal('nn');
    const english = await fixtureSettled<PolicyTopicHeader>(
      html`<policy-topic-header lang="en" src=${feedUrl('security-policy.nb.json')}></policy-topic-header>`,
    );
    const values = [...shadow(english).querySelectorAll('dd')];
    expect(values.map((dd) => dd.lang), 'publisher and government').to.deep.equal(['nb', 'nb']);
    const topic = part(english, 'more')!.querySelector('span')!;
    expect([topic.lang, topic.textContent]).to.deep.equal(['nb', 'Sikkerhetspolitikk']);
  });

  it('uses heading-level, 2 by default', async () => {
    const element = await fixtureSettled<PolicyTopicHeader>(html`<policy-topic-header src=${feed} heading-level="1"></policy-topic-header>`);
    expect(shadow(element).querySelector('h1')).to.exist;
  });

  it('is empty for a feed with no title, and accessible', async () => {
    const element = await fixtureSettled<PolicyTopicHeader>(html`<policy-topic-header .data=${{ items: [] }}></policy-topic-header>`);
    expect(element.state).to.equal('empty');
    await expect(element).to.be.accessible();
  });

  it('is busy while loading and shows the fallback on error, accessibly', async () => {
    const loading = await fixture<PolicyTopicHeader>(
      html`<policy-topic-header src=${faultUrl({ hang: true, key: uniqueKey() })}></policy-topic-header>`,
    );
    expect(loading.state).to.equal('loading');
    await expect(loading).to.be.accessible();
    const failed = await fixtureSettled<PolicyTopicHeader>(
      html`<policy-topic-header src=${faultUrl({ status: 404, key: uniqueKey() })}><a href="/topic">The topic page</a></policy-topic-header>`,
    );
    expect(failed.state).to.equal('error');
    expect(shadow(failed).querySelector('slot')!.assignedElements()[0].textContent).to.equal('The topic page');
    await expect(failed).to.be.accessible();
  });
});
