// Loads the built drop-in under the page's CSP, renders all four elements and
// reports to the parent test what rendered and every CSP violation seen.
const violations = [];
document.addEventListener('securitypolicyviolation', (event) =>
  violations.push(`${event.effectiveDirective}: ${event.blockedURI || event.sample}`),
);

const settled = (element) =>
  new Promise((resolve) => {
    const check = () => (element.getAttribute('state') ?? 'loading') !== 'loading' && resolve();
    new MutationObserver(check).observe(element, { attributes: true, attributeFilter: ['state'] });
    check();
  });

const report = (result) => parent.postMessage({ type: 'csp-result', ...result }, location.origin);

try {
  await import('/dist/policy-widgets.js');
  // Every element on the page that the drop-in defined (src/elements.json lists them; the page holds each once).
  const elements = [...document.body.querySelectorAll('*')].filter((element) => customElements.get(element.localName));
  await Promise.all(elements.map(settled));
  const images = [...document.querySelector('policy-news').shadowRoot.querySelectorAll('img')];
  // The images load lazily, and not at all in a background tab: ask for them now, so img-src is exercised.
  for (const image of images) image.loading = 'eager';
  await Promise.all(images.map((image) => image.decode().catch(() => undefined)));
  const widgetViolations = [...violations];

  // Controls: the policy is in force, and its violations do reach the listener above.
  const style = document.createElement('style');
  style.textContent = '#inline-style-probe { background-color: rgb(4, 5, 6) }';
  document.head.append(style);
  const probe = getComputedStyle(document.getElementById('inline-style-probe'));
  const inlineStylesApplied = [probe.color === 'rgb(1, 2, 3)', probe.backgroundColor === 'rgb(4, 5, 6)'];
  let evalBlocked = false;
  try {
    new Function('return 1')();
  } catch {
    evalBlocked = true;
  }
  let trustedTypesEnforced = false;
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    trustedTypesEnforced = true;
  }
  await new Promise((resolve) => setTimeout(resolve, 50));

  report({
    states: elements.map((element) => `${element.localName}:${element.getAttribute('state')}`),
    texts: elements.map((element) => element.shadowRoot.querySelector('[part~="base"]').innerText),
    imagesLoaded: images.map((image) => image.complete && image.naturalWidth > 0),
    widgetViolations,
    controlViolations: violations.slice(widgetViolations.length).map((violation) => violation.split(':')[0]),
    inlineScriptRan: window.inlineScriptRan === true,
    inlineStylesApplied,
    evalBlocked,
    trustedTypesEnforced,
  });
} catch (error) {
  report({ error: String(error), widgetViolations: violations });
}
