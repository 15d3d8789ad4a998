// The design's budgets that a number can state, in one place: the size test asserts them, the benchmark reports them.

/**
 * Gzip bytes (level 9) of dist/policy-widgets.js, and of the classic script: every element, all four locales,
 * take-over of prerendered markup included (15,000), plus at most 1,500 for the v0.2 reader features.
 */
export const SIZE_BUDGET = 16_500;
