import { css } from 'lit';

export const whitePaperStyles = css`
  [part~='card'] {
    border-inline-start: 0.375em solid var(--policy-white-paper-accent, var(--_accent));
  }
  [part~='label'] {
    order: -1;
    font-weight: 600;
  }
  [part~='subtitle'] {
    font-size: 1.0625em;
  }
`;
