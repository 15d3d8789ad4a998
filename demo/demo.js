// The demo page's own script: its locale switch sets `lang` on the topic section, points the topic's
// elements at the feed for that language, and puts the page's own headings there into that language too.
// It also marks which rendering is shown (prerendered or script only) and sets the slow feed's src.
const topic = document.querySelector('#topic');
const feedLanguage = { en: 'en', nb: 'nb', nn: 'nn', se: 'nb' };
/** The page's own text inside the topic section (`data-text`), in each locale the switch offers. */
const TEXT = {
  topicHeading: { en: 'The topic page, rebuilt', nb: 'Temasiden, bygd opp på nytt', nn: 'Temasida, bygd opp på nytt', se: 'Fáddásiidu, ođđasit huksejuvvon' },
  news: { en: 'News', nb: 'Nyheter', nn: 'Nyheiter', se: 'Ođđasat' },
};

function show(locale) {
  topic.lang = locale;
  for (const node of topic.querySelectorAll('[data-text]')) node.textContent = TEXT[node.dataset.text][locale];
  for (const element of topic.querySelectorAll('[data-feed]')) {
    element.src = `/stories/fixtures/feeds/security-policy.${feedLanguage[locale]}.json`;
  }
  for (const button of document.querySelectorAll('[data-locale]')) {
    button.setAttribute('aria-pressed', String(button.dataset.locale === locale));
  }
}

for (const button of document.querySelectorAll('[data-locale]')) {
  button.addEventListener('click', () => show(button.dataset.locale));
}
const params = new URLSearchParams(location.search);
// The HTML is in English, as the server prerendered it; another language is the script's to set.
if (params.has('lang')) show(params.get('lang'));

// Which rendering this is: the server prerenders the page unless asked for `?script-only`.
const rendering = params.has('script-only') ? 'script-only' : 'prerendered';
for (const element of document.querySelectorAll('[data-rendering]')) {
  if (element.localName === 'a') {
    if (element.dataset.rendering === rendering) element.setAttribute('aria-current', 'page');
    else element.removeAttribute('aria-current');
  }
  else element.hidden = element.dataset.rendering !== rendering;
}

// A feed that is slow to answer, given by script: the server cannot prerender what the HTML does not say.
for (const element of document.querySelectorAll('[data-slow-src]')) element.src = element.dataset.slowSrc;
