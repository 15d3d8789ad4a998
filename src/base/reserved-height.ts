import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The reader's own input: a layout shift within 500 ms of it is one they caused, and does not count. */
const INPUT = ['pointerdown', 'keydown'];

/**
 * Keeps the height the loading state took once shorter content arrives, and lets it go only when that moves
 * nothing the reader is looking at: once the element lies wholly below the viewport, or at the reader's own
 * input. Never while they watch, and never above the viewport, where only some engines anchor the scroll.
 */
export class ReservedHeight implements ReactiveController {
  #box?: HTMLElement;
  #observer?: IntersectionObserver;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  /** Keeps `box` at least `height` px tall until it can be let go. */
  hold(box: HTMLElement, height: number) {
    this.release();
    this.#box = box;
    // Through CSSOM, which a strict style-src allows, where a style attribute would be blocked.
    box.style.minHeight = `${height}px`;
    this.#observer = new IntersectionObserver(([entry]) => {
      if (entry!.rootBounds && entry!.boundingClientRect.top >= entry!.rootBounds.bottom) this.release();
    });
    this.#observer.observe(this.host);
    INPUT.forEach((type) => addEventListener(type, this, true));
  }

  /** Lets the box take its own height. */
  release() {
    if (!this.#box) return;
    this.#box.style.minHeight = '';
    this.#box = undefined;
    this.#observer!.disconnect();
    INPUT.forEach((type) => removeEventListener(type, this, true));
  }

  /** @internal Hears the reader's input. */
  handleEvent() {
    this.release();
  }

  hostDisconnected() {
    this.release();
  }
}
