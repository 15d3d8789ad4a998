/** The strict Content-Security-Policy of the tests; see csp.mjs. */
export declare const strictCsp: (self?: string) => string;
