/**
 * "Meeting Marchetti's full request would have meant ...", "Funding Angela Marchetti's plan ...": a
 * sentence opened by a verb form or adverb that is capitalised only because it opens the sentence.
 * It is no given name; the name after it is the person's, written as the article writes it elsewhere.
 */
import type { Item } from './detect-people';
import { testNative } from '../native-regexp';

/** A verb form or adverb, when the same word is written lower-case elsewhere in the article. */
const VERB_FORM_RE = /^[A-Z][a-z]{2,}(?:ing|ed|ly)$/;
/**
 * A gerund even when the article never writes it lower-case, if the surname after it belongs to
 * someone named earlier with another given name. Three letters or more before "-ing": "King" and
 * "Ming" are given names.
 */
const GERUND_RE = /^[A-Z][a-z]{3,}ing$/;

/**
 * Drop such an opening word from every untitled candidate of two or more words that starts a
 * sentence, so the rest is read as a surname or a full name.
 */
export function dropVerbOpeners(items: Item[], isLower: (word: string) => boolean): void {
  // The given names each surname was written with so far, in body order.
  const givenBySurname = new Map<string, Set<string>>();
  for (const it of items) {
    const { c } = it;
    const first = c.tokens[0];
    const surname = it.content[it.content.length - 1]!;
    const known = givenBySurname.get(surname);
    if (!c.title && it.cues.sentenceInitial && c.tokens.length >= 2 && first && !first.particle && !first.nickname && !c.tokens[1]!.particle) {
      const verb = testNative(VERB_FORM_RE, first.text) && isLower(first.text.toLowerCase());
      const gerund = testNative(GERUND_RE, first.text) && !!known && !known.has(first.text);
      if (verb || gerund) {
        const tokens = c.tokens.slice(1);
        it.c = { ...c, start: tokens[0]!.start, tokens };
        it.content = it.content.slice(1);
        continue;
      }
    }
    if (it.content.length >= 2) givenBySurname.set(surname, (known ?? new Set()).add(it.content[0]!));
  }
}
