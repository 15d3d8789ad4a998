import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../src/index.js';
import type { PolicyElement } from '../src/index.js';
import { faultUrl, feedUrl, shadow, untilState } from './helpers.js';
import { accent, DARK_ACCENT, feed, LIGHT_ACCENT, rootTokens } from './theme-helpers.js';

interface TokenCase {
  token: string;
  value: string;
  /** What a reader would see change, in words. */
  changes: string;
  template: TemplateResult;
  /** The shadow node to read, by selector. */
  node: string;
  read: (node: HTMLElement) => string;
  expected: string;
  /** Runs before reading, e.g. to give a link keyboard focus. */
  before?: (element: PolicyElement) => Promise<void>;
}

const style = (property: string) => (node: HTMLElement) => getComputedStyle(node).getPropertyValue(property);
const width = (node: HTMLElement) => `${Math.round(node.getBoundingClientRect().width)}px`;
const columns = (node: HTMLElement) => String(getComputedStyle(node).gridTemplateColumns.split(' ').length);

const news = html`<policy-news src=${feed}></policy-news>`;
const wideList = html`<policy-news src=${feed} style="width: 800px"></policy-news>`;
const wideGrid = html`<policy-news src=${feed} layout="grid" style="width: 800px"></policy-news>`;
const speech = html`<policy-speech src=${feed}></policy-speech>`;
const whitePaper = html`<policy-white-paper src=${feed}></policy-white-paper>`;
const header = html`<policy-topic-header src=${feed}></policy-topic-header>`;
const broken = html`<policy-news src=${feedUrl('page.html')}></policy-news>`;
const loading = html`<policy-news src=${faultUrl({ hang: 1, key: 'theming-loading' })}></policy-news>`;

/** Tab from a button placed before the element, so the first link gets keyboard focus. */
async function focusFirstLink(element: PolicyElement) {
  const start = document.createElement('button');
  start.textContent = 'start';
  element.before(start);
  start.focus();
  await sendKeys({ press: 'Tab' });
}

const RED = 'rgb(200, 0, 0)';
const CASES: TokenCase[] = [
  { token: '--policy-color-text', value: RED, changes: 'text', template: news, node: '[part~="base"]', read: style('color'), expected: RED },
  { token: '--policy-color-text-muted', value: RED, changes: 'type and date line', template: news, node: '[part~="meta"]', read: style('color'), expected: RED },
  { token: '--policy-color-background', value: RED, changes: 'background of the element', template: news, node: '[part~="base"]', read: style('background-color'), expected: RED },
  { token: '--policy-color-surface', value: RED, changes: 'history notice background', template: header, node: '[part~="history-notice"]', read: style('background-color'), expected: RED },
  { token: '--policy-color-border', value: RED, changes: 'card border', template: speech, node: '[part~="card"]', read: style('border-top-color'), expected: RED },
  { token: '--policy-color-link', value: RED, changes: 'links', template: news, node: '[part~="link"]', read: style('color'), expected: RED },
  { token: '--policy-color-accent', value: RED, changes: '"Try again" button', template: broken, node: '[part~="retry"]', read: style('background-color'), expected: RED },
  { token: '--policy-color-on-accent', value: RED, changes: 'text on the button', template: broken, node: '[part~="retry"]', read: style('color'), expected: RED },
  { token: '--policy-color-error', value: RED, changes: 'error box border', template: broken, node: '[part~="error"]', read: style('border-top-color'), expected: RED },
  { token: '--policy-color-notice', value: RED, changes: 'history notice stripe', template: header, node: '[part~="history-notice"]', read: style('border-left-color'), expected: RED },
  { token: '--policy-color-scheme', value: 'dark', changes: 'accents to their dark pair', template: whitePaper, node: '[part~="card"]', read: style('border-left-color'), expected: 'rgb(138, 180, 248)' },
  { token: '--policy-font-family', value: 'Georgia, serif', changes: 'body font', template: news, node: '[part~="summary"]', read: style('font-family'), expected: 'Georgia, serif' },
  { token: '--policy-font-heading-family', value: 'Georgia, serif', changes: 'heading font', template: news, node: '[part~="title"]', read: style('font-family'), expected: 'Georgia, serif' },
  { token: '--policy-font-heading-weight', value: '500', changes: 'heading weight', template: news, node: '[part~="title"]', read: style('font-weight'), expected: '500' },
  { token: '--policy-font-size', value: '20px', changes: 'text size', template: news, node: '[part~="base"]', read: style('font-size'), expected: '20px' },
  { token: '--policy-font-line-height', value: '30px', changes: 'line height', template: news, node: '[part~="summary"]', read: style('line-height'), expected: '30px' },
  { token: '--policy-space', value: '30px', changes: 'card padding', template: speech, node: '[part~="card"]', read: style('padding-top'), expected: '30px' },
  { token: '--policy-space-s', value: '13px', changes: 'space between lines of a card', template: speech, node: '[part~="card"]', read: style('row-gap'), expected: '13px' },
  { token: '--policy-radius', value: '9px', changes: 'corner radius', template: speech, node: '[part~="card"]', read: style('border-top-left-radius'), expected: '9px' },
  { token: '--policy-focus-color', value: RED, changes: 'focus ring colour', template: news, node: '[part~="link"]', read: style('outline-color'), expected: RED, before: focusFirstLink },
  { token: '--policy-focus-width', value: '5px', changes: 'focus ring width', template: news, node: '[part~="link"]', read: style('outline-width'), expected: '5px', before: focusFirstLink },
  { token: '--policy-focus-offset', value: '6px', changes: 'focus ring offset', template: news, node: '[part~="link"]', read: style('outline-offset'), expected: '6px', before: focusFirstLink },
  { token: '--policy-news-gap', value: '40px', changes: 'space between news items', template: news, node: '[part~="list"]', read: style('row-gap'), expected: '40px' },
  { token: '--policy-news-item-height', value: '200px', changes: 'height kept for an item while loading', template: loading, node: '.placeholder-item', read: style('min-height'), expected: '200px' },
  { token: '--policy-news-image-width', value: '200px', changes: 'image width beside the text', template: wideList, node: '[part~="figure"]', read: width, expected: '200px' },
  { token: '--policy-news-column-width', value: '100px', changes: 'grid columns', template: wideGrid, node: '[part~="list"]', read: columns, expected: '7' },
  { token: '--policy-white-paper-accent', value: RED, changes: 'white-paper stripe', template: whitePaper, node: '[part~="card"]', read: style('border-left-color'), expected: RED },
  { token: '--policy-topic-header-notice-accent', value: RED, changes: 'history notice stripe', template: header, node: '[part~="history-notice"]', read: style('border-left-color'), expected: RED },
];

/** Renders the template and waits for its content, except the loading case, which must stay loading. */
async function settle(template: TemplateResult) {
  const element = await fixture<PolicyElement>(template);
  if (template !== loading) await element.settled;
  return element;
}

describe('theming tokens', () => {
  for (const c of CASES) {
    it(`${c.token} on :root changes the ${c.changes}`, async () => {
      const element = await settle(c.template);
      await c.before?.(element);
      const node = shadow(element).querySelector<HTMLElement>(c.node)!;
      expect(c.read(node), 'the default differs').not.to.equal(c.expected);
      const undo = rootTokens({ [c.token]: c.value });
      try {
        expect(c.read(node)).to.equal(c.expected);
      } finally {
        undo();
      }
    });
  }

  it('docs/theming.md lists exactly the tokens tested here', async () => {
    const doc = await (await fetch('/docs/theming.md')).text();
    const documented = [...doc.matchAll(/^\| `(--policy-[a-z-]+)`/gm)].map((match) => match[1]);
    expect([...new Set(documented)].sort()).to.deep.equal(CASES.map((c) => c.token).sort());
  });

  it('a per-element token falls back to its global token', async () => {
    const element = await settle(whitePaper);
    const undo = rootTokens({ '--policy-color-accent': RED });
    try {
      expect(getComputedStyle(shadow(element).querySelector('[part~="card"]')!).borderLeftColor).to.equal(RED);
    } finally {
      undo();
    }
  });
});

describe('color scheme', () => {
  // The elements take the page's background and text colour; color-scheme picks the accents' light-dark() pair.
  // Following the reader's own preference needs media emulation: tests/media-emulation.chromium.test.ts.
  it('is forced dark by --policy-color-scheme on an ancestor, and light by one on the element itself', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`
      <div style="--policy-color-scheme: dark">
        <policy-white-paper src=${feed}></policy-white-paper>
        <policy-white-paper src=${feed} style="--policy-color-scheme: light"></policy-white-paper>
      </div>
    `);
    const [dark, light] = [...wrapper.children] as PolicyElement[];
    await untilState(dark, 'ready');
    await untilState(light, 'ready');
    expect(accent(dark)).to.equal(DARK_ACCENT);
    expect(accent(light)).to.equal(LIGHT_ACCENT);
  });
});

describe('themes in src/themes', () => {
  const THEMES = ['designsystemet.css', 'high-contrast.css'];

  for (const theme of THEMES) {
    it(`${theme} sets only --policy-* tokens, only on :root`, async () => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(await (await fetch(`/src/themes/${theme}`)).text());
      expect(sheet.cssRules.length).to.be.greaterThan(0);
      for (const rule of sheet.cssRules) {
        expect(rule).to.be.instanceOf(CSSStyleRule);
        const { selectorText, style: declarations } = rule as CSSStyleRule;
        expect(selectorText).to.equal(':root');
        expect([...declarations].filter((name) => !name.startsWith('--policy-'))).to.deep.equal([]);
      }
    });
  }

  it('designsystemet.css restyles the elements from the page\'s Designsystemet tokens', async () => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/src/themes/designsystemet.css';
    const loaded = new Promise((resolve) => (link.onload = resolve));
    document.head.append(link);
    await loaded;
    const undo = rootTokens({
      '--ds-color-neutral-text-default': 'rgb(32, 44, 61)',
      '--ds-color-accent-text-subtle': 'rgb(1, 99, 186)',
      '--ds-font-family': 'Inter, sans-serif',
      '--ds-border-radius-md': '4px',
    });
    try {
      const card = await settle(speech);
      const part = (name: string) => getComputedStyle(shadow(card).querySelector(`[part~="${name}"]`)!);
      expect(part('card').color).to.equal('rgb(32, 44, 61)');
      expect(part('link').color).to.equal('rgb(1, 99, 186)');
      expect(part('card').fontFamily).to.equal('Inter, sans-serif');
      expect(part('card').borderTopLeftRadius).to.equal('4px');
      // Our default muted text is the text colour at 80 %: rgb(32, 44, 61) in sRGB fractions.
      expect(part('meta').color, 'a --ds token the page lacks keeps our default').to.equal('color(srgb 0.12549 0.172549 0.239216 / 0.8)');
    } finally {
      undo();
      link.remove();
    }
  });
});
