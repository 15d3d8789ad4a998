import { noChange, type ReactiveController, type ReactiveControllerHost } from 'lit';

/** Items a list renders in its first task: more than a screen holds, in any layout. */
const FIRST = 25;
/** How long (ms) each later task aims to take, layout included: well inside a 50 ms long task. */
const SLICE = 35;

/**
 * Renders a long list in tasks the browser can paint between, so that no single task is long: what the reader
 * sees first comes in the host's own update, then more items follow, appended below, one host update per task,
 * each sized from the last one's pace. A list never shrinks on the way, so nothing above the reader moves, and
 * the finished DOM is the one a single render gives.
 */
export class ChunkedList implements ReactiveController {
  #step = FIRST;
  /** Items left for later updates; undefined when the update rendered no list. */
  #left?: number;
  #began!: number;
  /** The items the last update rendered, in order, and the key of what else it rendered them from. */
  #rendered: readonly unknown[] = [];
  #context?: string;

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  /**
   * The first items of `items`, each rendered with `render`; the rest follow in later updates. An item that the
   * last update rendered at the same place, with the same `context` (a key of every other value `render` reads),
   * keeps its DOM as it is, so a step costs what it adds, not all the list holds.
   */
  render<T>(items: readonly T[], context: string, render: (item: T, index: number) => unknown): unknown[] {
    this.#began = performance.now();
    const rendered = items.slice(0, this.#rendered.length + this.#step);
    const same = context === this.#context;
    const result = rendered.map((item, index) => (same && item === this.#rendered[index] ? noChange : render(item, index)));
    this.#rendered = rendered;
    this.#context = context;
    this.#left = items.length - rendered.length;
    return result;
  }

  hostUpdated() {
    const left = this.#left;
    this.#left = undefined;
    if (left) {
      // Laid out now, so that the pace counts the layout of what this step added, which costs more than rendering
      // it; the frame that follows has little left to do.
      this.host.getBoundingClientRect();
      // A coarse clock (Firefox's is 1 ms) can read 0: the infinite pace that gives truncates (| 0) to 0, so FIRST.
      this.#step = Math.max(FIRST, ((SLICE * this.#step) / (performance.now() - this.#began)) | 0);
      setTimeout(() => this.host.requestUpdate());
      return;
    }
    // An update without the list (loading, empty, error) starts the next list afresh.
    if (left === undefined) this.#rendered = [];
    this.#step = FIRST;
  }
}
