import { convertInput, type Format } from '../convert.js';
import { fetchInput, readInput } from '../input.js';
import { isHttp } from '../values.js';
import type { Converted } from '../item.js';
import type { SourceConfig } from './site-config.js';
import type { SourceState } from './state.js';

/** One source, read: converted, or not modified since the state's validators (HTTP 304). */
export type SourceResult =
  | { modified: true; converted: Converted & { format: Format }; state?: SourceState }
  | { modified: false; state: SourceState };

/**
 * Reads and converts one source. A URL is fetched conditionally when `previous` holds its validators; its new
 * validators (and feed fields, which a 304 does not repeat) come back as `state`. A file is always read.
 */
export async function readSource(source: SourceConfig, siteDir: string, previous?: SourceState): Promise<SourceResult> {
  if (!isHttp(source.url)) return { modified: true, converted: convertInput(await readInput(source.url, siteDir), source.from) };
  const fetched = await fetchInput(source.url, previous?.validators);
  if (!fetched.modified) return { modified: false, state: previous! };
  const converted = convertInput(fetched.input, source.from);
  const remembered = fetched.validators.etag || fetched.validators.last_modified;
  return { modified: true, converted, ...(remembered && { state: { validators: fetched.validators, head: converted.head } }) };
}
