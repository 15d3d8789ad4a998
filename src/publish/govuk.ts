import { isRecord, record, string, type JsonObject } from '../data/json.js';
import type { FeedItem } from '../data/types.js';
import { PublishError } from './errors.js';
import { buildFeedPolicy, buildHead, buildItem, dateWarnings, type Converted, type FeedHead, type RawItem, type Skip } from './item.js';
import { jsonText } from './text.js';

type Json = JsonObject;

/** GOV.UK's titles, descriptions and names are plain text. */
const text = (value: unknown): string | undefined => jsonText(string(value));
const links = (item: Json, name: string): Json[] => {
  const value = record(item.links)[name];
  return Array.isArray(value) ? value.filter(isRecord) : [];
};

/** GOV.UK pages live here; Content API paths and image paths are relative to it. */
const GOVUK = 'https://www.gov.uk';

/**
 * GOV.UK `document_type` to `_policy.type`. Types not listed (guidance, notices, collections…) get no
 * type of their own, so the config's default applies.
 */
const GOVUK_TYPES: Record<string, string> = {
  news_story: 'news',
  world_news_story: 'news',
  press_release: 'press-release',
  speech: 'speech',
  oral_statement: 'statement',
  written_statement: 'statement',
  government_response: 'statement',
  authored_article: 'article',
  policy_paper: 'white-paper',
  impact_assessment: 'report',
  independent_report: 'report',
  corporate_report: 'report',
  research: 'report',
  official_statistics: 'report',
  national_statistics: 'report',
  transparency: 'report',
};

/** Types whose date that matters is the day they were given, not the day they were posted. */
const DELIVERED = new Set(['speech', 'statement']);

/** Types that name who gave them (speeches, statements) or wrote them (authored articles) in `links.speaker`. */
const SPOKEN = new Set([...DELIVERED, 'article']);

/** Whether a parsed JSON document is one GOV.UK Content API item, or a list of them. */
export const isGovukContent = (json: unknown): boolean =>
  (Array.isArray(json) ? json : [json]).every(
    (entry) => isRecord(entry) && typeof entry.base_path === 'string' && typeof entry.document_type === 'string',
  ) && (!Array.isArray(json) || json.length > 0);

/** The government an item was published under: the link (kept up to date) over details (a snapshot). */
function government(item: Json): { name?: string; current?: boolean } | undefined {
  const [linked] = links(item, 'government');
  if (linked) {
    const current = record(linked.details).current;
    return { name: text(linked.title), current: typeof current === 'boolean' ? current : undefined };
  }
  const snapshot = record(record(item.details).government);
  return snapshot.title ? { name: text(snapshot.title), current: typeof snapshot.current === 'boolean' ? snapshot.current : undefined } : undefined;
}

/**
 * The lead image: a speech's `details.image`, or a news article's `details.images` entry of type lead.
 * `alt` is undefined when GOV.UK gives no alt text (an empty one marks the image decorative).
 */
function image(details: Json): RawItem['policyImage'] | undefined {
  const images = Array.isArray(details.images) ? details.images.filter(isRecord) : [];
  const lead = isRecord(details.image) ? details.image : (images.find((entry) => entry.type === 'lead') ?? images[0]);
  if (!lead) return undefined;
  const sources = record(lead.sources);
  return {
    url: string(lead.url) ?? string(sources.s960) ?? string(Object.values(sources)[0]),
    alt: string(lead.alt_text) === undefined ? undefined : (text(lead.alt_text) ?? ''),
    caption: text(lead.caption),
    credit: text(lead.credit),
  };
}

function toRaw(item: Json): RawItem {
  const details = record(item.details);
  const type = GOVUK_TYPES[string(item.document_type) ?? ''];
  const [speaker] = links(item, 'speaker');
  const roles = links(item, 'roles');
  const delivered = type !== undefined && DELIVERED.has(type);
  const spoken = type !== undefined && SPOKEN.has(type);
  const leadImage = image(details);
  return {
    // content_id is shared by an item's translations, as the feed format asks of ids.
    id: string(item.content_id),
    url: string(item.base_path),
    title: text(item.title),
    summary: text(item.description),
    date_published: (delivered ? string(details.delivered_on) : undefined) ?? string(details.first_public_at) ?? string(item.first_published_at),
    date_modified: string(item.public_updated_at),
    language: string(item.locale),
    tags: [...links(item, 'topical_events'), ...links(item, 'policy_areas'), ...links(item, 'world_locations')].map(
      (link) => text(link.title) ?? '',
    ),
    type,
    // Speeches and statements have a speaker, an authored article its author (GOV.UK's speech schema holds all
    // three); a news story's people and roles are the people it is about.
    speaker: spoken
      ? {
          name: text(speaker?.title) ?? text(details.speaker_without_profile),
          // Only a single role is unambiguous; a person with several roles is named without one.
          role: roles.length === 1 ? text(roles[0].title) : undefined,
        }
      : undefined,
    event: delivered ? { location: text(details.location) } : undefined,
    // An image without alt text is not claimed as decorative: it goes out as the plain image.
    policyImage: leadImage?.alt !== undefined ? leadImage : undefined,
    image: leadImage?.alt === undefined ? leadImage?.url : undefined,
  };
}

/** The organisation that published an item: its primary publishing organisation, else the first it names. */
const organisationOf = (item: Json): Json | undefined =>
  [...links(item, 'primary_publishing_organisation'), ...links(item, 'organisations'), ...links(item, 'worldwide_organisations')][0];

/**
 * GOV.UK Content API items to items. A `topical_event` gives the feed's title, intro and home page; without
 * one, the first item's publishing organisation can name the feed. The government of the political items and
 * the publishing organisation give the feed's `_policy` when all items agree on them. Withdrawn items are skipped.
 */
export function convertGovuk(json: unknown, name: string): Converted {
  if (!isGovukContent(json)) throw new PublishError(`${name}: not a GOV.UK Content API item: no "base_path" and "document_type"`);
  const entries = (Array.isArray(json) ? json : [json]) as Json[];
  let head: FeedHead = {};
  const items: FeedItem[] = [];
  const skipped: Skip[] = [];
  const governments = new Map<string, { name?: string; current?: boolean }>();
  const publishers = new Map<string, { name?: string; url?: string }>();
  const raws: RawItem[] = [];
  for (const entry of entries) {
    if (entry.document_type === 'topical_event') {
      head = buildHead(
        { title: text(entry.title), description: text(entry.description), home_page_url: string(entry.base_path), language: string(entry.locale) },
        GOVUK,
      );
      continue;
    }
    const withdrawn = record(entry.withdrawn_notice);
    if (withdrawn.explanation || withdrawn.withdrawn_at) {
      skipped.push({ name: string(entry.content_id) ?? string(entry.base_path) ?? name, reason: 'withdrawn on GOV.UK' });
      continue;
    }
    const raw = toRaw(entry);
    raws.push(raw);
    const built = buildItem(raw, GOVUK, string(entry.base_path) ?? name);
    if ('reason' in built) {
      skipped.push(built);
      continue;
    }
    items.push(built);
    const itemGovernment = government(entry);
    // History mode concerns political content: GOV.UK marks it when its government is no longer in office.
    if (record(entry.details).political === true && itemGovernment?.name) governments.set(itemGovernment.name, itemGovernment);
    const organisation = organisationOf(entry);
    const organisationName = text(organisation?.title);
    if (organisationName) publishers.set(organisationName, { name: organisationName, url: string(organisation?.web_url) ?? string(organisation?.base_path) });
  }
  // The format has one publisher and one government per feed, not per item: they are set only when the items agree.
  const [publisher] = publishers.size === 1 ? publishers.values() : [];
  const [onlyGovernment] = governments.size === 1 ? governments.values() : [];
  const policy = buildFeedPolicy({ publisher, government: onlyGovernment }, GOVUK);
  if (policy) head = { ...head, _policy: policy };
  const organisation = text(entries.map(organisationOf).find((found) => text(found?.title))?.title);
  return {
    head,
    items,
    skipped,
    warnings: dateWarnings(raws, name),
    titleFallback: organisation ? { title: organisation, from: 'the publishing organisation' } : undefined,
  };
}
