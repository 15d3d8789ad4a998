import { css } from 'lit';

export const newsStyles = css`
  :host {
    --_gap: var(--policy-news-gap, var(--_space));
  }
  [part~='list'] {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [part~='article'] {
    display: flex;
    flex-direction: column;
    gap: 0.375em;
  }
  /* The meta line comes after the heading in the DOM, so the heading opens each item for screen readers. */
  [part~='meta'] {
    order: -1;
  }
  [part~='caption'] {
    display: block;
    margin-top: 0.25em;
    color: var(--_text-muted);
    font-size: 0.8125em;
  }
  [part~='credit'] {
    display: block;
  }
  .placeholder-item {
    display: grid;
    gap: 0.5em;
    align-content: start;
    min-height: var(--policy-news-item-height, 8.5em);
  }
  :host([layout='compact']) .placeholder-item {
    min-height: 3.5em;
  }
  .placeholder:nth-child(1) {
    height: 0.875em;
    width: 30%;
  }
  .placeholder:nth-child(2) {
    height: 1.4em;
    width: 85%;
  }
  .placeholder:nth-child(3) {
    height: 3em;
  }
  @container (min-width: 36em) {
    :host([layout='grid']) [part~='list'] {
      grid-template-columns: repeat(auto-fill, minmax(16em, 1fr));
    }
  }
`;
