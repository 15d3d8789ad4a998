import { css } from 'lit';

/** Rules every element shares: the root box, text, links, focus, the states. */
export const sharedStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  /* Inherited text properties are set here, not on :host, so a page's own !important rules cannot reach them.
     No background by default: the block sits on the page's own, in the page's text colour (see tokens). */
  [part~='base'] {
    box-sizing: border-box;
    color: var(--_text);
    font-family: var(--_font-family);
    font-size: var(--_font-size);
    font-weight: normal;
    line-height: var(--_line-height);
    font-style: normal;
    letter-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    overflow-wrap: anywhere;
  }
  *,
  ::before,
  ::after {
    box-sizing: inherit;
  }
  h1, h2, h3, h4, h5, h6 {
    margin: 0;
    font-family: var(--_heading-font-family);
    font-size: 1.125em;
    line-height: 1.3;
    font-weight: var(--_heading-weight);
    hyphens: auto;
  }
  /* Set again where dir=auto is: Firefox and WebKit pass an inherited start on as the parent's side. */
  [dir] {
    text-align: start;
  }
  p,
  figure,
  dl,
  dd {
    margin: 0;
  }
  a {
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  a:hover,
  :is([part~='item'], [part~='card']):hover [part~='link'] {
    text-decoration-thickness: 0.125em;
  }
  /* The item's one link covers its whole box, so the box is one large target and never holds a second link. */
  [part~='link']::after {
    content: '';
    position: absolute;
    inset: 0;
  }
  :focus-visible {
    outline: var(--_focus-width) solid var(--_focus-color);
    outline-offset: var(--_focus-offset);
  }
  /* Every image gets a 16:9 box at its figure's width, before it loads and whether or not it loads: a 404 or
     blocked image would otherwise take its width and height attributes as its size (1200 × 675 px), and WebKit
     gives a broken image no ratio at all. Other shapes are cropped to fill the box. */
  img {
    display: block;
    width: 100%;
    height: auto;
    aspect-ratio: 16 / 9;
    object-fit: cover;
    overflow: hidden;
    contain: size;
  }
  /* The meta line (and a news image) follow the heading in the DOM, so the heading opens each item for screen readers. */
  [part~='meta'] {
    order: -1;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  [part~='type']::after {
    content: ' · ';
  }
  [part~='type']:last-child::after {
    content: none;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  /* The loading state: a box of three bars (meta line, title, summary) per item, card or header. */
  .placeholders {
    display: grid;
    gap: 0.5em;
    align-content: start;
  }
  .placeholder {
    height: 1.4em;
    width: 85%;
    border-radius: var(--_radius);
    background: var(--_surface);
    animation: pulse 1.6s ease-in-out infinite;
  }
  .placeholder:first-child {
    height: 0.875em;
    width: 30%;
  }
  .placeholder:nth-child(3) {
    height: 3em;
    width: auto;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .placeholder {
      animation: none;
    }
  }
  [part~='error'] {
    display: grid;
    gap: 0.75em;
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_error);
    border-radius: var(--_radius);
  }
  /* Prerendered, "Try again" keeps its place but shows only once the script has defined the element, which acts on it. */
  :host(:not(:defined)) [part~='retry'] {
    visibility: hidden;
  }
  /* Outlined in the text colour, which is readable on any page, until a page sets an accent to fill it with. */
  [part~='retry'],
  [part~='button'] {
    min-height: 2.75em;
    padding: 0.5em 1em;
    border: 1px solid var(--policy-color-accent, currentColor);
    border-radius: var(--_radius);
    background: var(--policy-color-accent, transparent);
    color: var(--policy-color-on-accent, currentColor);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  @container style(--policy-color-accent) {
    [part~='retry'],
    [part~='button'] {
      color: var(--_on-accent);
      outline-color: var(--policy-focus-color, var(--_accent));
    }
  }
  /* Forced colours drop backgrounds: placeholders keep an outline, and focus takes the system highlight. */
  @media (forced-colors: active) {
    /* System colours resolve against color-scheme: follow the reader's own palette, not the page's scheme. */
    :host {
      color-scheme: light dark;
    }
    .placeholder {
      border: 1px solid GrayText;
    }
    :focus-visible {
      outline-color: Highlight;
    }
    [part~='retry'],
    [part~='button'] {
      border-color: ButtonText;
      background: ButtonFace;
      color: ButtonText;
    }
  }
  /* Print: black on white, no buttons, placeholders or loading state, and each link's address after it. */
  @media print {
    :host {
      --_text: #000;
      --_text-muted: #000;
      --_background: #fff;
      --_link: #000;
      --_border: #000;
    }
    button,
    .placeholder,
    [aria-busy='true'] {
      display: none;
    }
    /* On paper the stretched link's box is no target: its ::after carries the address, in the flow. */
    a[href]::after {
      content: ' (' attr(href) ')';
      position: static;
    }
  }
`;

/**
 * The background of a block that is not a card (the news list, the topic header): the page's own unless
 * `--policy-color-background` is set, and then with inner space, so text never touches its edge.
 */
export const panelStyles = css`
  [part~='base'] {
    background: var(--_background);
  }
  @container style(--policy-color-background) {
    [part~='base'] {
      padding: var(--_space);
    }
  }
`;
