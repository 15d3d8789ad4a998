import { css, type PropertyDeclarations } from 'lit';
import type { Feed, FeedItem, ItemType } from '../data/types.js';
import { RESERVED } from '../styles/reserve.js';
import { latest, placeholder } from './parts.js';
import { PolicyElement } from './policy-element.js';

/** The card box shared by the single-item elements (speech, white paper), loaded or loading. */
export const cardStyles = css`
  /* The card fills the element's box, so a height kept from the loading state is inside the card, never a band under it. */
  [part~='base'] {
    display: grid;
  }
  [part~='card'],
  .placeholder-card {
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [part~='card'] {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
    background: var(--_background);
  }
  .placeholder-card {
    min-height: ${RESERVED.card[0]}em;
  }
  @container (max-width: 30em) {
    .placeholder-card {
      min-height: ${RESERVED.card[1]}em;
    }
  }
`;

/**
 * The base of the single-item cards: `item` picks an item by id; without it,
 * the card shows the latest item its element accepts. No such item: `empty`.
 */
export abstract class PolicyCardElement extends PolicyElement {
  static override styles = [...PolicyElement.styles, cardStyles];
  static override properties: PropertyDeclarations = { item: {} };

  /** The id of the item to show. Without it, the latest item of the element's kind. */
  declare item?: string;

  /** The item types this card shows when no `item` is given: its element's kind (the Embed code page reads it too). */
  static readonly itemTypes: readonly ItemType[] = [];

  /** Whether an item is of the kind this card shows by default. */
  protected accepts(item: FeedItem) {
    return (this.constructor as typeof PolicyCardElement).itemTypes.includes(item._policy?.type as ItemType);
  }

  protected selected(feed: Feed): FeedItem | undefined {
    return this.item ? feed.items.find((item) => item.id === this.item) : latest(feed.items, (item) => this.accepts(item));
  }

  protected override hasContent(feed: Feed) {
    return !!this.selected(feed);
  }

  protected override renderPlaceholder() {
    return placeholder('placeholder-card');
  }
}
