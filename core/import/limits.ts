/** Caps on imported data: generous for real use, small enough that a hostile file cannot exhaust memory. */
export const LIMITS = {
  /** Largest file accepted, in bytes of UTF-8. */
  fileBytes: 50 * 1024 * 1024,
  /** Most items in any one array (a table, or one record's list). */
  items: 200_000,
  /** Short strings: ids, names, roles, dates, colours. */
  short: 2_000,
  /** URLs. */
  url: 8_192,
  /** Quotes and notes. */
  text: 100_000,
  /**
   * A page's serialised HTML sent to be read, in characters: beyond the largest real pages by far, a
   * bound on the parse, and within what a browser message may carry (64 MiB as JSON).
   */
  pageHtml: 30_000_000,
  /** Largest character offset into a page. */
  offset: 100_000_000,
} as const;
