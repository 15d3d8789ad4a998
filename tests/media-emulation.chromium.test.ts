// Chromium only: these follow the reader's own preferences (prefers-color-scheme, prefers-reduced-motion),
// which only Chromium's DevTools protocol can emulate here. Puppeteer cannot over Firefox's WebDriver BiDi, nor
// WebKitWebDriver. web-test-runner.config.mjs runs *.chromium.test.ts files in Chromium alone.
import { expect, fixture, fixtureSync, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { PolicyElement } from '../src/index.js';
import { faultUrl, shadow, uniqueKey, untilState } from './helpers.js';
import { accent, DARK_ACCENT, feed, LIGHT_ACCENT } from './theme-helpers.js';

async function whitePaper(template = html`<policy-white-paper src=${feed}></policy-white-paper>`) {
  const element = await fixture<PolicyElement>(template);
  await untilState(element, 'ready');
  return element;
}

describe('the reader\'s colour scheme (Chromium only: media emulation)', () => {
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('a light-only page keeps light accents for a reader who prefers dark; a page with dark follows the reader', async () => {
    const element = await whitePaper();
    await emulateMedia({ colorScheme: 'dark' });
    expect(accent(element), 'a light-only page keeps light accents').to.equal(LIGHT_ACCENT);
    document.documentElement.style.colorScheme = 'light dark';
    try {
      expect(accent(element)).to.equal(DARK_ACCENT);
      await emulateMedia({ colorScheme: 'light' });
      expect(accent(element)).to.equal(LIGHT_ACCENT);
    } finally {
      document.documentElement.style.colorScheme = '';
    }
  });

  it('follows the reader on any page with --policy-color-scheme: light dark', async () => {
    const element = await whitePaper();
    element.style.setProperty('--policy-color-scheme', 'light dark');
    await emulateMedia({ colorScheme: 'dark' });
    expect(accent(element)).to.equal(DARK_ACCENT);
  });

  it('--policy-color-scheme: light stays light for a reader who prefers dark', async () => {
    const wrapper = fixtureSync<HTMLElement>(html`<div style="--policy-color-scheme: light; color-scheme: light dark"><policy-white-paper src=${feed}></policy-white-paper></div>`);
    const element = wrapper.firstElementChild as PolicyElement;
    await untilState(element, 'ready');
    await emulateMedia({ colorScheme: 'dark' });
    expect(accent(element)).to.equal(LIGHT_ACCENT);
  });
});

describe('the loading look (Chromium only: media emulation)', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('shimmers, and stops when the reader asks for reduced motion', async () => {
    const element = await fixture<PolicyElement>(html`<policy-news src=${faultUrl({ delay: 3000, key: uniqueKey('motion') })}></policy-news>`);
    const placeholder = shadow(element).querySelector('.placeholder')!;
    expect(getComputedStyle(placeholder).animationName).to.equal('pulse');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(placeholder).animationName).to.equal('none');
  });
});
