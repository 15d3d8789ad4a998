// The budgets that a number can state, in one place: the size test asserts them, the benchmark reports them, and
// tests/project/claims.test.mjs checks that README.md and docs/ quote these figures.

/**
 * Gzip bytes (level 9) of dist/policy-widgets.js, and of the classic script: every element, all four locales,
 * take-over of prerendered markup included (15,000), plus at most 1,500 for the v0.2 reader features.
 */
export const SIZE_BUDGET = 16_500;

/** Ratios to a baseline measured in the same run; README.md's Benchmark section says what each one compares. */
export const RENDER_BUDGET = 1.2; // render time × the hand-written baseline, 7 and 1,000 items
export const SCRIPT_ONLY_BUDGET = 1.2; // time to content × a hand-written fetch and render
export const PRERENDER_BUDGET = 1.05; // time to content × the same page as static HTML
export const TBT_BUDGET = 1.2; // Lighthouse total blocking time × the page saved as static HTML
