import { expect } from '@open-wc/testing';

interface CspResult {
  error?: string;
  states: string[];
  texts: string[];
  imagesLoaded: boolean[];
  widgetViolations: string[];
  controlViolations: number;
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

describe('the drop-in under a strict Content-Security-Policy', () => {
  it('is served with the strict policy, including Trusted Types', async () => {
    const policy = (await fetch(PAGE)).headers.get('content-security-policy');
    expect(policy).to.equal(
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; require-trusted-types-for 'script'",
    );
  });

  it('renders all four elements with zero violation reports', async () => {
    const result = await loadCspPage();
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
    // The controls prove the policy was enforced and that a violation would have been seen.
    expect(result.evalBlocked && result.trustedTypesEnforced).to.equal(true);
    expect(result.controlViolations).to.be.greaterThan(0);
  });
});
