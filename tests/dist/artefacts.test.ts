// The built files, as a partner page or an application loads them (`npm run build` first).
// Each case gets an iframe of its own, so a fresh custom-element registry.
import { expect, waitUntil } from '@open-wc/testing';
import type { PolicyElement } from '../../src/index.js';
import { TAGS as ELEMENTS } from '../helpers.js';
import { strictCsp } from '../server/csp.mjs';

type Recorded = { errors: string[]; warnings: string[]; violations: string[] };
type TestWindow = Window & typeof globalThis & { recorded: Recorded; PolicyWidgets?: Record<string, unknown> };
type Versioned = CustomElementConstructor & { version?: string };

const feed = '/stories/fixtures/feeds/security-policy.en.json';
const allElements = (attributes = `src="${feed}"`) => ELEMENTS.map((tag) => `<${tag} ${attributes}></${tag}>`).join('');
const MODULE = '<script type="module" src="/dist/policy-widgets.js"></script>';
const CLASSIC = '<script src="/dist/policy-widgets.iife.js"></script>';
const NEWS_ONLY = '<script type="module" src="/dist/elements/news.js"></script>';
/** The scripts a page loaded, by path, leaving out the test's own recorder. */
const scriptsOf = (win: TestWindow) =>
  win.performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => path.endsWith('.js') && !path.startsWith('/tests/'));

/**
 * The page's own origin, for a CSP in a srcdoc page: Firefox does not match `'self'` there to the origin the page
 * inherits, and blocks every script. tests/hardening/csp.test.ts checks `'self'` on a page served with the header.
 */
const self = location.origin;

const frames: HTMLIFrameElement[] = [];
afterEach(() => frames.splice(0).forEach((frame) => frame.remove()));

/** A page of its own: `head` after the recorder (or, for a CSP, before it), then `body`. */
async function openPage(body: string, { head = '', csp = '' } = {}): Promise<TestWindow> {
  const frame = document.createElement('iframe');
  const policy = csp && `<meta http-equiv="Content-Security-Policy" content="${csp}">`;
  frame.srcdoc = `<!doctype html><html lang="en"><head>${policy}<script src="/tests/dist/record.js"></script>${head}</head><body>${body}</body></html>`;
  frames.push(frame);
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  return frame.contentWindow as TestWindow;
}

/** Waits until every element in the page has left `loading`, and returns them. */
async function settled(win: TestWindow, selector = ELEMENTS.join()): Promise<PolicyElement[]> {
  const elements = [...win.document.querySelectorAll<PolicyElement>(selector)];
  const states = () => elements.map((element) => element.getAttribute('state'));
  try {
    await waitUntil(() => states().every((state) => state && state !== 'loading'), '', { timeout: 8000 });
  } catch {
    // Unregistered elements have no state at all: say so, with what the page recorded.
    throw new Error(`${selector} did not settle (states: ${states()}; page: ${JSON.stringify(win.recorded)})`);
  }
  return elements;
}

const shown = (element: Element) => (element.shadowRoot?.querySelector('[part~="base"]') as HTMLElement | null)?.innerText ?? '';
const versionOf = (win: TestWindow, tag: string) => (win.customElements.get(tag) as Versioned | undefined)?.version;

let version: string;
before(async () => {
  ({ version } = await (await fetch('/package.json')).json());
});

describe('dist/policy-widgets.js, the drop-in module', () => {
  it('defines all four elements, stamped with the package version, and each renders the feed', async () => {
    const win = await openPage(allElements(), { head: MODULE });
    const elements = await settled(win);
    expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(shown(elements[0])).to.contain('NOK 200 million');
    expect(ELEMENTS.map((tag) => versionOf(win, tag))).to.deep.equal(ELEMENTS.map(() => version));
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('runs under a strict Content-Security-Policy with Trusted Types enforced: no unsafe-inline, no unsafe-eval', async () => {
    const win = await openPage(allElements(), { head: MODULE, csp: strictCsp(self) });
    const elements = await settled(win);
    expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });
});

describe('dist/elements/, the per-element drop-ins', () => {
  it('dist/elements/news.js defines <policy-news> and nothing else, in two files: its module and the shared core', async () => {
    const win = await openPage(`<policy-news src="${feed}" limit="2"></policy-news><policy-speech src="${feed}"></policy-speech>`, { head: NEWS_ONLY });
    const [news] = await settled(win, 'policy-news');
    expect(news.getAttribute('state')).to.equal('ready');
    expect(news.shadowRoot!.querySelectorAll('article')).to.have.length(2);
    expect(versionOf(win, 'policy-news')).to.equal(version);
    expect(win.customElements.get('policy-speech')).to.be.undefined;
    const scripts = scriptsOf(win);
    expect(scripts).to.have.length(2);
    expect(scripts[0]).to.equal('/dist/elements/news.js');
    expect(scripts[1]).to.match(/^\/dist\/elements\/core-[\w-]+\.js$/);
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('two per-element drop-ins share one core: a page with news and speech loads three files', async () => {
    const win = await openPage(`<policy-news src="${feed}"></policy-news><policy-speech src="${feed}"></policy-speech>`, {
      head: `${NEWS_ONLY}<script type="module" src="/dist/elements/speech.js"></script>`,
    });
    const elements = await settled(win, 'policy-news, policy-speech');
    expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready']);
    expect(scriptsOf(win).filter((path) => path.includes('/core-'))).to.have.length(1);
    expect(scriptsOf(win)).to.have.length(3);
  });
});

describe('a prerendered page: the take-over waits for the first paint', () => {
  /**
   * A page whose script records whether <policy-news> was defined when the drop-in had just run, and whether the
   * browser had reported a paint when it was defined.
   */
  const page = (news: string) =>
    openPage(news, {
      // A static import, so this runs just after the drop-in. A full URL: WebKit resolves a module specifier in a
      // srcdoc page against about:srcdoc, not the base URL.
      head: `<script type="module">
        import '${new URL('/dist/policy-widgets.js', location.href).href}';
        window.definedAtOnce = !!customElements.get('policy-news');
        customElements.whenDefined('policy-news').then(() => (window.paintedFirst = performance.getEntriesByType('paint').length > 0));
      </script>`,
    });
  type Recording = TestWindow & { definedAtOnce?: boolean; paintedFirst?: boolean };

  it('an element holding prerendered content is defined only after the first paint, then takes over', async () => {
    const win = (await page(
      `<policy-news src="${feed}" limit="1" state="ready"><template shadowrootmode="open"><div part="base">Prerendered</div></template></policy-news>`,
    )) as Recording;
    await waitUntil(() => win.paintedFirst !== undefined, 'never defined', { timeout: 8000 });
    expect(win.paintedFirst, 'a paint reported before the definition').to.be.true;
    const news = win.document.querySelector('policy-news')!;
    await waitUntil(() => news.shadowRoot!.querySelectorAll('article').length === 1, 'not taken over', { timeout: 8000 });
    expect(news.shadowRoot!.textContent).not.to.contain('Prerendered');
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('without prerendered content the elements are defined at once', async () => {
    const win = (await page(`<policy-news src="${feed}" limit="1"></policy-news>`)) as Recording;
    await waitUntil(() => win.definedAtOnce !== undefined, 'the drop-in did not run');
    expect(win.definedAtOnce).to.be.true;
  });
});

describe('dist/policy-widgets.iife.js, the classic script', () => {
  it('defines all four elements, fills {lang} in src, and exposes the classes as window.PolicyWidgets', async () => {
    const win = await openPage(
      `${allElements()}<policy-news id="nb" lang="nb" src="/stories/fixtures/feeds/security-policy.{lang}.json"></policy-news>`,
      { head: CLASSIC },
    );
    const elements = await settled(win);
    expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready', 'ready']);
    expect(shown(win.document.getElementById('nb')!)).to.contain('Pressemelding');
    expect(win.PolicyWidgets?.PolicyNews).to.equal(win.customElements.get('policy-news'));
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });
});

describe('the npm modules (dist/lib), with Lit from the application', () => {
  it('policy-widgets/news registers <policy-news> and nothing else', async () => {
    const win = await openPage(`<policy-news src="${feed}" limit="2"></policy-news><policy-speech src="${feed}"></policy-speech>`, {
      head: '<script type="module" src="/tests/dist/news-only.js"></script>',
    });
    const [news] = await settled(win, 'policy-news');
    expect(news.shadowRoot!.querySelectorAll('article')).to.have.length(2);
    expect(win.customElements.get('policy-speech')).to.be.undefined;
    expect(win.document.querySelector('policy-speech')!.shadowRoot).to.be.null;
    expect(win.recorded.errors).to.deep.equal([]);
  });

  it('the class module registers nothing, so a page can register the class under its own tag and still load the define module', async () => {
    const win = await openPage(`<my-news src="${feed}" limit="3"></my-news><policy-news src="${feed}" limit="1"></policy-news>`, {
      head: `<script type="module">
        import { PolicyNews } from '/dist/lib/components/news/policy-news.js';
        window.definedBeforeRegistering = customElements.get('policy-news');
        customElements.define('my-news', PolicyNews);
        // A full URL: WebKit resolves a dynamic import() in a srcdoc page against about:srcdoc, not the base URL.
        await import(new URL('/dist/lib/components/news/define.js', document.baseURI).href);
      </script>`,
    });
    const [mine, ours] = await settled(win, 'my-news, policy-news');
    expect((win as TestWindow & { definedBeforeRegistering?: unknown }).definedBeforeRegistering).to.be.undefined;
    expect(mine.shadowRoot!.querySelectorAll('article')).to.have.length(3);
    expect(shown(mine)).to.contain('NOK 200 million');
    expect(ours.shadowRoot!.querySelectorAll('article')).to.have.length(1);
    expect(win.recorded.errors).to.deep.equal([]);
  });
});

describe('a host page that loads us more than once', () => {
  it('the same version twice, as module and as classic script twice, neither throws nor warns, and the elements work', async () => {
    const win = await openPage(allElements(), { head: `${CLASSIC}${CLASSIC}${MODULE}` });
    const elements = await settled(win);
    expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('a per-element drop-in and the all-in-one, in either order: each element defined once, no error or warning', async () => {
    for (const head of [`${NEWS_ONLY}${MODULE}`, `${MODULE}${NEWS_ONLY}`]) {
      const win = await openPage(allElements(), { head });
      const elements = await settled(win);
      expect(elements.map((element) => element.getAttribute('state')), head).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
      expect(ELEMENTS.map((tag) => versionOf(win, tag))).to.deep.equal(ELEMENTS.map(() => version));
      expect(win.recorded, head).to.deep.equal({ errors: [], warnings: [], violations: [] });
    }
  });

  it('under Trusted Types, two copies need only the lit-html policy with allow-duplicates', async () => {
    const csp = `script-src ${self}; require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'`;
    const win = await openPage(allElements(), { head: `${CLASSIC}${CLASSIC}`, csp });
    const elements = await settled(win);
    expect(elements.map((element) => element.getAttribute('state'))).to.deep.equal(['ready', 'ready', 'ready', 'ready']);
    expect(win.recorded).to.deep.equal({ errors: [], warnings: [], violations: [] });
  });

  it('another version that registered first keeps its tags; ours warns once, naming both versions, and defines the rest', async () => {
    const win = await openPage(allElements(), {
      head: `<script>
        for (const tag of ['policy-news', 'policy-speech']) {
          customElements.define(tag, class extends HTMLElement { static version = '0.0.1-other'; });
        }
      </script>${MODULE}`,
    });
    const [whitePaper, topicHeader] = await settled(win, 'policy-white-paper, policy-topic-header');
    expect(win.recorded.errors).to.deep.equal([]);
    expect(win.recorded.warnings).to.have.length(1);
    expect(win.recorded.warnings[0]).to.contain('0.0.1-other').and.to.contain(version);
    expect(versionOf(win, 'policy-news')).to.equal('0.0.1-other');
    expect(versionOf(win, 'policy-topic-header')).to.equal(version);
    expect([whitePaper.getAttribute('state'), topicHeader.getAttribute('state')]).to.deep.equal(['ready', 'ready']);
  });
});
