/**
 * Making V8 compile a regular expression straight to machine code.
 *
 * V8 compiles an expression on its first use to bytecode and interprets it, then compiles it again
 * to machine code on its second use (regexp tier-up). For large expressions, and for any with
 * Unicode property classes, the bytecode compilation is the dearer step: on a fresh page it was
 * about three quarters of the time spent compiling them. A subject of 1,000 characters or more
 * skips the interpreter (and once an expression has skipped it, V8 compiles it to machine code for
 * strings of the other width too), so running an expression once on such a string leaves it
 * compiled to machine code at about a third of the cost. What it matches does not change; only
 * when it is compiled, and how. The detectors (core/entities, core/figures) run every expression
 * they keep in a constant through these helpers; a lint rule in eslint.config.mjs holds them to it.
 */

/** V8 tiers an expression up at once on subjects at least this long (JSRegExp::kTierUpForSubjectLengthValue). */
const LONG_SUBJECT = 1000;

let pad: string | null = null;
const warmed = new WeakSet<RegExp>();

/**
 * Compiles `re` to machine code, once: a later call is a lookup, so pass an expression kept in a
 * constant (a literal written inside a function is a new object each time, warmed each time, at a
 * cost of a thousand characters' copy and one run). `like` is a subject it will run
 * on: the long string is built from it, so the code compiled fits its width (one or two bytes a
 * character). Keeps `re.lastIndex`. The pad is control characters, which no expression expects,
 * so an unanchored expression fails fast at every position; a sticky or global one is tried only
 * at the end. Returns `re`.
 */
export function warmRegExp(re: RegExp, like: string): RegExp {
  if (warmed.has(re)) return re;
  warmed.add(re);
  pad ??= '\u0001'.repeat(LONG_SUBJECT);
  // Concatenation keeps the width of `like`'s storage, which its content alone would not tell.
  const subject = like + pad;
  const last = re.lastIndex;
  re.lastIndex = subject.length;
  re.exec(subject);
  re.lastIndex = last;
  return re;
}

/** `re.exec(text)`, `re` compiled to machine code on its first use (see {@link warmRegExp}). */
export function execNative(re: RegExp, text: string): RegExpExecArray | null {
  return warmRegExp(re, text).exec(text);
}

/** `re.test(text)`, `re` compiled to machine code on its first use (see {@link warmRegExp}). */
export function testNative(re: RegExp, text: string): boolean {
  return warmRegExp(re, text).test(text);
}
