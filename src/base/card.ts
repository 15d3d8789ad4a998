import { css, html } from 'lit';

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
