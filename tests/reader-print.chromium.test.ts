import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../src/index.js';
import type { PolicyElement } from '../src/index.js';
import { faultUrl, feedUrl, fixtureSettled, shadow, uniqueKey } from './helpers.js';

// Chromium only: print styles, read through print media emulation, which only Chromium's DevTools protocol
// offers here. web-test-runner.config.mjs runs *.chromium.test.ts files in Chromium alone.

const feed = feedUrl('paged-1.json');

const printMedia = () => emulateMedia({ media: 'print' });

describe('print (Chromium only: print emulation)', () => {
  afterEach(() => emulateMedia({ media: 'screen' }));

  it('prints black on white, without buttons, with the address after each item link', async () => {
    const element = await fixtureSettled<PolicyElement>(
      html`<policy-news src=${feed} show-more style="--policy-color-scheme: dark"></policy-news>`,
    );
    await printMedia();
    const root = shadow(element);
    const base = root.querySelector<HTMLElement>('[part~="base"]')!;
    expect(getComputedStyle(base).color).to.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(base).backgroundColor).to.equal('rgb(255, 255, 255)');
    const link = root.querySelector<HTMLAnchorElement>('[part~="link"]')!;
    expect(getComputedStyle(link).color).to.equal('rgb(0, 0, 0)');
    const after = getComputedStyle(link, '::after');
    expect(after.content).to.contain(link.getAttribute('href'));
    expect(after.position, 'in the flow, not the stretched click target').to.equal('static');
    expect(getComputedStyle(root.querySelector('[part~="show-more"]')!).display).to.equal('none');
    await emulateMedia({ media: 'screen' });
    expect(getComputedStyle(link, '::after').content, 'no address on screen').not.to.contain('http');
  });

  it('prints no placeholders and no loading state', async () => {
    const element = await fixture<PolicyElement>(
      html`<policy-news src=${faultUrl({ key: uniqueKey('print'), hang: 1 })}></policy-news>`,
    );
    await printMedia();
    expect(element.state).to.equal('loading');
    expect(getComputedStyle(shadow(element).querySelector('[part~="base"]')!).display).to.equal('none');
  });

  it('prints each card without its placeholder box, black on white', async () => {
    const element = await fixtureSettled<PolicyElement>(html`<policy-speech src=${feedUrl('security-policy.en.json')}></policy-speech>`);
    await printMedia();
    const card = shadow(element).querySelector<HTMLElement>('[part~="card"]')!;
    expect(getComputedStyle(card).backgroundColor).to.equal('rgb(255, 255, 255)');
    expect(getComputedStyle(shadow(element).querySelector('[part~="link"]')!, '::after').content).to.contain('https://');
  });
});
