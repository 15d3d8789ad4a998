import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import type { PolicyNews, PolicySpeech, PolicyTopicHeader, PolicyWhitePaper } from '../../src/index.js';
import { feedUrl, fixtureSettled, shadow, text } from '../helpers.js';

// What a careless CMS theme does: a 10px rem, squashed line-height, !important
// on everything, and whole elements reset with `all: unset`.
const HOSTILE_CSS = `
  html { font-size: 62.5%; line-height: 0.8 !important; }
  body { font-size: 1.6rem; }
  * {
    margin: 0 !important; padding: 0 !important; border: 0 !important;
    color: #777 !important; background: #ffd !important;
    line-height: 0.8 !important; letter-spacing: 0.3em !important; font-weight: 100 !important;
    text-decoration: none !important; box-sizing: content-box !important;
    font-style: italic !important; text-transform: uppercase !important; text-indent: 3em !important;
    white-space: nowrap !important;
  }
  a, p, span, div, ul, li, h1, h2, h3, h4, h5, h6, article, section, button, time, figure, img, dl, dt, dd {
    all: unset !important;
  }
`;

const feed = feedUrl('security-policy.en.json');
const px = (value: string) => parseFloat(value);

describe('a hostile host page', () => {
  let style: HTMLStyleElement;
  let htmlLang: string | null;

  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE_CSS;
    document.head.append(style);
    htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
  });

  after(() => {
    style.remove();
    if (htmlLang !== null) document.documentElement.setAttribute('lang', htmlLang);
  });

  it('keeps the page font size for body text and a larger bold heading, despite a 62.5% rem', async () => {
    const news = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}></policy-news>`);
    const summary = getComputedStyle(shadow(news).querySelector('[part~="summary"]')!);
    const heading = getComputedStyle(shadow(news).querySelector('[part~="title"]')!);
    const meta = getComputedStyle(shadow(news).querySelector('[part~="meta"]')!);
    expect(px(summary.fontSize)).to.equal(16);
    expect(px(meta.fontSize)).to.be.at.least(13);
    expect(px(heading.fontSize)).to.be.greaterThan(px(summary.fontSize));
    expect(Number(heading.fontWeight)).to.be.at.least(600);
    expect(Number(summary.fontWeight)).to.equal(400);
  });

  it('keeps readable line-height, letter-spacing and text colour inside every element', async () => {
    const elements = [
      await fixtureSettled<PolicyTopicHeader>(html`<policy-topic-header src=${feed}></policy-topic-header>`),
      await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}></policy-news>`),
      await fixtureSettled<PolicySpeech>(html`<policy-speech src=${feed}></policy-speech>`),
      await fixtureSettled<PolicyWhitePaper>(html`<policy-white-paper src=${feed}></policy-white-paper>`),
    ];
    for (const element of elements) {
      const paragraph = getComputedStyle(shadow(element).querySelector('p:not([part~="meta"])')!);
      expect(px(paragraph.lineHeight) / px(paragraph.fontSize), element.localName).to.be.at.least(1.4);
      expect(paragraph.letterSpacing, element.localName).to.equal('normal');
      expect(paragraph.fontStyle, element.localName).to.equal('normal');
      expect(paragraph.textTransform, element.localName).to.equal('none');
      expect(paragraph.textIndent, element.localName).to.equal('0px');
      expect(paragraph.whiteSpace, element.localName).to.equal('normal');
      // The page's own text colour, as the page set it on the element: the block sits on the page's background.
      expect(paragraph.color, element.localName).to.equal('rgb(119, 119, 119)');
      expect(element.getBoundingClientRect().height, element.localName).to.be.greaterThan(100);
    }
  });

  it('still shows links as links: underlined, in the link colour (the page text colour by default)', async () => {
    const news = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}></policy-news>`);
    const link = shadow(news).querySelector('a')!;
    const style = getComputedStyle(link);
    expect(style.textDecorationLine).to.contain('underline');
    // By default the link colour is the page's text colour (readable on the page's background); the underline marks it.
    expect(style.color).to.equal('rgb(119, 119, 119)');
    expect(link.getBoundingClientRect().width).to.be.greaterThan(0);
  });

  it('speaks English when neither the element nor <html> has lang, and never writes lang on the page', async () => {
    const news = await fixtureSettled<PolicyNews>(html`<policy-news src=${feed}></policy-news>`);
    expect(shadow(news).querySelector('[part~="base"]')!.getAttribute('lang')).to.equal('en');
    expect(text(news)).to.contain('Press release');
    expect(document.documentElement.hasAttribute('lang')).to.equal(false);
    expect(news.hasAttribute('lang')).to.equal(false);
  });
});
