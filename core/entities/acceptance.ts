/**
 * Whether a multi-word capitalised run with no full-name entity yet may introduce a person:
 * titles, roles and watchlist names say yes; organisation words, lower-case uses and a bare
 * article before it say no.
 */
import type { Item } from './detect-people';
import { isWatchlistName, type PreparedEntry } from './watchlist-match';

/**
 * Does the article use this word in lower case ("budget", "row")? Tells "Budget Row" from a name.
 * Asked only for the few candidates with no cue, so a native search per word beats indexing every word.
 */
export function lowerWordTest(text: string): (word: string) => boolean {
  const memo = new Map<string, boolean>();
  return (word) => {
    let hit = memo.get(word);
    if (hit === undefined) {
      hit = false;
      for (let i = text.indexOf(word); i >= 0 && !hit; i = text.indexOf(word, i + 1)) {
        hit = !/[\p{L}'’]/u.test(text[i - 1] ?? ' ') && !/[\p{L}]/u.test(text[i + word.length] ?? ' ');
      }
      memo.set(word, hit);
    }
    return hit;
  };
}

/** May this multi-word candidate introduce a new person? */
export function accept(text: string, item: Item, orgWords: Set<string>, isLower: (w: string) => boolean, watch: PreparedEntry[],
  titled: ReadonlySet<string> = new Set()): boolean {
  const { c, cues, content } = item;
  if (cues.credit) return false;
  if (isWatchlistName(content.join(' '), watch)) return true;
  if (c.title || cues.roles.length) return true;
  if (c.weakOrg) return actsAsPerson(text, item, titled);
  // "the Trojan Horse", "the Birmingham Mail": a bare article before a cue-less run marks a thing.
  if (/\b(?:the|a|an)[ \u00A0]+$/i.test(text.slice(Math.max(c.paraStart, c.start - 6), c.start))) return false;
  const ls = content.map((w) => w.toLowerCase());
  if (ls.some((l) => orgWords.has(l))) return false;
  if (ls.every((l) => l.length === 1 || isLower(l))) return false;
  // "Promised Savings", "Speaking Tuesday": a sentence-initial verb or adverb is no given name.
  return !(cues.sentenceInitial && /(?:ly|ed|ing)$/.test(ls[0]!) && isLower(ls[0]!));
}

const SPEECH_AFTER_RE = /^[ \u00A0]+(?:said|says|told|added|argued|explained|wrote)\b/;

/**
 * "Margaret Hall" or "Ellen Marsh" (surnames that are also place words) is a person when the article
 * also calls her by title ("Mrs Hall"), says "who" of her, or has the surname speak ("Marsh said").
 */
function actsAsPerson(text: string, item: Item, titled: ReadonlySet<string>): boolean {
  const { c, content } = item;
  // "to Kingsley Hall", "at Brook Marsh": after a place preposition it is a place, whatever else says.
  if (c.possessive || /\b(?:at|to|in|into|from|near|outside|inside|opposite|of|on)[ \u00A0]+$/i.test(text.slice(Math.max(c.paraStart, c.start - 10), c.start))) return false;
  const surname = content[content.length - 1]!;
  if (titled.has(surname.toLowerCase())) return true;
  if (/^,[ \u00A0]+who\b/.test(text.slice(c.afterEnd, c.afterEnd + 6))) return true;
  for (let i = text.indexOf(surname); i >= 0; i = text.indexOf(surname, i + 1)) {
    if (i === c.tokens[c.tokens.length - 1]!.start || /[\p{L}\p{M}]/u.test(text[i - 1] ?? ' ')) continue;
    if (SPEECH_AFTER_RE.test(text.slice(i + surname.length, i + surname.length + 12))) return true;
  }
  return false;
}
