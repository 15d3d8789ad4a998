import { css } from 'lit';
import { RESERVED } from '../../styles/reserve.js';

/* The layouts follow the element's own width (container queries), not the viewport's. */
export const newsStyles = css`
  :host {
    --_gap: var(--policy-news-gap, var(--_space));
    --_image-width: var(--policy-news-image-width, 30%);
    --_column-width: var(--policy-news-column-width, ${RESERVED.newsColumn}em);
  }
  :host([layout='compact']) {
    --_gap: var(--policy-news-gap, var(--_space-s));
  }
  [part~='list'] {
    display: grid;
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  :host([layout='grid']) [part~='list'] {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_column-width)), 1fr));
  }
  [part~='item'] {
    position: relative;
  }
  :host([layout='compact']) [part~='item'] + [part~='item'] {
    padding-top: var(--_gap);
    border-top: 1px solid var(--_border);
  }
  [part~='article'],
  .text {
    display: flex;
    flex-direction: column;
    gap: var(--_space-s);
  }
  .text {
    flex: 1;
    min-width: 0;
  }
  [part~='figure'] {
    order: -1;
  }
  [part~='figure'] {
    min-width: 0;
  }
  @container (min-width: 36em) {
    :host([layout='list']) [part~='article'] {
      flex-direction: row;
      gap: var(--_space);
    }
    :host([layout='list']) [part~='figure'] {
      flex: 0 0 var(--_image-width);
    }
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
    min-height: var(--policy-news-item-height, ${RESERVED.newsItem[0]}em);
  }
  @container (max-width: 30em) {
    .placeholder-item {
      min-height: var(--policy-news-item-height, ${RESERVED.newsItem[1]}em);
    }
  }
  :host([layout='compact']) .placeholder-item {
    min-height: var(--policy-news-item-height, ${RESERVED.newsCompactItem}em);
  }
  /* After the list, so what appears here (an "N new" button) moves nothing above the reader. */
  [part~='actions'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space-s) var(--_space);
    margin-top: var(--_gap);
  }
  /* Prerendered, before the script runs or without it, a button could do nothing: the "More on …" link serves.
     The "N new" button's unseen place is kept, so taking over moves nothing. */
  :host(:not(:defined)) [part~='button']:not(.idle) {
    display: none;
  }
  .idle {
    visibility: hidden;
  }
`;
