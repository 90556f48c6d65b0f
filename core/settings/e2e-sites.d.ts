/**
 * Extra hosts the end-to-end build adds to the default site list (a fixture server on 127.0.0.1).
 * Defined by wxt.config.ts through Vite `define`; undefined in Vitest and in the config itself, so
 * read it only behind `typeof __E2E_SITES__ !== 'undefined'`.
 */
declare const __E2E_SITES__: string[] | undefined;
