// The budgets that a number can state, in one place: the size test asserts SIZE_BUDGET, the benchmark
// (bench/run.mjs) reports every one beside its figure, and tests/project/claims.test.mjs checks that README.md and
// docs/ quote these figures.

/**
 * Gzip bytes (level 9) of dist/policy-widgets.js, and of the classic script: every element, all four locales,
 * take-over of prerendered markup included (15,000), plus at most 1,500 for the v0.2 reader features.
 */
export const SIZE_BUDGET = 16_500;

/** A page with one element, through its per-element drop-in (dist/elements/<element>.js): gzip bytes of JavaScript, and requests. */
export const ELEMENT_SIZE_BUDGET = 12_000;
export const ELEMENT_REQUESTS_BUDGET = 2;

/** Ratios to a floor or baseline measured in the same run. */
export const RENDER_BUDGET = 1.5; // render time × a bare Lit element rendering the same markup, 7 and 1,000 items
export const SCRIPT_ONLY_BUDGET = 1.2; // time to content × a hand-written fetch and render, same page and feed
export const PRERENDER_BUDGET = 1.05; // first contentful paint × the same page as static HTML
/** Lighthouse total blocking time (ms) above the same page saved as static HTML: a ratio to a static page's 0 ms means nothing. */
export const TBT_BUDGET = 20;

/** The longest task (ms) while a list of 1,000 items renders: the browser's long-task threshold. */
export const LONG_TASK_BUDGET = 50;
