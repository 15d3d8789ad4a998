import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Items a list renders in its first task: more than a screen holds, in any layout. */
const FIRST = 25;
/** How long (ms) each later task aims to render for: well inside a 50 ms long task, with room for layout. */
const SLICE = 20;

/**
 * Renders a long list in tasks the browser can paint between, so that no single task is long: what the reader
 * sees first comes in the host's own update, then more items follow, appended below, one host update per task,
 * each sized to take about {@link SLICE} ms. A list never shrinks on the way, so nothing above the reader moves,
 * and the finished DOM is the one a single render gives.
 */
export class ChunkedList implements ReactiveController {
  /** Resolves once every item of the list is rendered; at once if it is. */
  done: Promise<unknown> = Promise.resolve();
  private shown = 0;
  private step = FIRST;
  /** Items left for later updates; -1 when the update rendered no list. */
  private left = -1;
  private began = 0;
  private finish?: (value?: unknown) => void;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  /** The items to render in this update: the first ones of `items`; the rest follow in later updates. */
  take<T>(items: readonly T[]): readonly T[] {
    const count = Math.min(items.length, this.shown + this.step);
    this.shown = count;
    this.left = items.length - count;
    return items.slice(0, count);
  }

  hostUpdate() {
    this.left = -1;
    this.began = performance.now();
  }

  hostUpdated() {
    if (this.left > 0) {
      if (!this.finish) this.done = new Promise((resolve) => (this.finish = resolve));
      // Sized from this update's pace, so a slow device renders fewer items per task; at most doubling, as the
      // update's own time leaves out the layout of what it added.
      const pace = this.step / (performance.now() - this.began);
      this.step = Math.min(2 * this.step, Math.max(FIRST, Math.floor(SLICE * pace)));
      setTimeout(() => this.host.requestUpdate());
      return;
    }
    // An update without the list (loading, empty, error) starts the next list afresh.
    if (this.left < 0) this.shown = 0;
    this.step = FIRST;
    this.finish?.();
    this.finish = undefined;
  }
}
