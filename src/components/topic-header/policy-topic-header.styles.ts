import { css } from 'lit';
import { RESERVED } from '../../styles/reserve.js';

export const topicHeaderStyles = css`
  [part~='header'],
  .placeholder-header {
    display: grid;
    gap: 0.75em;
    justify-items: start;
  }
  .placeholder-header {
    min-height: ${RESERVED.topicHeader[0]}em;
  }
  @container (max-width: 30em) {
    .placeholder-header {
      min-height: ${RESERVED.topicHeader[1]}em;
    }
  }
  [part~='title'] {
    /* Smaller in a narrow container, so one long Norwegian compound still fits on a line. */
    font-size: clamp(1.25em, 7cqi, 1.75em);
  }
  [part~='history-notice'] {
    padding: 0.5em 0.75em;
    border-inline-start: 0.25em solid var(--policy-topic-header-notice-accent, var(--_notice));
    background: var(--_surface);
  }
  [part~='intro'] {
    font-size: 1.125em;
  }
  [part~='facts'] {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.5em;
    color: var(--_text-muted);
    font-size: 0.875em;
  }
  [part~='facts'] dt {
    display: inline;
    font-weight: 600;
  }
  [part~='facts'] dt::after {
    content: ': ';
  }
  [part~='facts'] dd {
    display: inline;
  }
  [part~='more'] {
    font-weight: 600;
  }
  /* Neither link sits in running text, so each gets a 24 px target (WCAG 2.5.8). */
  [part~='header'] a {
    display: inline-block;
    min-height: max(1.5em, 24px);
  }
  .placeholder:nth-child(1) {
    height: 2.2em;
    width: 50%;
  }
  .placeholder:nth-child(2) {
    height: 4.5em;
    width: 100%;
  }
  .placeholder:nth-child(3) {
    height: 1.3em;
    width: 40%;
  }
`;
