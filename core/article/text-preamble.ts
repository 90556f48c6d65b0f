/**
 * What a scraper leaves around the story in a saved plain-text article: metadata fields run onto
 * the first line ("date 2017-02-19 The council has..."), and a newsletter sign-up form's words
 * flattened into the text ("Get daily updates directly to your inbox + Subscribe Thank you for
 * subscribing! Could not subscribe, try again later Invalid Email"). Neither is the story: the
 * date is the article's publication time, and the form is furniture, which a page's markup would
 * have shown as a form.
 */

/**
 * One metadata field at the start of the text: "date 2017-02-19", "date: 2017-02-19T08:30:00Z",
 * "url https://...". A date field takes an ISO date only, so a story that opens with the word
 * "Date" keeps it.
 */
const FIELD =
  /^\s*(?:(date|published)\s*:?\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)|(url|source)\s*:?\s+(https?:\/\/\S+))(?=\s|$)/i;

/**
 * A newsletter sign-up form's text: its pitch ("Get daily updates directly to your inbox +"), the
 * button ("Subscribe") and the messages it shows after a click ("Thank you for subscribing!",
 * "Could not subscribe, try again later", "Invalid Email"). Found by the button and the thanks
 * together, which no story prints.
 */
const SIGNUP_FORM =
  /(?:\b(?:get|sign up for|sign up to)\b[^.!?\n]{0,80}?\b(?:inbox|newsletters?|email)\s*\+?\s*)?\bsubscribe\s+thank you for subscribing!?(?:\s+we have more newsletters(?:\s+show me)?)?(?:\s+see our privacy notice)?(?:\s+could not subscribe,?\s+try again later)?(?:\s+invalid email)?/gi;

/** What the preamble gave, and the text with it taken out. */
export interface TextPreamble {
  text: string;
  /** ISO instant of a date field (a bare date as midnight UTC), or null. */
  publishedTime: string | null;
  /** A url field's address, or null. */
  url: string | null;
}

/** Reads the metadata fields that open `text` and removes them and any sign-up form's words. */
export function readTextPreamble(text: string): TextPreamble {
  let rest = text;
  let publishedTime: string | null = null;
  let url: string | null = null;
  // A few fields at most: each pass removes one, and a text is never scanned past its first line's fields.
  for (let i = 0; i < 4; i++) {
    const m = FIELD.exec(rest);
    if (!m) break;
    if (m[2]) {
      // A time with no zone is read as UTC, as a date alone is: never the machine's own zone.
      const iso = m[2].length === 10 ? `${m[2]}T00:00:00` : m[2].replace(' ', 'T');
      const time = new Date(/(?:Z|[+-]\d{2}:?\d{2})$/i.test(iso) ? iso : `${iso}Z`);
      publishedTime ??= Number.isNaN(time.getTime()) ? null : time.toISOString();
    } else url ??= m[4]!;
    rest = rest.slice(m[0].length);
  }
  return { text: rest.replace(SIGNUP_FORM, ' '), publishedTime, url };
}
