/**
 * Letter classes for the entity expressions, as explicit ranges (Latin with its extensions, Greek,
 * Cyrillic, combining marks) instead of Unicode property escapes: an expression with `\p{L}` costs
 * about ten times more to compile, and every page load compiles them afresh. Use inside [...].
 * Names in other scripts are rare in local news and are simply not found.
 */

/** Letters, with Hawaiian's ʻokina (a letter of its own: "Kaʻaihue") and the modifier apostrophe. */
export const L = String.raw`a-zA-Z\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F\u02BB\u02BC\u0370-\u03FF\u0400-\u04FF\u1E00-\u1EFF`;
/** Capitals; in Latin Extended-A and Latin Extended Additional both cases, which only start words in names. */
export const LU = String.raw`A-Z\u00C0-\u00D6\u00D8-\u00DE\u0100-\u017F\u0391-\u03A9\u0400-\u042F\u1E00-\u1EFF`;
/** Lower-case letters (Latin Extended in both cases, as above; the ʻokina, which is caseless). */
export const LL = String.raw`a-z\u00DF-\u00F6\u00F8-\u00FF\u0100-\u024F\u02BB\u02BC\u03B1-\u03C9\u0430-\u045F\u1E00-\u1EFF`;
/** Combining marks. */
export const M = String.raw`\u0300-\u036F`;
