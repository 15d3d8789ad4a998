// Blocks that sit well on any page: they take the page's own background and text colour, stay readable on light,
// beige and dark pages (with or without color-scheme), get inner space where a background is set, and a card
// fills the element's box, so height kept from the loading state never shows as a band of colour under it.
import { expect, fixture, html } from '@open-wc/testing';
import '../src/index.js';
import type { PolicyElement } from '../src/index.js';
import { faultUrl, shadow, uniqueKey } from './helpers.js';
import { backgroundBehind, contrast, feed, rootTokens, tabbedRing, TAGS } from './theme-helpers.js';

/** A partner page's own colours, set on <html> and <body> as its stylesheet would. */
const PAGES = [
  { name: 'a white page', background: 'rgb(255, 255, 255)', color: 'rgb(17, 17, 17)', scheme: '' },
  { name: 'a beige page', background: 'rgb(245, 239, 224)', color: 'rgb(40, 33, 20)', scheme: '' },
  { name: 'a dark page that declares color-scheme: dark', background: 'rgb(18, 18, 18)', color: 'rgb(236, 236, 236)', scheme: 'dark' },
  { name: 'a dark page with no color-scheme', background: 'rgb(18, 18, 18)', color: 'rgb(236, 236, 236)', scheme: '' },
];

const TEXT_PARTS = ['title', 'link', 'meta', 'summary', 'caption', 'speaker', 'event', 'label', 'intro', 'facts', 'more', 'history-notice'];

function dress(page: (typeof PAGES)[number]): () => void {
  const { documentElement: root, body } = document;
  root.style.colorScheme = page.scheme;
  root.style.background = page.background;
  body.style.color = page.color;
  return () => {
    root.style.colorScheme = root.style.background = body.style.color = '';
  };
}

const base = (element: Element) => shadow(element).querySelector<HTMLElement>('[part~="base"]')!;

describe('blocks on any page', () => {
  for (const page of PAGES) {
    describe(page.name, () => {
      let undress: () => void;
      beforeEach(() => (undress = dress(page)));
      afterEach(() => undress());

      for (const tag of TAGS) {
        it(`<${tag}> paints no background of its own, takes the page's text colour, and every text is 4.5:1 (and axe passes)`, async () => {
          const element = await fixture<PolicyElement>(`<${tag} src="${feed}"></${tag}>`);
          await element.settled;
          expect(getComputedStyle(base(element)).backgroundColor).to.equal('rgba(0, 0, 0, 0)');
          const cards = [...shadow(element).querySelectorAll('[part~="card"]')];
          expect(cards.length, 'cards').to.equal(['policy-speech', 'policy-white-paper'].includes(tag) ? 1 : 0);
          for (const card of cards) expect(getComputedStyle(card).backgroundColor, 'the card too').to.equal('rgba(0, 0, 0, 0)');
          expect(getComputedStyle(base(element)).color).to.equal(page.color);
          const ratios = Object.fromEntries(
            [...shadow(element).querySelectorAll<HTMLElement>(TEXT_PARTS.map((part) => `[part~="${part}"]`).join())].map((node) => [
              node.getAttribute('part'),
              contrast(getComputedStyle(node).color, backgroundBehind(node)).toFixed(1),
            ]),
          );
          expect(Object.keys(ratios).length).to.be.greaterThan(2);
          for (const [part, ratio] of Object.entries(ratios)) expect(Number(ratio), part).to.be.at.least(4.5);
          await expect(element).to.be.accessible();
        });
      }

      it('the error state and its "Try again" button are readable too, with a focus ring in the text colour', async () => {
        const element = await fixture<PolicyElement>(html`<policy-news src="/stories/fixtures/feeds/page.html"></policy-news>`);
        await element.settled;
        const retry = shadow(element).querySelector<HTMLElement>('[part~="retry"]')!;
        expect(contrast(getComputedStyle(retry).color, backgroundBehind(retry))).to.be.at.least(4.5);
        const ring = await tabbedRing(element);
        expect(ring.reached, 'Tab reaches "Try again"').to.equal(true);
        expect([ring.unfocused, ring.clicked, ring.style], 'a solid ring, only on keyboard focus').to.deep.equal(['none', 'none', 'solid']);
        expect(ring.width, 'ring width (px)').to.be.at.least(2);
        expect(ring.offset, 'ring offset (px)').to.be.at.least(1);
        expect(contrast(ring.color, page.background), 'focus ring against the page').to.be.at.least(3);
        await expect(element).to.be.accessible();
      });
    });
  }
});

describe('where a background is set', () => {
  let undo: () => void;
  beforeEach(() => (undo = rootTokens({ '--policy-color-background': 'rgb(255, 255, 255)', '--policy-color-text': 'rgb(27, 27, 27)', '--policy-space': '20px' })));
  afterEach(() => undo());

  for (const tag of ['policy-news', 'policy-topic-header']) {
    it(`<${tag}> paints it with inner space, so its text does not touch the edge`, async () => {
      const element = await fixture<PolicyElement>(`<${tag} src="${feed}"></${tag}>`);
      await element.settled;
      const style = getComputedStyle(base(element));
      expect(style.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect([style.paddingTop, style.paddingInlineStart, style.paddingBottom, style.paddingInlineEnd]).to.deep.equal(['20px', '20px', '20px', '20px']);
    });
  }

  for (const tag of ['policy-speech', 'policy-white-paper']) {
    it(`<${tag}> paints it on its card, which keeps its own border and padding`, async () => {
      const element = await fixture<PolicyElement>(`<${tag} src="${feed}"></${tag}>`);
      await element.settled;
      const card = getComputedStyle(shadow(element).querySelector('[part~="card"]')!);
      expect(card.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(card.paddingTop).to.equal('20px');
      expect(card.borderTopStyle).to.equal('solid');
      expect(getComputedStyle(base(element)).backgroundColor, 'not the box around it').to.equal('rgba(0, 0, 0, 0)');
    });
  }
});

describe('the height kept from the loading state', () => {
  for (const scheme of ['light', 'dark']) {
    for (const tag of ['policy-speech', 'policy-white-paper']) {
      it(`<${tag}> on a beige page (${scheme}, background set): the card fills it, no band of colour below the card`, async () => {
        const undo = rootTokens({ '--policy-color-scheme': scheme, '--policy-color-background': 'light-dark(#fff, #16181d)', '--policy-color-text': 'light-dark(#1b1b1b, #ececec)' });
        document.documentElement.style.background = '#f5efe0';
        try {
          // A short card: the placeholder's height (13.25em) is kept when it arrives, 800 ms late.
          const src = faultUrl({ delay: 800, key: uniqueKey('band') }, 'plain.json');
          const item = 'https://blog.example.org/2024/03/spring-cleaning';
          const block = await fixture<PolicyElement>(`<${tag} src="${src}" item="${item}" style="width: 700px"></${tag}>`);
          const loadingHeight = block.getBoundingClientRect().height;
          await block.settled;
          const card = shadow(block).querySelector('[part~="card"]')!;
          expect(getComputedStyle(card).backgroundColor).to.equal(scheme === 'dark' ? 'rgb(22, 24, 29)' : 'rgb(255, 255, 255)');
          expect(block.getBoundingClientRect().height, 'the kept height').to.equal(loadingHeight);
          expect(card.getBoundingClientRect().bottom, 'the card reaches the bottom of the block').to.be.closeTo(block.getBoundingClientRect().bottom, 0.5);
        } finally {
          undo();
          document.documentElement.style.background = '';
        }
      });
    }
  }
});
