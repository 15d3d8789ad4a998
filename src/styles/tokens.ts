import { css } from 'lit';

/**
 * Public `--policy-*` tokens feed private `--_*` variables on :host, so a
 * partner can set a token on :root or any ancestor and every rule reads one
 * name. Sizes are in em: partner pages often set `html { font-size: 62.5% }`.
 */
export const tokens = css`
  :host {
    --_text: var(--policy-color-text, #1b1b1b);
    --_text-muted: var(--policy-color-text-muted, #4f4f4f);
    --_background: var(--policy-color-background, #ffffff);
    --_surface: var(--policy-color-surface, #f3f4f6);
    --_border: var(--policy-color-border, #8a8f98);
    --_link: var(--policy-color-link, #00509e);
    --_accent: var(--policy-color-accent, #00509e);
    --_error: var(--policy-color-error, #b3261e);
    --_font-family: var(--policy-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_heading-font-family: var(--policy-font-heading-family, var(--_font-family));
    --_font-size: var(--policy-font-size, 1em);
    --_line-height: var(--policy-font-line-height, 1.5);
    --_space: var(--policy-space, 1em);
    --_radius: var(--policy-radius, 0.25em);
    --_focus-color: var(--policy-focus-color, #1a5fb4);
    --_focus-width: var(--policy-focus-width, 0.1875em);
  }
`;
