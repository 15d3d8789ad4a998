import { expect, fixture, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../src/index.js';
import type { ElementState, PolicyElement } from '../src/index.js';
import { feedClientOptions } from '../src/data/index.js';
import { faultUrl, shadow, untilState, uniqueKey } from './helpers.js';
import { applyTextSpacing, backgroundBehind, contrast, deepActiveElement, feed, inState, overflowing, tabbedRing, TAGS, type Tag } from './theme-helpers.js';

const STATES: ElementState[] = ['loading', 'ready', 'empty', 'error'];
const SCHEMES = ['light', 'dark'] as const;
type Scheme = (typeof SCHEMES)[number];

const defaults = { ...feedClientOptions };
// The loading elements share one hanging request: it must outlast the file, not time out into an error.
before(() => (feedClientOptions.timeout = 10 * 60_000));
after(() => Object.assign(feedClientOptions, defaults));

/** `tag` rendered in `state` and `scheme`, checked to be really in that state and that scheme. */
async function inStateSettled(tag: Tag, state: ElementState, scheme: Scheme = 'light') {
  const wrapper = fixtureSync<HTMLElement>(inState(tag, state, scheme));
  const element = wrapper.firstElementChild as PolicyElement;
  await untilState(element, state);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(element.state, 'still in the state under test').to.equal(state);
  const background = backgroundBehind(shadow(element).querySelector('[part~="base"]')!);
  expect(contrast(background, 'rgb(0, 0, 0)') > contrast(background, 'rgb(255, 255, 255)'), `a ${scheme} background: ${background}`).to.equal(
    scheme === 'light',
  );
  return element;
}

// Dark is a dark page with --policy-color-scheme: dark, which every engine honours, rather than an emulated
// reader's preference: the test page is light-only, so a dark preference alone would leave the blocks light.
describe('axe, in every state of every element, light and dark', () => {
  for (const scheme of SCHEMES) {
    for (const tag of TAGS) {
      for (const state of STATES) {
        it(`<${tag}> ${state}, ${scheme}`, async () => {
          const element = await inStateSettled(tag, state, scheme);
          await expect(element).to.be.accessible();
        });
      }
    }
  }
});

describe('contrast', () => {
  /** Every text part against the background behind it (the page's, by default): 4.5:1. */
  function measure(element: PolicyElement) {
    const root = shadow(element);
    const background = backgroundBehind(root.querySelector('[part~="base"]')!);
    const ratios: Record<string, number> = {};
    const text = '[part~="base"], [part~="meta"], [part~="type"], [part~="date"], [part~="link"], [part~="caption"], [part~="summary"], [part~="speaker"], [part~="event"], [part~="label"], [part~="intro"], [part~="facts"], [part~="more"], [part~="history-notice"], [part~="empty"], [part~="error-message"]';
    for (const node of root.querySelectorAll<HTMLElement>(text)) {
      ratios[`${node.getAttribute('part')} text`] = Math.min(ratios[`${node.getAttribute('part')} text`] ?? 99, contrast(getComputedStyle(node).color, backgroundBehind(node)));
    }
    const retry = root.querySelector<HTMLElement>('[part~="retry"]');
    if (retry) ratios['retry text'] = contrast(getComputedStyle(retry).color, backgroundBehind(retry));
    return { ratios, background };
  }

  for (const scheme of SCHEMES) {
    for (const tag of TAGS) {
      it(`<${tag}> text is at least 4.5:1 and focus 3:1, ${scheme}`, async () => {
        for (const state of ['ready', 'empty', 'error'] as ElementState[]) {
          const element = await inStateSettled(tag, state, scheme);
          const { ratios, background } = measure(element);
          expect(Object.keys(ratios).length).to.be.greaterThan(0);
          for (const [part, ratio] of Object.entries(ratios)) expect(ratio, `${state} ${part}`).to.be.at.least(4.5);
          if (state === 'empty') continue; // nothing to focus
          // The ring as a keyboard user sees it: the :focus-visible rule, not the token it reads.
          const ring = await tabbedRing(element);
          expect(ring.reached, `${state}: Tab reaches the first link or button`).to.equal(true);
          expect([ring.unfocused, ring.clicked, ring.style], `${state}: a solid ring, only on keyboard focus`).to.deep.equal(['none', 'none', 'solid']);
          expect(ring.width, `${state} ring width (px)`).to.be.at.least(2);
          expect(contrast(ring.color, background), `${state} focus ring`).to.be.at.least(3);
        }
      });
    }
  }
});

describe('reflow and text spacing', () => {
  const layouts = html`
    <div style="width: 320px">
      <policy-topic-header src=${feed}></policy-topic-header>
      <policy-news src=${feed} limit="7"></policy-news>
      <policy-news src=${feed} layout="grid"></policy-news>
      <policy-news src=${feed} layout="compact"></policy-news>
      <policy-speech src=${feed}></policy-speech>
      <policy-white-paper src=${feed}></policy-white-paper>
      <policy-news src="/stories/fixtures/feeds/page.html"></policy-news>
    </div>
  `;

  async function settledAll(wrapper: HTMLElement) {
    const elements = [...wrapper.querySelectorAll<PolicyElement>('*')].filter((node) => node.shadowRoot);
    for (const element of elements) await untilState(element, ['ready', 'error']);
    return elements;
  }

  it('nothing overflows 320 px of width', async () => {
    const wrapper = fixtureSync<HTMLElement>(layouts);
    for (const element of await settledAll(wrapper)) {
      expect(overflowing(shadow(element)), element.localName).to.deep.equal([]);
      expect(element.scrollWidth).to.be.at.most(320);
    }
  });

  it('nothing overflows 320 px with WCAG 1.4.12 text spacing', async () => {
    const wrapper = fixtureSync<HTMLElement>(layouts);
    for (const element of await settledAll(wrapper)) {
      applyTextSpacing(shadow(element));
      await element.updateComplete;
      expect(overflowing(shadow(element)), element.localName).to.deep.equal([]);
      expect(element.scrollWidth).to.be.at.most(320);
    }
  });

  it('wraps long words and URLs instead of overflowing', async () => {
    const word = 'Sikkerhetspolitikkgjennomgangsrapportoppfølgingsarbeidsgruppemøte'.repeat(2);
    const url = 'https://www.regjeringen.no/no/dokumenter/a-very-long-path-without-any-breaks-at-all-in-it/id2482470/';
    const element = await fixture<PolicyElement>(html`
      <policy-news style="width: 320px" .data=${{ version: 'https://jsonfeed.org/version/1.1', title: word, items: [{ id: '1', title: word, summary: url, url }] }}></policy-news>
    `);
    expect(element.state).to.equal('ready');
    expect(overflowing(shadow(element))).to.deep.equal([]);
    expect(element.scrollWidth).to.be.at.most(320);
  });

  it('the page does not scroll sideways in a 320 px viewport (400 % zoom of 1280 px)', async () => {
    // A 320 px iframe is a 320 px viewport in every engine, where resizing the window is not.
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 320px; height: 640px; border: 0';
    frame.srcdoc = `<!doctype html><html lang="en"><head><script type="module" src="/src/index.ts"></script></head><body>
      <policy-topic-header src="${feed}"></policy-topic-header>
      <policy-news src="${feed}" limit="7"></policy-news>
      <policy-speech src="${feed}"></policy-speech>
    </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    try {
      await loaded;
      const page = frame.contentDocument!;
      const elements = [...page.querySelectorAll('policy-topic-header, policy-news, policy-speech')];
      await waitUntil(() => elements.every((element) => element.getAttribute('state') === 'ready'), 'the elements never rendered', { timeout: 8000 });
      const { clientWidth, scrollWidth } = page.documentElement;
      // Firefox takes a classic scrollbar's width out of the 320 px.
      expect(clientWidth).to.be.within(300, 320);
      expect(scrollWidth, 'no sideways scrolling').to.be.at.most(clientWidth);
    } finally {
      frame.remove();
    }
  });

  it('shows an image beside the text when the list is wide, and above it when narrow', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <policy-news src=${feed} style="width: 800px"></policy-news>
      <policy-news src=${feed} style="width: 320px"></policy-news>
    </div>`);
    const [wide, narrow] = await settledAll(wrapper);
    const boxes = (element: PolicyElement) => {
      const figure = shadow(element).querySelector('[part~="figure"]')!.getBoundingClientRect();
      const title = shadow(element).querySelector('[part~="figure"]')!.parentElement!.querySelector('[part~="title"]')!.getBoundingClientRect();
      return { figure, title };
    };
    const w = boxes(wide);
    expect(w.figure.right).to.be.at.most(w.title.left);
    const n = boxes(narrow);
    expect(n.figure.bottom).to.be.at.most(n.title.top);
  });

  it('grid layout gets columns only when the element is wide', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <policy-news src=${feed} layout="grid" style="width: 900px"></policy-news>
      <policy-news src=${feed} layout="grid" style="width: 320px"></policy-news>
    </div>`);
    const [wide, narrow] = await settledAll(wrapper);
    const tops = (element: PolicyElement) =>
      new Set([...shadow(element).querySelectorAll('[part~="item"]')].map((item) => Math.round(item.getBoundingClientRect().top))).size;
    expect(tops(wide), 'rows of 5 items').to.be.lessThan(5);
    expect(tops(narrow), 'one item a row').to.equal(5);
  });
});

describe('keyboard and pointer', () => {
  it('Tab reaches every link once, in order, each with a visible focus ring', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <button id="start">start</button>
      <policy-topic-header src=${feed}></policy-topic-header>
      <policy-news src=${feed}></policy-news>
      <policy-speech src=${feed}></policy-speech>
      <policy-white-paper src=${feed}></policy-white-paper>
      <button id="end">end</button>
    </div>`);
    const elements = [...wrapper.querySelectorAll<PolicyElement>('[src]')];
    for (const element of elements) await untilState(element, 'ready');
    const links = elements.flatMap((element) => [...shadow(element).querySelectorAll('a')]);
    expect(links.length).to.equal(2 + 5 + 1 + 1);

    wrapper.querySelector<HTMLButtonElement>('#start')!.focus();
    const reached: Element[] = [];
    for (let i = 0; i <= links.length; i++) {
      await sendKeys({ press: 'Tab' });
      const active = deepActiveElement()!;
      if (active.id === 'end') break;
      reached.push(active);
      const ring = getComputedStyle(active);
      expect(ring.outlineStyle, active.textContent!).to.equal('solid');
      expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    }
    expect(reached.length, 'every link once').to.equal(links.length);
    expect(reached.every((node, i) => node === links[i]), 'in document order').to.be.true;
  });

  // A light page and a dark one, as a page sets its own colours: the ring must stand out on both.
  for (const page of [
    { name: 'a light page', background: 'rgb(255, 255, 255)', color: 'rgb(17, 17, 17)' },
    { name: 'a dark page', background: 'rgb(18, 18, 18)', color: 'rgb(236, 236, 236)' },
  ]) {
    it(`in an engine without light-dark(), on ${page.name}, a link still gets a visible focus ring and readable text`, async () => {
      document.documentElement.style.background = page.background;
      document.body.style.color = page.color;
      try {
        const element = await fixture<PolicyElement>(html`<policy-news src=${feed} limit="1"></policy-news>`);
        await untilState(element, 'ready');
        // What an older engine parses: every light-dark() is unknown, so any @supports not (…) fallback applies.
        const root = shadow(element);
        root.adoptedStyleSheets = root.adoptedStyleSheets.map((sheet) => {
          const old = [...sheet.cssRules].map((rule) => rule.cssText).join('\n').replaceAll('light-dark(', 'no-such-function(');
          const copy = new CSSStyleSheet();
          copy.replaceSync(old.replace(/@supports not \(color: no-such-function\([^)]*\)\)/g, '@supports (color: red)'));
          return copy;
        });
        const base = getComputedStyle(root.querySelector('[part~="base"]')!);
        expect(base.backgroundColor, 'the page shows through').to.equal('rgba(0, 0, 0, 0)');
        expect(contrast(base.color, page.background), 'the page\'s own text colour').to.be.at.least(4.5);
        const ring = await tabbedRing(element);
        expect(ring.reached, 'Tab reaches the link').to.equal(true);
        expect([ring.unfocused, ring.clicked, ring.style], 'a solid ring, only on keyboard focus').to.deep.equal(['none', 'none', 'solid']);
        expect(ring.width, 'ring width (px)').to.be.at.least(2);
        expect(contrast(ring.color, page.background), 'the ring against the page').to.be.at.least(3);
      } finally {
        document.documentElement.style.background = document.body.style.color = '';
      }
    });
  }

  it('a news item, speech or white-paper card is one target: its corner hits the title link', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div>
      <policy-news src=${feed}></policy-news>
      <policy-speech src=${feed}></policy-speech>
      <policy-white-paper src=${feed}></policy-white-paper>
    </div>`);
    for (const element of [...wrapper.children] as PolicyElement[]) {
      await untilState(element, 'ready');
      const boxes = shadow(element).querySelectorAll('[part~="item"], [part~="card"]');
      expect(boxes.length, `${element.localName}'s items or card`).to.be.greaterThan(0);
      for (const box of boxes) {
        expect(box.querySelectorAll('a'), 'one link').to.have.length(1);
        box.scrollIntoView({ block: 'nearest' });
        const { right, bottom } = box.getBoundingClientRect();
        const hit = shadow(element).elementFromPoint(right - 3, bottom - 3);
        expect(hit === box.querySelector('[part~="link"]'), `the corner of ${box.textContent!.trim().slice(0, 40)} is its link`).to.be.true;
      }
    }
  });

  it('the topic header\'s links stay separate, each at least 24 × 24 px, even with 10 px page text', async () => {
    const element = await fixture<PolicyElement>(html`<policy-topic-header src=${feed} style="font-size: 10px"></policy-topic-header>`);
    await untilState(element, 'ready');
    const header = shadow(element).querySelector('[part~="header"]')!;
    const { right, bottom } = header.getBoundingClientRect();
    expect(!shadow(element).elementFromPoint(right - 3, bottom - 3)?.closest('a'), 'the corner is not a link').to.be.true;
    const links = header.querySelectorAll('a');
    expect(links.length, 'the publisher and "More on" links').to.be.at.least(2);
    for (const link of links) {
      const box = link.getBoundingClientRect();
      expect(Math.min(box.width, box.height), link.textContent!).to.be.at.least(24);
    }
  });

  it('"Try again" is at least 24 × 24 px with 10 px page text', async () => {
    const wrapper = fixtureSync<HTMLElement>(inState('policy-news', 'error'));
    const element = wrapper.firstElementChild as PolicyElement;
    element.style.fontSize = '10px';
    await untilState(element, 'error');
    const box = shadow(element).querySelector('[part~="retry"]')!.getBoundingClientRect();
    expect(Math.min(box.width, box.height)).to.be.at.least(24);
  });
});

describe('error announcement', () => {
  it('says the error once, politely, when loading fails, without repeating it in the error box', async () => {
    const element = await fixture<PolicyElement>(html`<policy-news lang="nb" src=${faultUrl({ status: 404, key: uniqueKey('fail') })}></policy-news>`);
    await untilState(element, 'error');
    const status = shadow(element).querySelector('[role="status"]')!;
    expect(status.textContent).to.equal('Innholdet er ikke tilgjengelig akkurat nå.');
    expect(shadow(element).querySelector('[part~="error-message"]')!.getAttribute('aria-hidden')).to.equal('true');
  });
});

describe('loading announcement', () => {
  it('says "Loading…" once, politely, outside the busy box, and clears it when done', async () => {
    const element = await fixture<PolicyElement>(html`<policy-news src=${faultUrl({ delay: 600, key: uniqueKey('announce') })}></policy-news>`);
    const status = shadow(element).querySelector('[role="status"]')!;
    const base = shadow(element).querySelector('[part~="base"]')!;
    expect(status.textContent).to.equal('Loading…');
    expect(status.closest('[aria-busy]'), 'a busy region may be kept quiet').to.equal(null);
    expect(base.getAttribute('aria-busy')).to.equal('true');

    const changes: string[] = [];
    const observer = new MutationObserver(() => changes.push(status.textContent!));
    observer.observe(status, { childList: true, characterData: true, subtree: true });
    element.setAttribute('limit', '3');
    element.setAttribute('layout', 'compact');
    await element.updateComplete;
    expect(changes, 'no repeat while re-rendering').to.deep.equal([]);

    await untilState(element, 'ready');
    await new Promise((resolve) => setTimeout(resolve));
    observer.disconnect();
    expect(changes.at(-1)).to.equal('');
    expect(base.getAttribute('aria-busy')).to.equal('false');
  });
});
