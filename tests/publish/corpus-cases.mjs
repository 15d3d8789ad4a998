// The conversion corpus: feeds written from the format specifications (RSS 0.90, 0.91, 0.92, 2.0, RSS 1.0,
// Dublin Core, Atom 0.3, RFC 4287 Atom 1.0, JSON Feed 1.0/1.1) in the shapes real publishers serve
// (regjeringen.no, WordPress, Blogger, FeedBurner, GOV.UK), each with the output its format's rules call
// for, worked out by hand from those rules and not taken from the converter. tests/publish/corpus.test.mjs
// converts each through the command line and counts the fields that agree.
//
// A case lists the feed fields and, per item (newest first), the item fields it expects; an item with other
// fields than those listed disagrees. `warnings` are patterns each of which a stderr line must match; no
// other warning may appear. `error` is the one line an input that must be refused gives.

const NBSP = '\u00a0';
const SHY = '\u00ad';

/** The line a missing feed title gives. */
const derivedTitle = (title, from) =>
  new RegExp(`^warning: no feed title in the sources or the config: "${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}", ${from}, stands in; set "title" in the config$`);
const zoneless = (count, example) => new RegExp(`^warning: .*: ${count} without a time zone read as UTC, e\\.g\\. "${example}"$`);

/**
 * @type {{ format: string, file: string, from?: string, config?: string, feed?: object, items?: object[],
 *   warnings?: RegExp[], error?: RegExp, rule: string }[]}
 */
export const CASES = [
  {
    format: 'RSS 2.0',
    rule: 'escaped HTML, markup left unescaped, CDATA beside text, inline and block elements, HTML entities without a DTD, labels by title and by URL',
    file: 'rss2-regjeringen.xml',
    from: 'rss',
    config: 'regjeringen-labels.json',
    feed: {
      title: 'Dokumenter – Utenriksdepartementet',
      home_page_url: 'https://www.regjeringen.no/no/dep/ud/dokumenter/id2000000/',
      description: 'Meldinger og proposisjoner fra Utenriksdepartementet',
      language: 'nb-NO',
    },
    items: [
      {
        id: 'https://www.regjeringen.no/id3100010',
        url: 'https://www.regjeringen.no/no/aktuelt/nato-i-dag/id3100010/',
        title: 'Norge og NATO i dag',
        summary: `Nord-Norge og CO2-utslipp Overskrift Brødtekst${NBSP}her`,
        date_published: '2025-12-02T09:15:00Z',
        tags: ['Artikkel', `Sikkerhets${SHY}politikk`],
      },
      {
        id: 'https://www.regjeringen.no/no/dokumenter/prop.-1-s-20252026/id3100020/',
        url: 'https://www.regjeringen.no/no/dokumenter/prop.-1-s-20252026/id3100020/',
        title: 'Prop. 1 S (2025–2026) økonomi & forsvar',
        summary: `Budsjett${SHY}forslaget for UD.`,
        date_published: '2025-10-06T08:00:00Z',
        tags: ['Proposisjon til Stortinget'],
        _policy: { type: 'proposition', document: { label: 'Prop. 1 S (2025–2026)' } },
      },
      {
        id: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-37-20142015/id2423414/',
        url: 'https://www.regjeringen.no/no/dokumenter/meld.-st.-37-20142015/id2423414/',
        title: 'Meld. St. 37 (2014–2015) Globale sikkerhetsutfordringer i utenrikspolitikken',
        summary: `Tekst med CDATA midt i og${NBSP}mer – til slutt.`,
        date_published: '2015-06-12T08:00:00Z',
        tags: ['Melding til Stortinget'],
        _policy: { type: 'white-paper', document: { label: 'Meld. St. 37 (2014–2015)' } },
      },
    ],
  },
  {
    format: 'RSS 2.0',
    rule: "WordPress's wp-rss2: CDATA, numeric references, content:encoded standing in for a missing description",
    file: 'rss2-wordpress.xml',
    from: 'rss',
    feed: {
      title: 'Eksempel kommune – Beredskap',
      home_page_url: 'https://www.eksempel.kommune.no/',
      description: 'Samfunnssikkerhet & beredskap',
      language: 'nb-NO',
    },
    items: [
      {
        id: 'https://www.eksempel.kommune.no/?p=512',
        url: 'https://www.eksempel.kommune.no/2025/11/12/beredskapsplan/',
        title: 'Beredskapsplan 2025–2028 vedtatt',
        summary: 'Kommunestyret vedtok planen «Trygg kommune» i går […]',
        date_published: '2025-11-12T13:15:00Z',
        tags: ['Pressemelding', 'Samfunnssikkerhet & beredskap'],
      },
      {
        id: 'https://www.eksempel.kommune.no/?p=498',
        url: 'https://www.eksempel.kommune.no/2025/10/20/ovelse/',
        title: '“Øvelse strømstans” & evakuering',
        summary: `Tirsdag Strømmen går kl.${NBSP}10. Ta med lykt Lad telefonen`,
        date_published: '2025-10-20T06:00:00Z',
        tags: ['Nyhet'],
      },
    ],
  },
  {
    format: 'RSS 2.0',
    rule: "FeedBurner: feedburner:origLink over the proxy link, a guid that is no permalink, an image enclosure, double-escaped text",
    file: 'rss2-feedburner.xml',
    from: 'rss',
    feed: { title: 'Tenketanken', home_page_url: 'https://blogg.tenketanken.no/', description: 'Analyser & kommentarer', language: 'nn' },
    items: [
      {
        id: 'tag:blogger.com,1999:blog-1.post-11',
        url: 'https://blogg.tenketanken.no/2025/11/tryggleik-i-nord.html',
        title: 'Tryggleik i nord',
        summary: 'Om Nord-Noreg og Arktis.',
        date_published: '2025-11-15T18:30:00Z',
        image: 'https://blogg.tenketanken.no/bilete/nord.jpg',
      },
    ],
  },
  {
    format: 'RSS 2.0',
    rule: 'Dublin Core on channel and items (dc:title, dc:description, dc:date, dc:language, dc:subject); zone-less dates read as UTC in Oslo',
    file: 'rss2-dublin-core.xml',
    from: 'rss',
    feed: {
      title: 'Høyringar frå Kommunal- og distriktsdepartementet',
      home_page_url: 'https://www.regjeringen.no/nn/dep/kdd/id504/',
      description: 'Opne høyringar',
      language: 'nn-NO',
    },
    items: [
      {
        id: 'https://www.regjeringen.no/nn/dokument/hoyring-inntektssystem/id3100030/',
        url: 'https://www.regjeringen.no/nn/dokument/hoyring-inntektssystem/id3100030/',
        title: 'Høyring om nytt inntektssystem',
        summary: 'Frist for svar er 1. mars.',
        date_published: '2025-12-01T09:00:00Z',
        tags: ['Kommuneøkonomi', 'Høyring'],
      },
      {
        id: 'https://www.regjeringen.no/nn/dokument/hoyring-valloven/id3100031/',
        url: 'https://www.regjeringen.no/nn/dokument/hoyring-valloven/id3100031/',
        title: 'Høyring om valloven',
        summary: 'Endringar i valloven.',
        date_published: '2025-11-27T14:00:00Z',
        language: 'nb',
      },
    ],
    warnings: [zoneless('2 dates', '2025-12-01T09:00:00')],
  },
  {
    format: 'RSS 0.9x',
    rule: "RSS 0.91 with Netscape's DOCTYPE, in ISO-8859-1: items known by their link, HTML's named entities",
    file: 'rss091-netscape.xml',
    from: 'rss',
    feed: { title: 'Eksempel kommune – nyheter', home_page_url: 'http://www.eksempel.kommune.no/', description: 'Nyheter fra rådhuset', language: 'no' },
    items: [
      {
        id: 'http://www.eksempel.kommune.no/nyheter/bru.html',
        url: 'http://www.eksempel.kommune.no/nyheter/bru.html',
        title: 'Brønnøysund bru stengt',
        summary: 'Brua er stengt til fredag…',
      },
    ],
  },
  {
    format: 'RSS 0.9x',
    rule: "RSS 0.92 without a channel title: named after the channel link's host, with a warning",
    file: 'rss092-untitled.xml',
    from: 'rss',
    feed: { title: 'www.eksempel.kommune.no', home_page_url: 'https://www.eksempel.kommune.no/varsler/', description: 'Varsler' },
    items: [
      {
        id: 'https://www.eksempel.kommune.no/varsler/kokevarsel',
        url: 'https://www.eksempel.kommune.no/varsler/kokevarsel',
        title: 'Kokevarsel for Sentrum',
        summary: 'Kok vannet før bruk.',
        tags: ['Vann & avløp'],
      },
    ],
    warnings: [derivedTitle('www.eksempel.kommune.no', "the host of the channel's link")],
  },
  {
    format: 'RSS 2.0',
    rule: 'a channel with neither title nor link: named after the file',
    file: 'rss2-nameless.xml',
    from: 'rss',
    feed: { title: 'rss2-nameless', description: 'Utan namn' },
    items: [{ id: 'https://example.org/innlegg/1', url: 'https://example.org/innlegg/1', title: 'Eitt innlegg', date_published: '2025-12-01T12:00:00Z' }],
    warnings: [derivedTitle('rss2-nameless', "the input's file name")],
  },
  {
    format: 'RSS 1.0',
    rule: 'RDF: items beside the channel, rdf:about as id, Dublin Core dates, language and subjects, content:encoded',
    file: 'rss1-rdf.xml',
    from: 'rss',
    feed: { title: 'Saker i Stortinget', home_page_url: 'https://www.stortinget.example/saker/', description: 'Nye saker & vedtak', language: 'nb' },
    items: [
      {
        id: 'https://www.stortinget.example/saker/102',
        url: 'https://www.stortinget.example/saker/102',
        title: 'Statsbudsjettet 2026',
        summary: 'Budsjettet er vedteke. Saka er avslutta.',
        date_published: '2025-12-04T00:00:00Z',
        tags: ['Budsjett', 'Finans'],
      },
      {
        id: 'https://www.stortinget.example/saker/101',
        url: 'https://www.stortinget.example/saker/101',
        title: 'Endringar i straffeloven',
        summary: 'Innstilling frå justiskomiteen.',
        date_published: '2025-11-28T14:30:00Z',
        tags: ['Justis'],
        language: 'nn',
      },
    ],
    warnings: [zoneless('a date', '2025-12-04')],
  },
  {
    format: 'RSS 1.0',
    rule: "RSS 0.90, Netscape's RDF: an image beside the items is not an item",
    file: 'rss090-netscape.xml',
    from: 'rss',
    feed: { title: 'Fylkesnytt', home_page_url: 'http://www.fylke.example/', description: 'Nytt fra fylket' },
    items: [{ id: 'http://www.fylke.example/nytt/ferje', url: 'http://www.fylke.example/nytt/ferje', title: 'Ny ferjerute' }],
  },
  {
    format: 'Atom 1.0',
    rule: 'text constructs: text (decoded once, nothing stripped), html, xhtml (escaped markup stays text, CDATA is text), xml:base, xml:lang',
    file: 'atom1-regjeringen.atom',
    from: 'atom',
    feed: {
      title: 'Tema: Tryggingspolitikk og beredskap',
      home_page_url: 'https://www.regjeringen.no/nn/tema/tryggingspolitikk/id1151/',
      description: 'Om tryggingspolitikken til regjeringa',
      language: 'nn',
    },
    items: [
      {
        id: 'https://www.regjeringen.no/id3100040',
        url: 'https://www.regjeringen.no/nn/aktuelt/rd/id3100040/',
        title: 'R&amp;D: Use the <main> element',
        summary: 'Text with line breaks & an <b> that is not markup',
        date_published: '2025-12-03T08:00:00Z',
        date_modified: '2025-12-03T10:00:00Z',
        tags: ['Forsking & utvikling', 'teknologi'],
      },
      {
        id: 'https://www.regjeringen.no/id3100041',
        url: 'https://www.regjeringen.no/no/aktuelt/blink/id3100041/',
        title: 'History of the <blink> tag in Nord-Norge',
        summary: 'Bakgrunn CO2-utslipp og <b>CDATA</b> som tekst i lenka.',
        date_published: '2025-12-02T10:00:00Z',
        date_modified: '2025-12-02T10:00:00Z',
        language: 'nb',
        image: 'https://www.regjeringen.no/contentassets/blink.jpg',
      },
      {
        id: 'https://www.regjeringen.no/id3100042',
        url: 'https://www.regjeringen.no/nn/aktuelt/nato/id3100042/',
        title: 'Norge og NATO i dag',
        summary: `Første avsnitt. Andre${NBSP}avsnitt.`,
        date_published: '2025-12-01T07:00:00Z',
        date_modified: '2025-12-01T07:00:00Z',
      },
    ],
  },
  {
    format: 'Atom 1.0',
    rule: "Blogger: the alternate link among replies/edit/self, html content with <br />, categories by term, offsets",
    file: 'atom1-blogger.atom',
    from: 'atom',
    feed: { title: 'Ambassadebloggen', home_page_url: 'https://ambassade.blogspot.com/' },
    items: [
      {
        id: 'tag:blogger.com,1999:blog-123.post-456',
        url: 'https://ambassade.blogspot.com/2025/11/julemarked.html',
        title: 'Julemarked i Washington',
        summary: 'Norsk julemarked med lefse & gløgg.',
        date_published: '2025-12-01T05:00:00Z',
        date_modified: '2025-12-01T05:04:12.345Z',
        tags: ['Kultur', 'Næringsliv'],
      },
    ],
  },
  {
    format: 'Atom 1.0',
    rule: "content by media type (text/html, text/plain, src, base64 data); no feed title: named after the feed link's host",
    file: 'atom1-media-types.atom',
    from: 'atom',
    feed: { title: 'data.example.no', home_page_url: 'https://data.example.no/' },
    items: [
      { id: 'urn:uuid:1', url: 'https://data.example.no/r/1', title: 'Rapport som HTML', summary: 'Tal for 2025.', date_published: '2025-12-01T00:00:00Z', date_modified: '2025-12-01T00:00:00Z' },
      { id: 'urn:uuid:2', url: 'https://data.example.no/r/2', title: 'Rapport som tekst', summary: 'A < B && C > D', date_published: '2025-11-30T00:00:00Z', date_modified: '2025-11-30T00:00:00Z' },
      { id: 'urn:uuid:3', url: 'https://data.example.no/r/3', title: 'Rapport utanfor', date_published: '2025-11-29T00:00:00Z', date_modified: '2025-11-29T00:00:00Z' },
      { id: 'urn:uuid:4', url: 'https://data.example.no/r/4', title: 'Diagram', date_published: '2025-11-28T00:00:00Z', date_modified: '2025-11-28T00:00:00Z' },
    ],
    warnings: [derivedTitle('data.example.no', "the host of the feed's link")],
  },
  {
    format: 'Atom 0.3',
    rule: 'tagline, issued/created/modified, type as a media type, mode xml/escaped/base64, zone-less issued read as UTC in Oslo',
    file: 'atom03-blogger.atom',
    from: 'atom',
    feed: { title: 'Ambassaden i Berlin', home_page_url: 'http://berlin.ambassade.example/', description: 'Nytt fra ambassaden', language: 'nb' },
    items: [
      {
        id: 'tag:berlin.ambassade.example,2004:1',
        url: 'http://berlin.ambassade.example/2004/05/escaped.html',
        title: 'Escaped HTML',
        summary: 'Konsert i Felleshuset.',
        date_published: '2004-05-02T09:00:00Z',
        date_modified: '2004-05-02T10:00:00Z',
        tags: ['Kultur'],
      },
      {
        id: 'tag:berlin.ambassade.example,2004:2',
        url: 'http://berlin.ambassade.example/2004/05/base64.html',
        title: 'Base64',
        summary: 'Base64-innhald med HTML.',
        date_published: '2004-05-01T07:00:00Z',
        date_modified: '2004-05-01T07:00:00Z',
      },
      {
        id: 'tag:berlin.ambassade.example,2004:3',
        url: 'http://berlin.ambassade.example/2004/04/xml.html',
        title: 'Inline XHTML-tittel',
        summary: 'Første Andre & siste',
        date_published: '2004-04-30T12:00:00Z',
        date_modified: '2004-04-30T10:00:00Z',
      },
      {
        id: 'tag:berlin.ambassade.example,2004:4',
        url: 'http://berlin.ambassade.example/2004/04/b64title.html',
        title: 'Base64-tittel & mer',
        summary: 'Oppsummering i ren tekst <ikke markup>',
        date_published: '2004-04-29T12:00:00Z',
        date_modified: '2004-04-29T12:00:00Z',
      },
    ],
    warnings: [zoneless('2 dates', '2004-05-02T09:00:00')],
  },
  {
    format: 'JSON Feed',
    rule: 'plain text fields: references decoded once, nothing stripped; content_html read as HTML, content_text as text',
    file: 'json-feed-text.json',
    from: 'json-feed',
    feed: { title: 'Utviklarbloggen – DFØ', home_page_url: 'https://utvikling.example.no/', description: 'Om <b> og annan markup, som tekst', language: 'nb' },
    items: [
      {
        id: 'https://utvikling.example.no/main',
        url: 'https://utvikling.example.no/main',
        title: 'Use the <main> element',
        summary: 'R&amp;D i praksis',
        date_published: '2025-12-01T09:00:00Z',
        tags: ['HTML & CSS', 'Tilgjengelighet'],
      },
      {
        id: 'https://utvikling.example.no/co2',
        url: 'https://utvikling.example.no/co2',
        title: 'CO2-utslipp – og "sitat"',
        summary: 'Overskrift Brødtekst om CO2-utslipp i Nord-Norge',
        date_published: '2025-11-30T10:00:00Z',
      },
      {
        id: 'https://utvikling.example.no/text',
        url: 'https://utvikling.example.no/text',
        title: 'Ren tekst',
        summary: 'Skriv <br> i HTML for linjeskift. Nytt avsnitt.',
        date_published: '2025-11-29T10:00:00Z',
      },
    ],
    warnings: [zoneless('a date', '2025-11-30T10:00:00')],
  },
  {
    format: 'JSON Feed',
    rule: "JSON Feed 1.0 without a title: named after its home page's host; a numeric id",
    file: 'json-feed-untitled.json',
    from: 'json-feed',
    feed: { title: 'www.kommune.example', home_page_url: 'https://www.kommune.example/' },
    items: [{ id: '17', url: 'https://www.kommune.example/nyheter/17', title: 'Nytt renovasjonsanlegg', date_published: '2025-11-20T08:00:00Z' }],
    warnings: [derivedTitle('www.kommune.example', "the host of the feed's home page")],
  },
  {
    format: 'GOV.UK',
    rule: "an authored article: its author as speaker, an image without alt text as the plain image, the publishing organisation as the feed's title",
    file: 'govuk-authored-article.json',
    from: 'govuk',
    feed: {
      title: 'Foreign, Commonwealth & Development Office',
      language: 'en',
      _policy: {
        publisher: {
          name: 'Foreign, Commonwealth & Development Office',
          url: 'https://www.gov.uk/government/organisations/foreign-commonwealth-development-office',
        },
        government: { name: '2024 Labour government', current: true },
      },
    },
    items: [
      {
        id: '6f1c0f0e-2b1e-4e55-9a3c-3a1f5e7b9d01',
        url: 'https://www.gov.uk/government/speeches/a-stronger-partnership-in-the-north',
        title: 'A stronger partnership in the North',
        summary: 'Article by the Foreign Secretary for Aftenposten on UK–Norway cooperation in the High North.',
        date_published: '2025-10-14T08:30:00Z',
        date_modified: '2025-10-14T08:30:00Z',
        image: 'https://assets.publishing.service.gov.uk/media/foreign-secretary.jpg',
        tags: ['Norway'],
        _policy: { type: 'article', speaker: { name: 'The Rt Hon Jane Doe MP', role: 'Foreign Secretary' } },
      },
    ],
    warnings: [derivedTitle('Foreign, Commonwealth & Development Office', 'the publishing organisation')],
  },
  {
    format: 'WordPress REST',
    rule: 'rendered HTML with inline and block elements, escaped term names, date_gmt as UTC, a local date without zone read as UTC in Oslo',
    file: 'wordpress-rest.json',
    from: 'wordpress',
    feed: { title: 'www.eksempel.kommune.no' },
    items: [
      {
        id: 'https://www.eksempel.kommune.no/?p=601',
        url: 'https://www.eksempel.kommune.no/2025/11/18/klima/',
        title: 'CO2-utslippene ned i Nord-Norge',
        summary: `Utslippene gikk ned med 4${NBSP}% i fjor. Tall Se rapporten…`,
        date_published: '2025-11-18T08:00:00Z',
        date_modified: '2025-11-18T09:30:00Z',
        language: 'nb',
        tags: ['Klima & miljø', 'Rapport'],
      },
      {
        id: 'https://www.eksempel.kommune.no/?p=602',
        url: 'https://www.eksempel.kommune.no/2025/11/17/lokal/',
        title: 'Dato uten sone',
        summary: 'Kun lokal tid er oppgitt.',
        date_published: '2025-11-17T15:00:00Z',
      },
    ],
    warnings: [zoneless('a date', '2025-11-17T15:00:00'), derivedTitle('www.eksempel.kommune.no', "the host of the posts' links")],
  },
  {
    format: 'entities',
    rule: 'one declared entity within the limits is expanded',
    file: 'entity-declared.xml',
    from: 'rss',
    feed: { title: 'Nyheter fra Utenriksdepartementet', home_page_url: 'https://www.regjeringen.no/no/dep/ud/id833/' },
    items: [
      {
        id: 'https://www.regjeringen.no/id3100050',
        url: 'https://www.regjeringen.no/id3100050',
        title: 'Utenriksdepartementet – pressemelding',
        date_published: '2025-12-01T08:00:00Z',
      },
    ],
  },
  {
    format: 'entities',
    rule: 'ten nested declarations (billion laughs): refused, never the literal &lol9;',
    file: 'entity-laughs.xml',
    from: 'rss',
    error: /^policy-widgets: .*entity-laughs\.xml: not well-formed or unsafe XML: the entity &lol9; is not declared, or its declaration was refused$/,
  },
  {
    format: 'entities',
    rule: 'an undeclared entity that HTML does not name either: refused',
    file: 'entity-undeclared.xml',
    from: 'rss',
    error: /^policy-widgets: .*entity-undeclared\.xml: not well-formed or unsafe XML: the entity &budsjett2026; is not declared, or its declaration was refused$/,
  },
  {
    format: 'entities',
    rule: 'a declared entity holding markup: refused',
    file: 'entity-markup.xml',
    from: 'rss',
    error: /^policy-widgets: .*entity-markup\.xml: not well-formed or unsafe XML: the entity &hilite; is not declared, or its declaration was refused$/,
  },
];

/**
 * Fields where the converter knowingly differs from the expected output: `${file} ${path}` → why.
 * Empty: every field agrees.
 */
export const KNOWN_DEVIATIONS = new Map();
