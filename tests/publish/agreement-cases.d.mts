/** Types for agreement-cases.mjs, imported by the browser test tests/publish-agreement.test.ts. */
export declare const CASES: { name: string; feed: unknown; valid: boolean; skipped?: number[]; refused?: boolean; pointers?: string[] }[];
