// The demo partner page (index.html, demo/demo.js): its locale switch puts the page's own headings in the
// topic section into the chosen language, as it does the elements there.
import { expect, waitUntil } from '@open-wc/testing';
import { TAGS } from './helpers.js';

async function openDemo(lang: string) {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 1024px; height: 700px';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `/index.html?lang=${lang}`;
  document.body.append(frame);
  await loaded;
  const topic = frame.contentDocument!.querySelector<HTMLElement>('#topic')!;
  await waitUntil(() => topic.lang === lang, `the topic section never became ${lang}`, { timeout: 8000 });
  return { frame, topic };
}

describe('the demo page', () => {
  for (const [lang, news] of [['en', 'News'], ['nb', 'Nyheter'], ['nn', 'Nyheiter'], ['se', 'Ođđasat']]) {
    it(`shows its own headings in ${lang} when the switch is on ${lang}`, async () => {
      const { frame, topic } = await openDemo(lang);
      try {
        const headings = [...topic.querySelectorAll('h2, h3')].filter((heading) => !heading.closest(TAGS.join(', ')));
        expect(headings.map((heading) => heading.textContent)).to.include(news);
        if (lang !== 'en') expect(headings.map((heading) => heading.textContent)).to.not.include('News');
      } finally {
        frame.remove();
      }
    });
  }
});
