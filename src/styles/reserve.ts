/**
 * The height each element's loading state takes, in em of the element's text. The placeholders are drawn at
 * these sizes, and dist/policy-widgets.css (written from src/styles/reserve-css.ts) reserves the same space
 * before the script defines the element: one source, so neither step moves the page.
 */
export const RESERVED = {
  /**
   * At or under this container width (em), a block stacks and takes the second, taller height. The elements'
   * own container queries spell it out (a template value there would stop their CSS being minified), and
   * tests/dist/reserve.test.ts measures both sides of the breakpoint, so the two must agree.
   */
  narrow: 30,
  /** One news item, [wide, narrow]; the list adds the gap between items. */
  newsItem: [9, 13],
  /** One news item in the compact layout. */
  newsCompactItem: 3.5,
  /** The narrowest column of the news grid. */
  newsColumn: 16,
  /** A speech or white-paper card, [wide, narrow]. */
  card: [13.25, 18.25],
  /** The topic header, [wide, narrow]. */
  topicHeader: [16.25, 24.5],
} as const;
