// dist/policy-widgets.css, as a partner page links it (`npm run build` first): before the script defines an
// element, the stylesheet must give it exactly the height its loading state will take, so definition moves nothing.
// Each page is an iframe of its own (a fresh registry), at a phone and two desktop widths.
import { expect } from '@open-wc/testing';
import { faultUrl, TAGS, uniqueKey } from '../helpers.js';

type Frame = Window & typeof globalThis;

/** Every combination the stylesheet distinguishes: element, layout, limit; the page adds width and tokens. */
const BLOCKS = [
  ...['list', 'grid', 'compact'].flatMap((layout) =>
    [undefined, 1, 3, 7, 10].map((limit) => `<policy-news layout="${layout}"${limit ? ` limit="${limit}"` : ''}>`),
  ),
  '<policy-news>',
  '<policy-speech>',
  '<policy-white-paper>',
  '<policy-topic-header>',
];

const frames: HTMLIFrameElement[] = [];
// Removing the frame also ends its hanging feed requests.
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/**
 * A page at `width` px with every block waiting on a feed that never answers, the stylesheet linked, no script yet.
 * `scripting: false` sandboxes the frame without scripts, as a reader with JavaScript off sees it.
 */
async function openPage(width: number, rootStyle = '', { scripting = true } = {}): Promise<Frame> {
  const src = faultUrl({ hang: 1, key: uniqueKey('reserve') });
  const blocks = BLOCKS.map((open) => `${open.replace('>', ` src="${src}">`)}<a href="/">Fallback link</a></${open.slice(1).split(/[ >]/)[0]}>`);
  const frame = document.createElement('iframe');
  frame.style.cssText = `width: ${width}px; height: 600px; border: 0`;
  if (!scripting) frame.sandbox.add('allow-same-origin');
  frame.srcdoc = `<!doctype html><html lang="en" style="${rootStyle}"><head>
    <link rel="stylesheet" href="/dist/policy-widgets.css">
    </head><body style="margin: 0"><h1>Partner page</h1>${blocks.join('<p>Partner text.</p>')}<p>Partner text.</p></body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as Frame;
}

const heights = (win: Frame) =>
  [...win.document.querySelectorAll<HTMLElement>(`body > :is(${TAGS.join(', ')})`)].map(
    (element, i) => `${BLOCKS[i]}: ${element.getBoundingClientRect().height.toFixed(1)} px`,
  );

/**
 * Where each box of the page sits, read the same way in every engine (layout-shift entries are Chromium's
 * alone): its inline position and width, and the space above it, which stays put whatever heights change.
 */
const placement = (win: Frame) =>
  [...win.document.body.children].map((node, i, all) => {
    const box = node.getBoundingClientRect();
    const above = i ? all[i - 1]!.getBoundingClientRect().bottom : 0;
    return `${node.localName} ${i}: x ${box.x.toFixed(1)}, width ${box.width.toFixed(1)}, space above ${(box.top - above).toFixed(1)}`;
  });

/** Defines the elements in the frame, as the README's script tag would, and waits until each shows its loading state. */
async function define(win: Frame) {
  const script = win.document.createElement('script');
  script.type = 'module';
  script.src = '/dist/policy-widgets.js';
  const ran = new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  win.document.head.append(script);
  await ran;
  const elements = [...win.document.querySelectorAll<HTMLElement & { updateComplete: Promise<unknown> }>('body > *')].filter((node) => 'updateComplete' in node);
  await Promise.all(elements.map((element) => element.updateComplete));
  expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(elements.map(() => 'loading'));
  await new Promise((resolve) => win.requestAnimationFrame(() => setTimeout(resolve)));
}

// The grid's column count is reserved with container queries, which cannot read tokens: it assumes the default
// column width, gap and text size, so the page with other tokens compares the other layouts only.
const PAGES: [string, number, string][] = [
  ['a phone', 390, ''],
  ['a column exactly at the narrow breakpoint (480 px = 30em)', 480, ''],
  ['a column just over it (496 px)', 496, ''],
  ['a desktop column at the grid breakpoint (800 px = 50em: three columns)', 800, ''],
  ['a wide desktop', 1280, ''],
  ['a phone, background set (inner space)', 390, '--policy-color-background: #fff'],
  ['a column where inner space takes a grid column away (540 px)', 540, '--policy-color-background: #fff'],
  ['a desktop, larger text, gap and item height set', 1280, '--policy-font-size: 1.25em; --policy-space: 12px; --policy-news-item-height: 7em'],
];

describe('dist/policy-widgets.css: the space each element keeps before the script defines it', () => {
  for (const [name, width, rootStyle] of PAGES) {
    it(`on ${name}, every element, layout and limit is as tall before definition as its loading state, and nothing shifts`, async () => {
      const win = await openPage(width, rootStyle);
      const compared = (lines: string[]) => (rootStyle.includes('--policy-font-size') ? lines.filter((line) => !line.includes('grid')) : lines);
      const before = compared(heights(win));
      const placed = placement(win);
      expect(before.length, 'blocks compared').to.be.at.least(BLOCKS.length - 5);
      expect(before.every((line) => !line.endsWith(' 0.0 px')), 'each block has a height before the script').to.equal(true);
      await define(win);
      expect(compared(heights(win))).to.deep.equal(before);
      expect(placement(win), 'nothing moves sideways or apart').to.deep.equal(placed);
    });
  }

  it('reserves nothing without JavaScript: each element takes only its fallback link\'s line', async () => {
    const win = await openPage(800, '', { scripting: false });
    expect(win.matchMedia('(scripting: enabled)').matches, 'the sandboxed frame runs no script').to.equal(false);
    const lines = [...win.document.querySelectorAll<HTMLElement>(TAGS.map((tag) => `body > ${tag}`).join())];
    expect(lines).to.have.length(BLOCKS.length);
    const link = lines[0]!.querySelector('a')!.getBoundingClientRect().height;
    expect(link).to.be.greaterThan(0);
    expect(lines.map((element) => element.getBoundingClientRect().height)).to.deep.equal(lines.map(() => link));
  });

  it('leaves a hidden element hidden, and a prerendered one (it has a state) to its own markup', async () => {
    const win = await openPage(800);
    win.document.body.innerHTML = '<policy-news hidden></policy-news><policy-speech state="ready"><p>Prerendered</p></policy-speech>';
    const [hidden, prerendered] = [...win.document.body.children] as HTMLElement[];
    expect(hidden.getBoundingClientRect().height).to.equal(0);
    expect(win.getComputedStyle(prerendered).display).to.equal('inline');
    expect(win.getComputedStyle(prerendered, '::before').content).to.equal('none');
  });

  it('gives way to the page\'s own rules: a page that hides the element before the script runs keeps it hidden', async () => {
    const win = await openPage(800);
    const style = win.document.createElement('style');
    style.textContent = 'policy-news { display: none }';
    win.document.head.append(style);
    expect(win.document.querySelector('policy-news')!.getBoundingClientRect().height).to.equal(0);
  });
});
