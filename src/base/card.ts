import { css, html } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed, FeedItem } from '../data/types.js';
import { latest } from './parts.js';
import { PolicyElement } from './policy-element.js';

/** The card box shared by the single-item elements (speech, white paper). */
export const cardStyles = css`
  [part~='card'] {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }
  /* The meta line follows the heading in the DOM, so the heading opens the card for screen readers. */
  [part~='meta'] {
    order: -1;
  }
  .placeholder-card {
    display: grid;
    gap: 0.625em;
    align-content: start;
    /* Sized to a typical card at each width, so the page below does not move when it arrives. */
    min-height: 13.25em;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  @container (max-width: 30em) {
    .placeholder-card {
      min-height: 18.25em;
    }
  }
  .placeholder {
    height: 1.25em;
  }
  .placeholder:nth-child(2) {
    height: 1.5em;
    width: 80%;
  }
  .placeholder:nth-child(3) {
    height: 3em;
  }
`;

/** The loading state of a card: the same box as the ready card. */
export const cardPlaceholder = html`
  <div class="placeholder-card">
    <div part="placeholder" class="placeholder"></div>
    <div part="placeholder" class="placeholder"></div>
    <div part="placeholder" class="placeholder"></div>
  </div>
`;

/**
 * The base of the single-item cards: `item` picks an item by id; without it,
 * the card shows the latest item its element accepts. No such item: `empty`.
 */
export abstract class PolicyCardElement extends PolicyElement {
  static override styles = [...PolicyElement.styles, cardStyles];

  /** The id of the item to show. Without it, the latest item of the element's kind. */
  @property() item?: string;

  /** Whether an item is of the kind this card shows by default. */
  protected abstract accepts(item: FeedItem): boolean;

  protected selected(feed: Feed): FeedItem | undefined {
    return this.item ? feed.items.find((item) => item.id === this.item) : latest(feed.items, (item) => this.accepts(item));
  }

  protected override hasContent(feed: Feed) {
    return !!this.selected(feed);
  }

  protected override renderPlaceholder() {
    return cardPlaceholder;
  }
}
