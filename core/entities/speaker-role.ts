/**
 * A profile often tags its subject's words with their post instead of their name: "Lorna Achebe has
 * an office on the top floor. ... 'I've been out every day,' says the new chief executive of North
 * Raddington Council." The post in such a speech tag is the subject's.
 */
import type { Entity } from './coreference';
import { isOfficialRole, leadingRole } from './roles';
import { isSingularPost } from './leading-role';
import { testNative, warmRegExp } from '../native-regexp';

/** A quotation's end, then "says/said the (new) <role phrase>" and the end of the clause. */
const TAG_RE = /[,?!]["”’]?[ \u00A0]+(?:says|said)[ \u00A0]+the[ \u00A0]+(new[ \u00A0]+)?([a-z][^,.;:!?()"“”\n]{2,100})[,.;]/g;
/** A sentence opened by a pronoun: the story is still about the person last named. */
const PRONOUN_RE = /(?:^|[.!?][ \u00A0]+|\n)(?:She|He)[ \u00A0]/;
/** How far back the subject's last naming may be: a paragraph or two. */
const REACH = 800;

/**
 * Gives a speech tag's unnamed post to the article's main subject when they were the last person
 * named before it and have no post of their own. Anyone else last named, or a subject who already
 * holds a post, leaves the tag alone: the speaker may be another, unnamed official.
 */
export function giveSpeakerRoles(text: string, entities: Entity[]): void {
  if (!entities.length) return;
  const most = entities.reduce((max, e) => Math.max(max, e.mentions.length), -Infinity);
  // Every mention in text order, walked once alongside the tags (both come in order), so a page of
  // tags costs no more per tag than a page with one.
  const mentions = entities.flatMap((e) => e.mentions.map((x) => ({ start: x.start, e }))).sort((a, b) => a.start - b.start);
  const seen = new Map<Entity, number>();
  let next = 0;
  for (const m of text.matchAll(warmRegExp(TAG_RE, text))) {
    const at = m.index;
    for (; next < mentions.length && mentions[next]!.start < at; next++) seen.set(mentions[next]!.e, (seen.get(mentions[next]!.e) ?? 0) + 1);
    const lastMention = mentions[next - 1];
    if (!lastMention || at - lastMention.start > REACH) continue;
    const last = lastMention.e;
    if (last.mentions.length < most || last.roles.some((r) => r.role || r.official)) continue;
    const phrase = m[2]!.trim();
    const role = leadingRole(phrase, true);
    // The whole phrase must be the post ("the chief executive of X"), not a post and more words.
    if (!role || role !== phrase) continue;
    if (!isSingularPost(role) || !isOfficialRole(role, m[0])) continue;
    // The subject carried on to the tag ("She has spent little time in it."), or a new post for a
    // subject the story keeps naming: otherwise the speaker may be another, unnamed official.
    const bridged = testNative(PRONOUN_RE, text.slice(lastMention.start, at));
    if (!bridged && !(m[1] && (seen.get(last) ?? 0) >= 3)) continue;
    last.roles.push({ role, official: true });
  }
}
