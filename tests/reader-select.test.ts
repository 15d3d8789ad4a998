import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { PolicyElement, SelectDetail } from '../src/index.js';
import { feedUrl, fixtureSettled, shadow } from './helpers.js';

// policy-select: the partner's analytics hook. Each test stops the navigation itself, on the host, after the
// element has had its say: the element never prevents or delays anything.

const feed = feedUrl('security-policy.en.json');

/** Records policy-select events that reach the document, and keeps the test page from navigating. */
function listen(element: Element) {
  const events: CustomEvent<SelectDetail>[] = [];
  const record = (event: Event) => events.push(event as CustomEvent<SelectDetail>);
  const stay = (event: Event) => {
    expect(event.defaultPrevented, 'the element did not hold up the navigation').to.be.false;
    event.preventDefault();
  };
  document.addEventListener('policy-select', record);
  element.addEventListener('click', stay);
  element.addEventListener('auxclick', stay);
  return {
    events,
    stop: () => document.removeEventListener('policy-select', record),
  };
}

describe('policy-select', () => {
  it('<policy-news>: a click tells the page the item, its type and its 1-based position, bubbling and composed', async () => {
    const element = await fixtureSettled<PolicyElement>(html`<policy-news src=${feed}></policy-news>`);
    const { events, stop } = listen(element);
    const links = shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="link"]');
    links[2]!.click();
    stop();
    expect(events).to.have.length(1);
    expect(events[0]!.bubbles && events[0]!.composed).to.be.true;
    expect(events[0]!.detail).to.deep.equal({
      id: 'ud-2016-nuclear-disarmament',
      url: links[2]!.href,
      type: 'news',
      position: 3,
    });
  });

  it('<policy-news>: Enter on a link and a middle click tell the page too; another button does not', async () => {
    const element = await fixtureSettled<PolicyElement>(html`<policy-news src=${feed}></policy-news>`);
    const { events, stop } = listen(element);
    const links = shadow(element).querySelectorAll<HTMLAnchorElement>('[part~="link"]');
    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    const aux = (button: number) =>
      links[0]!.dispatchEvent(new MouseEvent('auxclick', { button, bubbles: true, composed: true, cancelable: true }));
    aux(1);
    aux(2);
    stop();
    expect(events.map((event) => event.detail.position)).to.deep.equal([2, 1]);
  });

  for (const [tag, id, type] of [
    ['policy-speech', 'ud-2016-iaea-gc60-statement', 'statement'],
    ['policy-white-paper', 'ud-2016-white-paper-foreign-security-policy', 'white-paper'],
  ] as const) {
    it(`<${tag}>: its card link tells the page, at position 1`, async () => {
      const element = await fixtureSettled<PolicyElement>(
        tag === 'policy-speech' ? html`<policy-speech src=${feed}></policy-speech>` : html`<policy-white-paper src=${feed}></policy-white-paper>`,
      );
      const { events, stop } = listen(element);
      shadow(element).querySelector<HTMLAnchorElement>('[part~="link"]')!.click();
      stop();
      expect(events.map((event) => event.detail)).to.deep.equal([
        { id, url: shadow(element).querySelector<HTMLAnchorElement>('[part~="link"]')!.href, type, position: 1 },
      ]);
    });
  }

  it('<policy-topic-header>: its "More on …" link tells the page the topic page', async () => {
    const element = await fixtureSettled<PolicyElement>(html`<policy-topic-header src=${feed}></policy-topic-header>`);
    const { events, stop } = listen(element);
    const more = shadow(element).querySelector<HTMLAnchorElement>('[part~="more"]')!;
    more.click();
    stop();
    expect(events.map((event) => event.detail)).to.deep.equal([{ id: more.href, url: more.href, position: 1 }]);
  });
});
