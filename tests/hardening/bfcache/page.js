// Loaded by tests/hardening/lifecycle.test.ts: renders a feed, leaves for away.html
// (which goes back), and reports over a BroadcastChannel what the restored page shows.
const params = new URLSearchParams(location.search);
const channel = new BroadcastChannel(params.get('channel'));
const news = document.querySelector('policy-news');
const settled = () =>
  new Promise((resolve) => {
    const check = () => news.getAttribute('state') !== 'loading' && news.hasAttribute('state') && resolve();
    new MutationObserver(check).observe(news, { attributes: true, attributeFilter: ['state'] });
    check();
  });
let loads = 0;
news.addEventListener('policy-load', () => loads++);

window.addEventListener('pageshow', async (event) => {
  const back = performance.getEntriesByType('navigation')[0].type === 'back_forward';
  if (!event.persisted && !back) return;
  await settled();
  channel.postMessage({
    phase: 'restored',
    persisted: event.persisted,
    state: news.getAttribute('state'),
    text: news.shadowRoot.textContent,
    loads,
  });
});

await import('/dist/policy-widgets.js');
news.src = params.get('src');
if (performance.getEntriesByType('navigation')[0].type !== 'back_forward') {
  // Leave at once when asked to, while the feed is still on its way; else once it has rendered.
  if (!params.has('leave-early')) await settled();
  // A navigation before the load event would replace this history entry instead of adding one.
  if (document.readyState !== 'complete') await new Promise((resolve) => addEventListener('load', resolve));
  await new Promise((resolve) => setTimeout(resolve));
  channel.postMessage({ phase: 'left', state: news.getAttribute('state') });
  location.href = `away.html?channel=${params.get('channel')}`;
}
