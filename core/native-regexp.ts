/**
 * Making V8 compile a regular expression straight to machine code.
 *
 * V8 compiles an expression on its first use to bytecode and interprets it, then compiles it again
 * to machine code on its second use (regexp tier-up), separately for strings of one-byte and of
 * two-byte characters. For the large rule expressions the bytecode compilation is the dearer step:
 * on a fresh page it was about three quarters of the time spent compiling them. A subject of 1,000
 * characters or more skips the interpreter, so running an expression once on such a string, of the
 * width the real subjects have, leaves it compiled to machine code at about a quarter of the cost.
 * Nothing changes in what the expression matches; only when it is compiled, and how.
 */

/** V8 tiers an expression up at once on subjects at least this long (JSRegExp::kTierUpForSubjectLengthValue). */
const LONG_SUBJECT = 1000;

let narrowPad: string | null = null;
let widePad: string | null = null;
const NARROW = 1;
const WIDE = 2;
const warmed = new WeakMap<RegExp, number>();

/** True when `text` holds a character above U+00FF (V8 then stores it with two bytes a character). */
export function isWide(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return true;
  return false;
}

/**
 * Compiles `re` to machine code for subjects like `wide` says, once per expression and width; a
 * later call is a lookup. Keeps `re.lastIndex`. The pad is control characters, which no rule
 * expects, so an unanchored expression fails fast at every position.
 */
export function warmRegExp(re: RegExp, wide: boolean): RegExp {
  const bit = wide ? WIDE : NARROW;
  const done = warmed.get(re) ?? 0;
  if (done & bit) return re;
  warmed.set(re, done | bit);
  narrowPad ??= '\u0001'.repeat(LONG_SUBJECT);
  widePad ??= `${narrowPad}\u2029`;
  const last = re.lastIndex;
  const pad = wide ? widePad : narrowPad;
  // A sticky or global expression tries only the last position; the compilation happens anyway.
  re.lastIndex = pad.length;
  re.exec(pad);
  re.lastIndex = last;
  return re;
}
