import { expect } from '@open-wc/testing';

interface CspResult {
  error?: string;
  states: string[];
  texts: string[];
  imagesLoaded: boolean[];
  widgetViolations: string[];
  /** The directive of each violation the page's own controls caused. */
  controlViolations: string[];
  inlineScriptRan: boolean;
  /** Whether an inline style attribute, and a <style> element added by script, took effect. */
  inlineStylesApplied: boolean[];
  evalBlocked: boolean;
  trustedTypesEnforced: boolean;
}

const PAGE = '/tests/hardening/csp/page.html';

/** Loads the CSP page in an iframe and waits for the report it posts. */
function loadCspPage(): Promise<CspResult> {
  return new Promise((resolve) => {
    const frame = document.createElement('iframe');
    frame.style.cssText = 'width: 1024px; height: 700px';
    window.addEventListener('message', function onMessage(event: MessageEvent) {
      if (event.source !== frame.contentWindow || event.data?.type !== 'csp-result') return;
      window.removeEventListener('message', onMessage);
      frame.remove();
      resolve(event.data);
    });
    frame.src = PAGE;
    document.body.append(frame);
  });
}

// The page is served with a strict policy (web-test-runner.config.mjs); what counts is what the browser enforces.
describe('the drop-in under a strict Content-Security-Policy', () => {
  let result: CspResult;
  before(async () => {
    result = await loadCspPage();
  });

  it('the browser enforces the policy: no inline script, no inline style, no eval, no HTML from strings', () => {
    expect(result.error).to.equal(undefined);
    expect(result.inlineScriptRan, 'an inline <script> ran').to.equal(false);
    expect(result.inlineStylesApplied, 'an inline style attribute, a <style> element').to.deep.equal([false, false]);
    expect(result.evalBlocked, 'eval blocked').to.equal(true);
    expect(result.trustedTypesEnforced, 'Trusted Types enforced').to.equal(true);
    // Each blocked control was reported, so a violation by the widgets would have been seen too.
    expect(result.controlViolations.some((directive) => directive.startsWith('style-src'))).to.equal(true);
  });

  it('renders all four elements, its image included, with zero violation reports', () => {
    expect(result.error).to.equal(undefined);
    expect(result.widgetViolations).to.deep.equal([]);
    expect(result.states).to.deep.equal([
      'policy-topic-header:ready',
      'policy-news:ready',
      'policy-speech:ready',
      'policy-white-paper:ready',
    ]);
    expect(result.texts[0]).to.contain('Security policy');
    expect(result.texts[1]).to.contain('Norway chairs meeting on nuclear disarmament');
    expect(result.texts[2]).to.contain('Statement at IAEA');
    expect(result.texts[3]).to.contain('Meld. St. 37 (2014–2015)');
    expect(result.imagesLoaded).to.deep.equal([true]);
  });
});
