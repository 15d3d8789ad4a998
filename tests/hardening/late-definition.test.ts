import { expect } from '@open-wc/testing';
import { LitElement, html } from 'lit';
import type { PolicyNews, PolicySpeech, PolicyTopicHeader } from '../../src/index.js';
import { faultUrl, feedUrl, hits, shadow, text, uniqueKey, untilState } from '../helpers.js';

// This file imports no element up front: the page's markup and properties come
// first, then the drop-in, as on a partner page that puts the script tag last.

/** The host page's own Lit element, from its own copy of Lit (node_modules), not ours. */
class HostCard extends LitElement {
  static override properties = { label: {} };
  label = '';
  override render() {
    return html`<p>${this.label}</p>`;
  }
}
customElements.define('host-card', HostCard);

const loadScript = (src: string) =>
  new Promise((resolve, reject) => {
    const script = Object.assign(document.createElement('script'), { src, onload: resolve, onerror: reject });
    document.head.append(script);
  });

describe('elements used before definition, beside another Lit and a second build', () => {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.message);
  const key = uniqueKey('early');
  // <policy-news> also has a src, which .data must win over: the fault server counts what is asked of it.
  const newsKey = uniqueKey('early-data');
  const data = {
    title: 'Given before upgrade',
    items: ['a', 'b', 'c'].map((id) => ({ id, title: `Item ${id}`, url: `https://example.org/${id}` })),
  };
  let news: PolicyNews;
  let speech: PolicySpeech;
  let header: PolicyTopicHeader;
  let hostCard: HostCard;

  before(async () => {
    window.addEventListener('error', onError);
    // Properties set on the plain, not yet upgraded elements.
    news = document.createElement('policy-news') as PolicyNews;
    news.setAttribute('src', faultUrl({ key: newsKey }));
    Object.assign(news, { data, limit: 2 });
    speech = document.createElement('policy-speech') as PolicySpeech;
    Object.assign(speech, { src: faultUrl({ key }), item: 'ud-2016-energy-security-summit-speech' });
    header = document.createElement('policy-topic-header') as PolicyTopicHeader;
    header.setAttribute('src', feedUrl('security-policy.nb.json'));
    header.setAttribute('heading-level', '1');
    hostCard = Object.assign(document.createElement('host-card') as HostCard, { label: 'The host page’s own Lit' });
    document.body.append(news, speech, header, hostCard);
    expect(customElements.get('policy-news'), 'not defined yet').to.equal(undefined);

    const dropIn = '/dist/policy-widgets.js';
    await import(dropIn);
    // A second build (the classic script) and a third copy (from source, on the page's Lit): both must be no-ops.
    await loadScript('/dist/policy-widgets.iife.js');
    await import('../../src/index.js');
    await Promise.all([news, speech, header].map((element) => untilState(element, ['ready', 'empty', 'error'])));
  });

  after(() => {
    window.removeEventListener('error', onError);
    for (const element of [news, speech, header, hostCard]) element.remove();
  });

  it('loads three copies of the elements and two of Lit without an error', () => {
    expect(errors).to.deep.equal([]);
    expect(customElements.get('policy-news')).to.equal(news.constructor);
  });

  it('honours .data and limit set before the upgrade, with no request', async () => {
    expect(news.state).to.equal('ready');
    expect((await hits(newsKey)).count, 'requests for the src that .data overrides').to.equal(0);
    expect([...shadow(news).querySelectorAll('[part~="title"]')].map((title) => title.textContent!.trim())).to.deep.equal([
      'Item a',
      'Item b',
    ]);
  });

  it('honours src and item set as properties before the upgrade, with one request', async () => {
    expect(speech.state).to.equal('ready');
    expect(text(speech)).to.contain('Energy in a changing geopolitical setting');
    expect((await hits(key)).count).to.equal(1);
  });

  it('honours attributes set before the upgrade', () => {
    expect(header.state).to.equal('ready');
    expect(shadow(header).querySelector('h1')!.textContent).to.contain('Sikkerhetspolitikk');
  });

  it('leaves the host page’s own Lit element working', async () => {
    await hostCard.updateComplete;
    expect(hostCard.shadowRoot!.textContent).to.contain('The host page’s own Lit');
    hostCard.label = 'Updated';
    await hostCard.updateComplete;
    expect(hostCard.shadowRoot!.textContent).to.contain('Updated');
  });
});
