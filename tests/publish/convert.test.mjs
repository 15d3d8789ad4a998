// `policy-widgets convert` on each input kind, as a publisher runs it: real files, a real HTTP server,
// the feed on stdout, warnings and errors on stderr. Each output also passes `policy-widgets validate`.
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { cli, convertToFeed, fixture } from './cli.mjs';
import { GOVUK_FILES } from './site.mjs';

const dir = mkdtempSync(join(tmpdir(), 'policy-widgets-convert-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const GOVUK = GOVUK_FILES.map((name) => fixture(`govuk/${name}`));

const byId = (feed, id) => feed.items.find((item) => item.id === id);

/** The feed passes the same validation the widgets apply, and `validate` says so. */
async function assertValid(feed) {
  const file = join(dir, `out-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(file, JSON.stringify(feed));
  const result = await cli(['validate', file]);
  assert.equal(result.code, 0, `validate: ${result.stderr}`);
  assert.equal(result.stdout, 'valid\n');
}

test('RSS 2.0 from regjeringen.no: Norwegian text, entities, media, relative links, types from categories', async () => {
  const { feed, warnings } = await convertToFeed([fixture('rss/regjeringen-taler.xml'), '--config', fixture('config/regjeringen.json')]);
  assert.equal(feed.title, 'Taler og artikler – Utenriksdepartementet');
  assert.equal(feed.language, 'nb-NO', 'dc:language');
  assert.deepEqual(feed._policy.publisher, { name: 'Utenriksdepartementet', url: 'https://www.regjeringen.no/no/dep/ud/id833/' });
  const speech = byId(feed, 'https://www.regjeringen.no/id2512345');
  assert.equal(speech.url, 'https://www.regjeringen.no/no/aktuelt/tale-energisikkerhet/id2512345/', 'relative link resolved');
  assert.equal(speech.summary, 'Utenriksminister Børge Brende om energisikkerhet & Europas forsyningssikkerhet.', 'markup stripped, entities decoded');
  assert.equal(speech.date_published, '2016-09-28T09:00:00Z', 'RFC 822 to RFC 3339');
  assert.equal(speech._policy.type, 'speech', 'type rule by category');
  assert.deepEqual(speech._policy.image, {
    url: 'https://www.regjeringen.no/contentassets/brende-stavanger.jpg',
    alt: 'Børge Brende på talerstolen i Stavanger',
    credit: 'Rune Bjåstad, UD',
    width: 1200,
    height: 800,
  });
  const article = byId(feed, 'https://www.regjeringen.no/no/aktuelt/nato70/id2634567/');
  assert.equal(article.title, 'Innlegg: Norge & NATO – 70 år', 'CDATA title');
  assert.equal(article.summary, 'Da Norge var med å grunnlegge NATO i 1949, var det et valg om sikkerhet. Alliansen er fortsatt hjørnesteinen.', 'content:encoded as text, script dropped, whitespace collapsed');
  assert.equal(article.language, 'nn', "the item's own dc:language");
  assert.equal(article.image, 'https://www.regjeringen.no/contentassets/nato70.jpg', 'an enclosure has no alt: plain image');
  assert.equal(article._policy.type, 'article');
  assert.deepEqual(feed.items.map((item) => item.date_published), ['2019-04-04T08:00:00Z', '2016-09-28T09:00:00Z'], 'newest first');
  assert.deepEqual(warnings, [
    'warning: skipped Tale uten lenke: no id and no http(s) link',
    'warning: skipped https://www.regjeringen.no/id2600001: no title',
  ]);
  await assertValid(feed);
});

test('an RSS feed in ISO-8859-1 is read in its declared encoding', async () => {
  const { feed } = await convertToFeed([fixture('rss/kommune-latin1.xml')]);
  assert.equal(feed.items[0].title, 'Tørke: forbud mot bålbrenning i skog og mark');
  assert.equal(feed.items[0].summary, 'Brannvesenet innfører totalforbud mot åpen ild.');
});

test("--config types regjeringen.no's mixed feed by category and by URL, with a default for the rest", async () => {
  const { feed } = await convertToFeed([fixture('rss/regjeringen-pressemeldinger.xml'), '--config', fixture('config/regjeringen.json')]);
  assert.deepEqual(
    feed.items.map((item) => [item.title, item._policy.type]),
    [
      ['Norge øker støtten til Ukraina', 'press-release'],
      ['Meld. St. 9 (2024–2025) Forsvarets rolle', 'white-paper'],
      ['Statssekretær besøker Litauen', 'news'],
    ],
  );
  assert.deepEqual(feed.items[1]._policy.document, { label: 'Meld. St. 9 (2024–2025)' }, "the white-paper rule's label, from the title");
  assert.equal(feed.items[0]._policy.document, undefined, 'a rule without a label gives none');
  assert.deepEqual(feed._policy.government, { name: 'Regjeringen Støre', current: true });
  const { feed: untyped } = await convertToFeed([fixture('rss/regjeringen-pressemeldinger.xml')]);
  assert.deepEqual(untyped.items.map((item) => item._policy), feed.items.map(() => undefined), 'without --config, RSS items have no type');
  await assertValid(feed);
});

test('Atom 1.0: xml:lang on the feed and an entry, xml:base on both, HTML summaries and content', async () => {
  const { feed, warnings } = await convertToFeed([fixture('atom/regjeringen-tema.atom')]);
  assert.equal(feed.language, 'nn');
  assert.equal(feed.description, 'Om tryggingspolitikken til regjeringa');
  assert.equal(feed.home_page_url, 'https://www.regjeringen.no/nn/tema/utanrikssaker/tryggingspolitikk/id1151/');
  const [first, second] = feed.items;
  assert.equal(first.url, 'https://www.regjeringen.no/nn/aktuelt/strategi/id3100001/', "resolved against the feed's xml:base");
  assert.equal(first.summary, 'Regjeringa legg fram ein ny strategi.');
  assert.equal(first.date_modified, '2025-11-21T11:30:00Z');
  assert.equal(first.language, undefined, "inherits the feed's language");
  assert.equal(second.url, 'https://www.regjeringen.no/no/aktuelt/bodo/id3100002/', "resolved against the entry's xml:base");
  assert.equal(second.language, 'nb');
  assert.equal(second.summary, 'Forsvarsministeren besøkte Bodø hovedflystasjon.', 'content, as text, when there is no summary');
  assert.equal(second.image, 'https://www.regjeringen.no/contentassets/bodo.jpg');
  assert.deepEqual(warnings, ['warning: skipped Utan id og lenke: no id and no http(s) link']);
  await assertValid(feed);
});

test('JSON Feed 1.0: numeric ids, content_html as summary, relative URLs against feed_url, bad dates dropped', async () => {
  const { feed, warnings } = await convertToFeed([fixture('json-feed/kommune-1.0.json')]);
  assert.equal(feed.version, 'https://jsonfeed.org/version/1.1');
  const [first, second] = feed.items;
  assert.equal(first.id, '4711');
  assert.equal(first.summary, 'DSB anbefaler at alle husstander har egenberedskap for en uke.');
  assert.equal(first.image, 'https://www.eksempel.kommune.no/bilder/beredskap.jpg');
  assert.equal(second.date_modified, undefined, '"not a date" is dropped, not passed on');
  assert.deepEqual(warnings, ['warning: skipped mikroinnlegg: no title']);
  await assertValid(feed);
});

test('JSON Feed 1.1 with _policy passes through whole: our own feeds convert to themselves', async () => {
  const source = fixture('../../../stories/fixtures/feeds/security-policy.en.json');
  const original = JSON.parse(readFileSync(source, 'utf8'));
  const { feed } = await convertToFeed([source]);
  assert.deepEqual(feed._policy, original._policy);
  const speech = original.items.find((item) => item._policy?.speaker);
  assert.deepEqual(byId(feed, speech.id)._policy, speech._policy);
  assert.equal(feed.items.length, original.items.length);
});

test('GOV.UK Content API items: the topical event heads the feed; type, speaker, event, image and date per item', async () => {
  const { feed, warnings } = await convertToFeed(GOVUK);
  assert.deepEqual(warnings, []);
  assert.equal(feed.title, 'Ebola virus: UK government response');
  assert.equal(feed.home_page_url, 'https://www.gov.uk/government/topical-events/ebola-virus-government-response');
  assert.equal(feed.description, undefined, 'its empty description is left out');
  assert.equal(feed.language, 'en');
  assert.equal(feed.items.length, 9);
  const speech = byId(feed, 'b22d5555-096a-4793-9f4d-779644191054');
  assert.deepEqual(speech._policy.speaker, { name: 'The Rt Hon Andrea Leadsom MP' });
  assert.deepEqual(speech._policy.event, {
    location: "Women in Nuclear UK Conference, Church House Conference Centre, Dean's Yard, Westminster, London",
  });
  assert.equal(speech.date_published, '2016-02-02T00:00:00Z', 'a speech is dated the day it was delivered');
  assert.equal(speech.url, 'https://www.gov.uk/government/speeches/andrea-leadsoms-speech-at-women-in-nuclear-uk-conference');
  const statement = byId(feed, '5f4a6aac-7631-11e4-a3cb-005056011aef');
  assert.equal(statement._policy.type, 'statement', 'written_statement');
  assert.deepEqual(statement._policy.speaker, { name: 'Robert Goodwill MP', role: 'Parliamentary Under Secretary of State for Transport' });
  assert.equal(statement._policy.image.url, 'https://www.gov.uk/government/uploads/system/uploads/person/image/415/Robert_Goodwill.jpg', 'relative image path resolved');
  const christmas = byId(feed, 'd0ee80cd-ed7a-4b04-b60f-3be2f03693af');
  assert.equal(christmas._policy.type, 'news', 'news_story');
  assert.deepEqual(christmas._policy.image, {
    url: 'https://assets.publishing.service.gov.uk/government/uploads/system/uploads/image_data/file/59695/s960_Christmas.jpg',
    alt: 'Christmas',
    credit: 'Number 10 elf, Published under Creative Commons',
  });
  assert.equal(christmas._policy.speaker, undefined, 'a news story has no speaker');
  const captioned = byId(feed, 'b4091e0f-1286-4fb5-8ec2-bff944ba1a5c');
  assert.equal(captioned._policy.image.alt, '', 'GOV.UK marked it decorative');
  assert.equal(captioned._policy.image.caption, 'British High Commissioner, Jane Marriott CMG OBE with Chief Guest, Ahsan Iqbal at the Islamabad KBP.');
  assert.equal(captioned.summary.endsWith('Karachi.'), true, 'trailing white space trimmed');
  assert.equal(byId(feed, '4ae92ddf-5ba6-4ec4-a7d5-7648ea4c9ffd')._policy.type, 'press-release');
  assert.equal(byId(feed, '5f5cdf9d-7631-11e4-a3cb-005056011aef')._policy.type, 'white-paper', 'policy_paper');
  assert.equal(byId(feed, '223d5519-da25-4210-8fec-52d77a7d2af6')._policy, undefined, 'a notice has no type of ours');
  assert.equal(feed._policy, undefined, 'items of several governments and publishers: the feed claims none');
  await assertValid(feed);
});

test('GOV.UK history mode: a political item of a government no longer in office marks the feed current: false', async () => {
  // details.government of this item says current: true, a snapshot from when it was published; its link says false.
  const govuk = (name) => convertToFeed([fixture(`govuk/${name}`), '--config', fixture('config/govuk.json')]);
  const { feed } = await govuk('speech__best-practice-written-statement.json');
  assert.deepEqual(feed._policy.government, { name: '2010 to 2015 Conservative and Liberal Democrat coalition government', current: false });
  assert.deepEqual(feed._policy.publisher, { name: 'Department for Transport', url: 'https://www.gov.uk/government/organisations/department-for-transport' });
  const { feed: current } = await govuk('speech__speech.json');
  assert.deepEqual(current._policy.government, { name: '2015 Conservative government', current: true });
  const { feed: unpolitical } = await govuk('publication__best-practice-policy-paper.json');
  assert.equal(unpolitical.title, 'Transport: speeches and statements', 'without a topical event, the config names the feed');
  assert.equal(unpolitical._policy?.government, undefined, 'history mode is for political content only');
});

test("a config rule wins over the source's own type; the default only fills in", async () => {
  const config = write('rule-over-source.json', JSON.stringify({ title: 'T', type: 'report', type_rules: [{ url: '/government/news/modern-life', type: 'news' }] }));
  const { feed } = await convertToFeed([fixture('govuk/news_article__news_article_press_release.json'), fixture('govuk/speech__speech.json'), fixture('govuk/publication__publication.json'), '--config', config]);
  assert.deepEqual(
    feed.items.map((item) => item._policy?.type),
    ['news', 'report', 'speech'],
    'press_release turned news by the rule; the notice, untyped by GOV.UK, gets the default; the speech keeps its type',
  );
});

test('WordPress REST posts with _embed: entities in titles, featured media with alt text, terms typed by --config', async () => {
  // In Oslo's time zone, as a Norwegian publisher's server would be: date_gmt must still be read as UTC.
  const { feed, warnings } = await convertToFeed([fixture('wordpress/posts-embed.json'), '--config', fixture('config/wordpress.json')], {
    env: { TZ: 'Europe/Oslo' },
  });
  assert.equal(feed.title, 'Samfunnssikkerhet i Eksempel kommune', 'from --config: WordPress posts carry no feed title');
  assert.equal(feed.language, 'nb');
  const [plan, drill] = feed.items;
  assert.equal(plan.title, 'Beredskapsplan 2025–2028 vedtatt', '&#8211; decoded');
  assert.equal(plan.summary, 'Kommunestyret vedtok planen «Trygg kommune» i går […]');
  assert.equal(plan.date_published, '2025-11-12T13:15:00Z', 'date_gmt is UTC');
  assert.deepEqual(plan.tags, ['Samfunnssikkerhet', 'Pressemelding']);
  assert.equal(plan._policy.type, 'press-release', 'type rule by a WordPress tag');
  assert.deepEqual(plan._policy.image, {
    url: 'https://www.eksempel.kommune.no/wp-content/uploads/2025/11/kommunestyret.jpg',
    alt: 'Kommunestyresalen i Eksempel kommune',
    caption: 'Kommunestyret i møte. Foto: Kari Nordmann',
    width: 1024,
    height: 683,
  });
  assert.equal(drill.title, '“Øvelse strømstans” & evakuering');
  assert.equal(drill._policy.type, 'news');
  assert.equal(drill._policy.image, undefined, 'no alt text written: not claimed as decorative');
  assert.equal(drill.image, 'https://www.eksempel.kommune.no/wp-content/uploads/2025/10/ovelse.jpg');
  assert.deepEqual(warnings, ['warning: skipped https://www.eksempel.kommune.no/?p=480: no title']);
  await assertValid(feed);
});

test('WordPress posts and no title in the config: the feed is named after the site, with a warning, not refused', async () => {
  const result = await cli(['convert', fixture('wordpress/posts.json')]);
  assert.equal(result.code, 0, result.stderr);
  assert.equal(JSON.parse(result.stdout).title, 'www.eksempel.kommune.no');
  assert.deepEqual(result.lines.filter((line) => !line.includes('skipped')), [
    'warning: no feed title in the sources or the config: "www.eksempel.kommune.no", the host of the posts\' links, stands in; set "title" in the config',
  ]);
});

test('WordPress REST posts without _embed: the same items, without images or term names', async () => {
  const { feed } = await convertToFeed([fixture('wordpress/posts.json'), '--config', fixture('config/wordpress.json')]);
  assert.deepEqual(feed.items.map((item) => item.title), ['Beredskapsplan 2025–2028 vedtatt', '“Øvelse strømstans” & evakuering']);
  assert.ok(feed.items.every((item) => !item.image && !item.tags && item._policy.type === 'news'));
  await assertValid(feed);
});

test('several inputs of different kinds merge into one feed, newest first, de-duplicated by id', async () => {
  const { feed } = await convertToFeed([fixture('atom/regjeringen-tema.atom'), fixture('rss/regjeringen-pressemeldinger.xml'), fixture('atom/regjeringen-tema.atom')]);
  assert.equal(feed.title, 'Tryggingspolitikk', 'feed fields from the first input');
  assert.equal(feed.items.length, 5);
  const dates = feed.items.map((item) => Date.parse(item.date_published));
  assert.deepEqual(dates, [...dates].sort((a, b) => b - a));
  assert.equal(feed.items.find((item) => item.title === 'Norge øker støtten til Ukraina').language, 'no', "an item in another language than the feed's says so");
  const { feed: named } = await convertToFeed(['--from', 'govuk', fixture('govuk/speech__speech.json'), '--config', fixture('config/govuk.json')]);
  assert.equal(named.items.length, 1);
});

test('--out writes the feed to a file instead of stdout', async () => {
  const out = join(dir, 'written.json');
  const result = await cli(['convert', fixture('atom/regjeringen-tema.atom'), '--out', out]);
  assert.equal(result.code, 0);
  assert.equal(result.stdout, '');
  assert.equal(JSON.parse(readFileSync(out, 'utf8')).title, 'Tryggingspolitikk');
});

let server;
let origin;
let closedPort;
before(async () => {
  const probe = createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  closedPort = probe.address().port;
  await new Promise((resolve) => probe.close(resolve));
  server = createServer((request, response) => {
    if (request.url === '/rss/taler.xml') {
      response.writeHead(200, { 'content-type': 'application/rss+xml' });
      response.end(readFileSync(fixture('rss/regjeringen-taler.xml')));
    } else if (request.url === '/latin1.xml') {
      // The HTTP charset names the encoding; the document itself does not.
      response.writeHead(200, { 'content-type': 'text/xml; charset=ISO-8859-1' });
      response.end(readFileSync(fixture('rss/kommune-latin1.xml'), 'latin1').replace(' encoding="ISO-8859-1"', ''), 'latin1');
    } else {
      response.writeHead(404).end('not here');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(() => server?.close());

test('an http(s) URL is fetched, and relative links resolve against it', async () => {
  const { feed } = await convertToFeed([`${origin}/rss/taler.xml`]);
  assert.equal(byId(feed, 'https://www.regjeringen.no/id2512345').url, `${origin}/no/aktuelt/tale-energisikkerhet/id2512345/`);
});

test('a fetched feed is read in the charset its Content-Type names', async () => {
  const { feed } = await convertToFeed([`${origin}/latin1.xml`]);
  assert.equal(feed.items[0].title, 'Tørke: forbud mot bålbrenning i skog og mark');
});

const ERRORS = [
  ['a missing file', () => ['convert', join(dir, 'nowhere.xml')], /^policy-widgets: .*nowhere\.xml: cannot read: ENOENT$/],
  ['an HTTP error', () => ['convert', `${origin}/missing.xml`], /^policy-widgets: http:\/\/127\.0\.0\.1:\d+\/missing\.xml: HTTP 404 Not Found$/],
  ['a server that does not answer', () => ['convert', `http://127.0.0.1:${closedPort}/feed.xml`], /^policy-widgets: http:\/\/127\.0\.0\.1:\d+\/feed\.xml: cannot fetch: ECONNREFUSED$/],
  ['malformed XML', () => ['convert', write('broken.xml', '<rss><channel><title>x</channel></rss>')], /broken\.xml: not well-formed or unsafe XML: Expected closing tag 'title'/],
  ['neither XML nor JSON', () => ['convert', write('text.txt', 'hello')], /text\.txt: neither XML nor JSON: /],
  ['an unknown XML format', () => ['convert', write('rdf.xml', '<rdf:RDF xmlns:rdf="x"/>')], /rdf\.xml: cannot tell the format .*; name it with --from$/],
  ['the wrong --from', () => ['convert', '--from', 'rss', fixture('govuk/speech__speech.json')], /speech__speech\.json: not rss: the document is JSON$/],
  ['an unknown --from', () => ['convert', '--from', 'csv', fixture('govuk/speech__speech.json')], /^policy-widgets: --from must be one of rss, atom, json-feed, govuk, wordpress, not "csv"$/],
  ['a config with an unknown field', () => ['convert', fixture('atom/regjeringen-tema.atom'), '--config', write('bad-config.json', '{"tpye": "news"}')], /bad-config\.json: \/: unknown field "tpye"$/],
  ['a config with a bad rule', () => ['convert', fixture('atom/regjeringen-tema.atom'), '--config', write('bad-rule.json', '{"type_rules": [{"url": "(", "type": "news"}]}')], /bad-rule\.json: \/type_rules\/0\/url: must match format "regex"$/],
  ['no input', () => ['convert'], /^policy-widgets: convert needs at least one input/],
  ['an unknown option', () => ['convert', '--form', 'rss', 'x.xml'], /^policy-widgets: Unknown option '--form'/],
  ['an unknown command', () => ['publish'], /^policy-widgets: unknown command "publish"; try --help$/],
];

function write(name, text) {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

for (const [name, args, message] of ERRORS) {
  test(`bad input, ${name}: exit 1 with one line that says why, no stack trace`, async () => {
    const result = await cli(args());
    assert.equal(result.code, 1);
    assert.equal(result.stdout, '');
    assert.match(result.lines[0], message);
    assert.doesNotMatch(result.stderr, /\n\s+at /);
    // An unknown option also prints the usage, on a second line.
    assert.ok(result.lines.length <= 2, result.stderr);
  });
}

test("--help lists every command; a command's --help gives its usage", async () => {
  const all = await cli(['--help']);
  assert.equal(all.code, 0);
  for (const command of ['convert', 'validate', 'build']) assert.match(all.stdout, new RegExp(`policy-widgets ${command} `));
  const one = await cli(['build', '--help']);
  assert.equal(one.code, 0);
  assert.match(one.stdout, /^usage: policy-widgets build <site-config> --out DIR/);
});
