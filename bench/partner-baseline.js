// The hand-written fetch-and-render of bench/partner-baseline.html: the same feed, markup and CSS as the
// widget (bench/run.mjs copies the CSS out of the build), with no framework.
import { renderBaseline } from './baseline.js';
import cssText from './results/baseline-styles.js';

const host = document.getElementById('block');
const sheet = new CSSStyleSheet();
sheet.replaceSync(cssText);
const response = await fetch(host.dataset.src, { credentials: 'omit' });
const feed = await response.json();
renderBaseline(host, feed, { limit: 5, base: response.url, sheets: [sheet] });
window.bench.done(host);
