// The demo page's own script: its locale switch sets `lang` on the topic section,
// and points the topic's elements at the feed for that language.
const topic = document.querySelector('#topic');
const feedLanguage = { en: 'en', nb: 'nb', nn: 'nn', se: 'nb' };

function show(locale) {
  topic.lang = locale;
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
show(new URLSearchParams(location.search).get('lang') ?? 'en');
