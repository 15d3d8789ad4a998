// A site config over every input kind, written with its sources into a fresh temporary folder, as a
// publisher's repository would hold them.
import { chmodSync, cpSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FIXTURES } from './cli.mjs';

/** The GOV.UK Content API items in fixtures/govuk/: real items from GOV.UK, copied as they are. */
export const GOVUK_FILES = [
  'topical_event__ebola-virus-government-response.json',
  'speech__speech.json',
  'speech__best-practice-written-statement.json',
  'news_article__news_article.json',
  'news_article__best-practice-news-story.json',
  'news_article__news_article_press_release.json',
  'news_article__news_article_with_image_caption.json',
  'publication__best-practice-policy-paper.json',
  'publication__publication.json',
  'document_collection__document_collection.json',
];

/** Copies the fixtures into a new folder and writes `site.json` there; returns the folder and the paths. */
export function makeSite(extra = {}) {
  const root = mkdtempSync(join(tmpdir(), 'policy-widgets-site-'));
  // nginx's workers run as nobody: the folders down to the feeds must be readable by all.
  chmodSync(root, 0o755);
  cpSync(FIXTURES, join(root, 'sources'), { recursive: true });
  const regjeringen = {
    publisher: { name: 'Utenriksdepartementet', url: 'https://www.regjeringen.no/no/dep/ud/id833/' },
    government: { name: 'Regjeringen Støre', current: true },
    type_rules: [
      { category: 'Pressemelding', type: 'press-release' },
      { category: 'Artikkel', type: 'article' },
      { url: '/dokumenter/meld\\.-st\\.', type: 'white-paper' },
    ],
  };
  const site = {
    page_size: 3,
    cache: { max_age: 60, stale_while_revalidate: 600 },
    topics: {
      'security-policy': {
        ...regjeringen,
        type: 'news',
        locales: {
          nb: {
            title: 'Sikkerhetspolitikk',
            sources: ['sources/rss/regjeringen-pressemeldinger.xml', { url: 'sources/rss/regjeringen-taler.xml', type: 'speech' }],
          },
          nn: { sources: ['sources/atom/regjeringen-tema.atom'] },
        },
      },
      ebola: { locales: { en: { sources: GOVUK_FILES.map((file) => `sources/govuk/${file}`) } } },
      beredskap: {
        locales: {
          nb: {
            title: 'Beredskap i Eksempel kommune',
            publisher: { name: 'Eksempel kommune', url: 'https://www.eksempel.kommune.no/' },
            type: 'news',
            type_rules: [{ category: 'Pressemelding', type: 'press-release' }],
            sources: ['sources/json-feed/kommune-1.0.json', 'sources/wordpress/posts-embed.json'],
          },
        },
      },
    },
    ...extra,
  };
  const config = join(root, 'site.json');
  writeFileSync(config, JSON.stringify(site, null, 2));
  return { root, config, out: join(root, 'out'), site };
}
