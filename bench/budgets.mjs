// The design's budgets that a number can state, in one place: the size test asserts them, the benchmark reports them.

/** Gzip bytes (level 9) of dist/policy-widgets.js, and of the classic script: every element, all four locales. */
export const SIZE_BUDGET = 15_000;
