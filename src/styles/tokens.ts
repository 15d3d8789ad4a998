import { css } from 'lit';

/**
 * Public `--policy-*` tokens feed private `--_*` variables on :host, so a
 * partner can set a token on :root or any ancestor and every rule reads one
 * name. By default the elements sit on the page's own background and take its
 * text colour (`currentColor`): only the page knows what its background is, and
 * its text is readable on it, dark page or light, whatever its `color-scheme`.
 * The self-contained pairs (the button, accents) are `light-dark()` pairs,
 * picked by `color-scheme`: the page's own unless `--policy-color-scheme` says
 * otherwise. Sizes are in em: partner pages often set `html { font-size: 62.5% }`.
 * docs/theming.md lists every token; keep it in step.
 */
export const tokens = css`
  :host {
    color-scheme: var(--policy-color-scheme);
    --_text: var(--policy-color-text, currentColor);
    --_text-muted: var(--policy-color-text-muted, color-mix(in srgb, currentColor 80%, transparent));
    --_background: var(--policy-color-background, transparent);
    --_surface: var(--policy-color-surface, color-mix(in srgb, currentColor 10%, transparent));
    --_border: var(--policy-color-border, #8a8f98);
    --_link: var(--policy-color-link, currentColor);
    --_accent: var(--policy-color-accent, light-dark(#00509e, #8ab4f8));
    --_on-accent: var(--policy-color-on-accent, light-dark(#fff, #16181d));
    --_error: var(--policy-color-error, light-dark(#b3261e, #ff8a80));
    --_notice: var(--policy-color-notice, light-dark(#b35c00, #f0a35e));
    --_font-family: var(--policy-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    --_heading-font-family: var(--policy-font-heading-family, var(--_font-family));
    --_heading-weight: var(--policy-font-heading-weight, 700);
    --_font-size: var(--policy-font-size, 1em);
    --_line-height: var(--policy-font-line-height, 1.5);
    --_space: var(--policy-space, 1em);
    --_space-s: var(--policy-space-s, calc(var(--_space) / 2));
    --_radius: var(--policy-radius, 0.25em);
    --_focus-color: var(--policy-focus-color, currentColor);
    --_focus-width: var(--policy-focus-width, 0.1875em);
    --_focus-offset: var(--policy-focus-offset, 0.125em);
  }
`;
