import { expect } from '@open-wc/testing';
import type { PolicyElement } from '../../src/index.js';
import { TAGS } from '../helpers.js';

// A prerendered partner page (tests/hardening/prerendered-csp/page.html through prerender()), served with and without
// the Content-Security-Policy docs/embedding.md recommends (web-test-runner.config.mjs reads it from there), with
// JavaScript on and off: off is a sandboxed frame without allow-scripts.
const BASE = '/tests/hardening/prerendered-csp/';

interface Shown {
  tag: string;
  state: string | null;
  /** x, y, width, height, rounded to the pixel. */
  box: number[];
  display: string;
  /** The computed visibility of "Try again", or '' where there is none. */
  retry: string;
}

let loads = 0;

const frames = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** Loads `file` in a frame and reads what each element shows; `report` is the id its violations are reported under. */
async function load(file: string, { prerender = true, csp = true, js = true } = {}): Promise<{ shown: Shown[]; report: string }> {
  const report = `${Date.now()}-${loads++}`;
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 2400px; border: 0';
  if (!js) frame.setAttribute('sandbox', 'allow-same-origin');
  const query = new URLSearchParams({ id: report, ...(prerender ? { prerender: '1' } : {}), ...(csp ? { csp: '1' } : {}) });
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${BASE}${file}?${query}`;
  document.body.append(frame);
  try {
    await loaded;
    const page = frame.contentDocument!;
    const elements = [...page.querySelectorAll<PolicyElement>(TAGS.join(', '))];
    if (js && elements.length) {
      await Promise.all(TAGS.map((tag) => frame.contentWindow!.customElements.whenDefined(tag)));
      await Promise.all(elements.map((element) => element.settled));
    }
    await frames();
    const shown = elements.map((element) => {
      const { x, y, width, height } = element.getBoundingClientRect();
      const style = (node: Element) => page.defaultView!.getComputedStyle(node);
      const retry = element.shadowRoot?.querySelector('[part~="retry"]');
      return {
        tag: element.localName,
        state: element.getAttribute('state'),
        box: [x, y, width, height].map(Math.round),
        display: style(element).display,
        retry: retry ? style(retry).visibility : '',
      };
    });
    return { shown, report };
  } finally {
    frame.remove();
  }
}

/** The violations reported for a page load; reports are sent after the fact, so they are given time to arrive. */
async function reports(id: string): Promise<unknown[]> {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return (await fetch(`${BASE}reports?id=${id}`)).json();
}

const STATES = ['ready', 'ready', 'ready', 'ready', 'error'];

describe('a prerendered page under the recommended Content-Security-Policy (style-src names only the package\'s origin)', () => {
  const strictly: Record<string, { shown: Shown[]; report: string }> = {};
  for (const js of [false, true]) {
    describe(`JavaScript ${js ? 'on' : 'off'}`, () => {
      let strict: { shown: Shown[]; report: string };
      let open: { shown: Shown[]; report: string };
      before(async () => {
        strict = strictly[String(js)] = await load('page.html', { js });
        open = await load('page.html', { js, csp: false });
      });

      it('shows every block styled: the same geometry as without the policy', () => {
        expect(strict.shown.map(({ state }) => state)).to.deep.equal(STATES);
        expect(strict.shown.map(({ display }) => display)).to.deep.equal(STATES.map(() => 'block'));
        expect(strict.shown).to.deep.equal(open.shown);
      });

      it(`shows "Try again" ${js ? 'once the script has taken over' : 'nowhere: without the script it would do nothing'}`, () => {
        expect(strict.shown.map(({ retry }) => retry)).to.deep.equal(['', '', '', '', js ? 'visible' : 'hidden']);
      });

      it('reports no violation', async () => {
        expect(await reports(strict.report)).to.deep.equal([]);
      });
    });
  }

  // After the suites above, whose loads it compares.
  describe('take-over, the script alone, and the control', () => {
    it('the script takes over without moving anything: every block where it was with JavaScript off', () => {
      const boxes = ({ shown }: { shown: Shown[] }) => shown.map(({ tag, box }) => ({ tag, box }));
      expect(boxes(strictly.true)).to.deep.equal(boxes(strictly.false));
    });

    it('the README\'s snippet alone (not prerendered) renders every block under the same policy, with no violation', async () => {
      const { shown, report } = await load('page.html', { prerender: false });
      expect(shown.map(({ state }) => state)).to.deep.equal(STATES);
      expect(await reports(report)).to.deep.equal([]);
    });

    it('a violation would be seen: an inline <style> under the same policy is reported', async () => {
      const { report } = await load('control.html', { prerender: false });
      expect((await reports(report)).length).to.be.greaterThan(0);
    });
  });
});
