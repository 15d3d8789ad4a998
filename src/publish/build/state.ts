import { join } from 'node:path';
import { readFileCapped, type Validators } from '../input.js';
import type { FeedHead } from '../item.js';
import { writeIfChanged } from './write.js';

/**
 * What `build` remembers between runs, in DIR beside the feeds. A dotfile: the hosting files never serve it
 * (nginx.conf serves feed files only; `_headers` lists feed files only; the upload recipes exclude dotfiles).
 */
export const STATE_FILE = '.policy-widgets-state.json';

/** What a source's last full answer gave: its validators and its feed fields (a 304 repeats neither). */
export interface SourceState {
  validators: Validators;
  head: FeedHead;
}

export interface BuildState {
  /** The site config's fingerprint when the state was written: a changed config fetches everything afresh. */
  config?: string;
  /** By `<topic>.<locale> <source url>`: only sources whose topic was published are remembered. */
  sources: Record<string, SourceState>;
}

export const sourceKey = (topic: string, locale: string, url: string) => `${topic}.${locale} ${url}`;

/** The state DIR holds; a missing or unreadable state means starting afresh (every source fetched in full). */
export async function readState(dir: string): Promise<BuildState> {
  try {
    const state = JSON.parse(await readFileCapped(join(dir, STATE_FILE), STATE_FILE, { noFollow: true })) as BuildState;
    if (state && typeof state.sources === 'object' && state.sources) return state;
  } catch {
    // Starting afresh costs requests, never content: the history is in the published pages.
  }
  return { sources: {} };
}

/**
 * Writes the state after the pages it describes: if the run is killed before, the next run fetches in full,
 * which is safe; validators written before their pages would make a 304 skip items never published.
 */
export async function writeState(dir: string, state: BuildState): Promise<void> {
  await writeIfChanged(join(dir, STATE_FILE), `${JSON.stringify(state, null, 2)}\n`);
}
