// `policy-widgets build`, step by step, each step in its own module:
// read the site config (site-config) → fetch and convert each source, conditionally (sources, state) →
// merge with what DIR publishes (merge) → split into pages (pages) → write them crash-safely (write) →
// the hosting files (hosting) and the state for the next run (state). One build per DIR at a time (lock).
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Feed } from '../../data/types.js';
import type { ConvertConfig } from '../config.js';
import { mergeSources, typeItems } from '../convert.js';
import { PublishError } from '../errors.js';
import type { Converted, Skip } from '../item.js';
import { hostingFor, writeHostingFiles, type CacheSettings } from './hosting.js';
import { lockDir } from './lock.js';
import { isPublished, mergeHistory, readPublished, type Published } from './merge.js';
import { paginate } from './pages.js';
import { cascade, configOf, readSiteConfig, sourceOf, type LocaleConfig, type Site, type TopicConfig } from './site-config.js';
import { readSource, type SourceResult } from './sources.js';
import { readState, sourceKey, writeState, type BuildState, type SourceState } from './state.js';
import { removeTemporaries, writeChain } from './write.js';

const DEFAULT_PAGE_SIZE = 50;
const DEFAULT_CACHE: CacheSettings = { max_age: 300, stale_while_revalidate: 86_400 };

/** What happened to one topic in one locale. */
export interface FeedReport {
  topic: string;
  locale: string;
  /** Every source answered 304 Not Modified: nothing was converted or written. */
  notModified: boolean;
  new: number;
  changed: number;
  kept: number;
  skipped: Skip[];
  /** The number of pages written; not counted when not modified. */
  pages?: number;
}

/** What `build` did: the feeds written, and the topics left as they were because a source failed. */
export interface BuildReport {
  feeds: FeedReport[];
  failed: { topic: string; locale: string; source: string; reason: string }[];
}

/** What every topic's build shares. */
interface Run {
  site: Site;
  dir: string;
  log: (line: string) => void;
  /** The last run's state, when it was written for this same config (else every source is fetched in full). */
  previous?: BuildState;
  /** The state this run writes: filled as topics are published. */
  next: BuildState;
  report: BuildReport;
}

/** A locale whose sources were all read, ready to be published. */
interface Pending {
  locale: string;
  /** The sources' merged feed and what DIR publishes; neither when every source was not modified. */
  fresh?: { feed: Feed; skipped: Skip[]; published: Published };
  states: [key: string, state: SourceState][];
}

/** What stopped a topic: the source (or DIR's published files, or the config) and why. */
class TopicFailure extends PublishError {
  constructor(message: string, readonly source: string) {
    super(message);
  }
}

/** Rethrows a PublishError as a TopicFailure naming `source`; anything else is a bug and goes up as it is. */
const failedAt = (source: string) => (error: unknown): never => {
  throw error instanceof PublishError ? new TopicFailure(error.message, source) : error;
};

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

/** Reads every source of a topic in one locale, then (if any changed) what DIR publishes; throws a TopicFailure. */
async function readLocale(run: Run, topic: string, locale: string, topicWide: ConvertConfig, localeConfig: LocaleConfig): Promise<Pending> {
  const localeWide = cascade(topicWide, configOf(localeConfig));
  const publishing = await isPublished(run.dir, topic, locale);
  const sources: Converted[] = [];
  const states: Pending['states'] = [];
  let modified = false;
  for (const entry of localeConfig.sources) {
    const source = sourceOf(entry);
    const key = sourceKey(topic, locale, source.url);
    // Validators only while DIR still publishes what they describe.
    const previous = publishing ? run.previous?.sources[key] : undefined;
    run.log(`${topic} ${locale}: reading ${source.url}`);
    const result: SourceResult = await readSource(source, run.site.dir, previous).catch(failedAt(source.url));
    if (result.state) states.push([key, result.state]);
    if (!result.modified) {
      run.log(`${topic} ${locale}: not modified`);
      // Its items are what DIR holds already; its feed fields are remembered from its last full answer.
      sources.push({ head: result.state.head, items: [], skipped: [], warnings: [] });
      continue;
    }
    modified = true;
    const { converted } = result;
    run.log(`${topic} ${locale}: ${converted.format}, ${plural(converted.items.length, 'item')}, ${converted.skipped.length} skipped`);
    sources.push(typeItems(converted, cascade(localeWide, configOf(source))));
  }
  // Not modified: DIR holds what the sources hold, and is not even read.
  if (!modified) return { locale, states };
  let merged: ReturnType<typeof mergeSources>;
  try {
    // The language of the locale is the feed's, unless the sources say otherwise.
    merged = mergeSources(sources, { language: locale, ...localeWide });
  } catch (error) {
    return failedAt('(config)')(error);
  }
  for (const warning of merged.warnings) run.log(`${topic} ${locale}: warning: ${warning}`);
  const published = await readPublished(run.dir, topic, locale).catch(failedAt('(published files)'));
  return { locale, states, fresh: { ...merged, published } };
}

/**
 * Builds one topic in every locale. Every locale's sources are read before anything is written, so a failure
 * leaves the whole topic as it was.
 */
async function buildTopic(run: Run, topic: string, topicConfig: TopicConfig): Promise<void> {
  const { site, dir, log, report } = run;
  const topicWide = cascade(configOf(site.config), configOf(topicConfig));
  const pending: Pending[] = [];
  for (const [locale, localeConfig] of Object.entries(topicConfig.locales)) {
    try {
      pending.push(await readLocale(run, topic, locale, topicWide, localeConfig));
    } catch (error) {
      if (!(error instanceof TopicFailure)) throw error;
      report.failed.push({ topic, locale, source: error.source, reason: error.message });
      log(`${topic} ${locale}: FAILED ${error.message}`);
      log(`${topic}: left as it was, because a source failed`);
      // What DIR publishes for the topic is unchanged, and so is what the last run knew of its sources.
      for (const [key, state] of Object.entries(run.previous?.sources ?? {})) if (key.startsWith(`${topic}.`)) run.next.sources[key] = state;
      return;
    }
  }
  for (const { locale, fresh, states } of pending) {
    let feedReport: FeedReport;
    if (!fresh) {
      feedReport = { topic, locale, notModified: true, new: 0, changed: 0, kept: 0, skipped: [] };
      log(`${topic}.${locale}: not modified`);
    } else {
      const { published } = fresh;
      const merged = mergeHistory(published.items, fresh.feed.items);
      const { items: _items, ...head } = fresh.feed;
      const pages = paginate(head, merged.items, { topic, locale, pageSize: site.config.page_size ?? DEFAULT_PAGE_SIZE, baseUrl: site.config.base_url });
      await writeChain(dir, pages, published.pages);
      feedReport = { topic, locale, notModified: false, new: merged.added, changed: merged.changed, kept: merged.kept, skipped: fresh.skipped, pages: pages.length };
      log(`${topic}.${locale}: ${merged.added} new, ${merged.changed} changed, ${merged.kept} kept, ${fresh.skipped.length} skipped; ${plural(pages.length, 'page')}`);
      for (const skip of fresh.skipped) log(`  skipped ${skip.name}: ${skip.reason}`);
    }
    report.feeds.push(feedReport);
    for (const [key, state] of states) run.next.sources[key] = state;
  }
}

/**
 * Builds every topic × locale of a site config into DIR: converts the sources, merges with what DIR holds,
 * and writes pages linked by `next_url`, each with .gz and .br, then `_headers` and `nginx.conf`.
 * A topic with a failing source is left as it was. `log` receives progress and the summary, line by line.
 */
export async function build(siteConfigPath: string, outDir: string, log: (line: string) => void): Promise<BuildReport> {
  const dir = resolve(outDir);
  await mkdir(dir, { recursive: true });
  const unlock = await lockDir(dir);
  try {
    await removeTemporaries(dir);
    const site = await readSiteConfig(siteConfigPath);
    const hosting = hostingFor({ ...DEFAULT_CACHE, ...site.config.cache }, { listen: '80', server_name: '_', root: dir, ...site.config.nginx });
    const state = await readState(dir);
    const run: Run = {
      site,
      dir,
      log,
      previous: state.config === site.fingerprint ? state : undefined,
      next: { config: site.fingerprint, sources: {} },
      report: { feeds: [], failed: [] },
    };
    for (const [topic, topicConfig] of Object.entries(site.config.topics)) await buildTopic(run, topic, topicConfig);
    await writeHostingFiles(dir, hosting);
    // After the pages it describes (state.ts says why).
    await writeState(dir, run.next);
    return run.report;
  } finally {
    await unlock();
  }
}
