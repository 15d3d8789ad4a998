import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Items a list renders in its first task: more than a screen holds, in any layout. */
const FIRST = 25;
/**
 * How long (ms) each later task aims to spend rendering: well inside a 50 ms long task, leaving room for the
 * layout of what it adds, which the pace it is measured by leaves out.
 */
const SLICE = 15;

/**
 * Renders a long list in tasks the browser can paint between, so that no single task is long: what the reader
 * sees first comes in the host's own update, then more items follow, appended below, one host update per task,
 * each sized to take about {@link SLICE} ms. A list never shrinks on the way, so nothing above the reader moves,
 * and the finished DOM is the one a single render gives.
 */
export class ChunkedList implements ReactiveController {
  #shown = 0;
  #step = FIRST;
  /** Items left for later updates; undefined when the update rendered no list. */
  #left?: number;
  #began!: number;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The items to render in this update: the first ones of `items`; the rest follow in later updates. */
  take<T>(items: readonly T[]): readonly T[] {
    const count = Math.min(items.length, this.#shown + this.#step);
    this.#shown = count;
    this.#left = items.length - count;
    this.#began = performance.now();
    return items.slice(0, count);
  }

  hostUpdated() {
    const left = this.#left;
    this.#left = undefined;
    if (left) {
      // Sized from this render's pace (items per ms), so a slow device renders fewer items per task. A coarse clock
      // (Firefox's is 1 ms) can read 0: count it as 1 ms, or the step would be infinite.
      this.#step = Math.max(FIRST, Math.floor((SLICE * this.#step) / (performance.now() - this.#began || 1)));
      setTimeout(() => this.host.requestUpdate());
      return;
    }
    // An update without the list (loading, empty, error) starts the next list afresh.
    if (left === undefined) this.#shown = 0;
    this.#step = FIRST;
  }
}
