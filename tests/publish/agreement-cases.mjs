// One table of feeds that holds three validators to the same verdicts: the JSON Schema
// (docs/policy-feed.schema.json, through ajv), `policy-widgets validate`, and the widgets' own
// validateFeed (src/data/validate.ts), in Node (tests/publish/agreement.test.mjs) and in a real browser
// (tests/publish-agreement.test.ts).
//
// Each case says whether the feed is valid (schema and CLI), which items the widgets leave out
// (`skipped`: indexes into items), and whether the widgets refuse the whole document (`refused`).
// The promise: a feed that passes `validate` renders whole, and every item the widgets leave out is one
// the validator reports at its own JSON Pointer. The schema may be stricter than the widgets (they read
// leniently), never looser.

const VERSION = 'https://jsonfeed.org/version/1.1';
const good = { id: 'a', title: 'Good item', url: 'https://example.org/a', date_published: '2016-09-28T11:00:00+02:00' };

/** @type {{ name: string, feed: unknown, valid: boolean, skipped?: number[], refused?: boolean, pointers?: string[] }[]} */
export const CASES = [
  { name: 'a minimal feed', feed: { version: VERSION, title: 'T', items: [] }, valid: true },
  {
    name: 'a full feed with every _policy field',
    feed: {
      version: VERSION,
      title: 'Sikkerhetspolitikk',
      description: 'Intro',
      home_page_url: 'https://www.regjeringen.no/no/tema/',
      language: 'nb',
      _policy: { publisher: { name: 'UD', url: 'https://www.regjeringen.no/' }, government: { name: 'Regjeringen Støre', current: true } },
      items: [
        {
          ...good,
          language: 'nn',
          tags: ['NATO'],
          _policy: {
            type: 'speech',
            speaker: { name: 'Børge Brende', role: 'Utenriksminister' },
            event: { name: 'Energy Security Summit', location: 'Stavanger' },
            image: { url: '/bilde.jpg', alt: '', caption: 'Bildetekst', caption_lang: 'en', credit: 'UD', width: 1200, height: 800 },
            document: { label: 'Meld. St. 37 (2014–2015)', subtitle: 'Undertittel' },
          },
        },
      ],
    },
    valid: true,
  },
  { name: 'an unknown item type', feed: { version: VERSION, title: 'T', items: [{ ...good, _policy: { type: 'podcast' } }] }, valid: true },
  { name: 'no items array', feed: { version: VERSION, title: 'T' }, valid: false, refused: true, pointers: ['/'] },
  { name: 'not an object', feed: ['items'], valid: false, refused: true, pointers: ['/'] },
  {
    name: 'an item without id',
    feed: { version: VERSION, title: 'T', items: [good, { title: 'No id' }] },
    valid: false,
    skipped: [1],
    pointers: ['/items/1'],
  },
  {
    name: 'an item without title',
    feed: { version: VERSION, title: 'T', items: [{ id: 'x' }, good] },
    valid: false,
    skipped: [0],
    pointers: ['/items/0'],
  },
  {
    name: 'a blank title',
    feed: { version: VERSION, title: 'T', items: [good, { id: 'b', title: '   ' }] },
    valid: false,
    skipped: [1],
    pointers: ['/items/1/title', '/items/1'],
  },
  {
    name: 'a blank id',
    feed: { version: VERSION, title: 'T', items: [{ ...good, id: ' ' }, { ...good, id: 'b' }] },
    valid: false,
    skipped: [0],
    pointers: ['/items/0/id', '/items/0'],
  },
  {
    name: 'a number where text belongs',
    feed: { version: VERSION, title: 'T', items: [{ ...good, summary: 42 }] },
    valid: false,
    skipped: [0],
    pointers: ['/items/0/summary', '/items/0'],
  },
  {
    name: 'tags that are not all strings',
    feed: { version: VERSION, title: 'T', items: [good, { ...good, id: 'c', tags: ['ok', 1] }] },
    valid: false,
    skipped: [1],
    pointers: ['/items/1/tags/1', '/items/1'],
  },
  {
    name: 'a javascript: link (the widgets drop the link, keep the item)',
    feed: { version: VERSION, title: 'T', items: [{ ...good, url: 'javascript:alert(1)' }] },
    valid: false,
    pointers: ['/items/0/url'],
  },
  {
    name: 'a date that is not RFC 3339 (the widgets keep the item)',
    feed: { version: VERSION, title: 'T', items: [{ ...good, date_published: '28.09.2016' }] },
    valid: false,
    pointers: ['/items/0/date_published'],
  },
  {
    name: 'an image without alt (the schema asks for alt; the widgets show it as decorative)',
    feed: { version: VERSION, title: 'T', items: [{ ...good, _policy: { image: { url: 'https://example.org/i.jpg' } } }] },
    valid: false,
    pointers: ['/items/0/_policy/image'],
  },
  {
    name: 'a feed without title (the widgets still render its items)',
    feed: { version: VERSION, items: [good] },
    valid: false,
    pointers: ['/'],
  },
  {
    name: 'a government whose current is a string',
    feed: { version: VERSION, title: 'T', _policy: { government: { name: 'G', current: 'no' } }, items: [good] },
    valid: false,
    pointers: ['/_policy/government/current'],
  },
];
