/**
 * The lede often names a role before the person: "Birchley City Council has been thrown into
 * turmoil by the sudden exit of its £180,000-a-year chief executive ..." and only the next
 * paragraph says who that is. The role is found here and given to that person.
 */
import type { Paragraph } from '@/core/model/analysis';
import { type RoleCue, isOfficialRole, leadingRole } from './roles';
import { ownerBefore } from './role-owner';
import { isSingularPost } from './leading-role';
import { isCalling } from './not-names';
import { L, LU } from '../letters';
import { execNative, testNative, warmRegExp } from '../native-regexp';

/** An unattached role in the opening paragraph, and where it ends. */
export interface LedeRole {
  cue: RoleCue;
  end: number;
  /** The end of the opening paragraph: a name it titles with another office ("has sued the city, Mayor X and ...") is not the role's holder. */
  paraEnd: number;
}

const OPENER_RE = new RegExp(String.raw`(?<![${L}])(?:[Tt]he|[Ii]ts|[Tt]heir|[${L}]+['’]s)[ \u00A0]+(?:[£$€][\d.,]+(?:m|bn|k)?(?:-a-year)?[ \u00A0]+)?`, 'gu');
const NAME_NEXT_RE = new RegExp(String.raw`^[ \u00A0]*,?[ \u00A0]*[${LU}]`, 'u');
const PHRASE_RE = /^[^,.;:!?()"“”\n]{3,120}/u;
/** "a Greyfriars estate tenant", "an elderly woman": an unnamed private person, up to three words before the noun. */
const SOMEONE_RE = new RegExp(String.raw`(?<![${L}])an?[ \u00A0]+((?:[${L}'’\-]+[ \u00A0]+){0,3}[${L}'’\-]+)`, 'gu');
const SOMEONE_NOUNS = new Set(['woman', 'man', 'family', 'boy', 'girl', 'teenager', 'couple']);
/** Does the lede also bring in an unnamed private person, who may be the one named next? */
const ledeHasSomeone = (lede: string): boolean =>
  [...lede.matchAll(warmRegExp(SOMEONE_RE, lede))].some((m) => m[1]!.split(/[ \u00A0]+/).some((w) => isCalling(w) || SOMEONE_NOUNS.has(w)));

/** Role phrase with a singular head in the first paragraph that is not followed by a name. */
export function findLedeRole(text: string, paragraphs: readonly Paragraph[]): LedeRole | null {
  const first = paragraphs[0];
  if (!first) return null;
  for (const m of first.text.matchAll(warmRegExp(OPENER_RE, first.text))) {
    const from = m.index + m[0].length;
    const phrase = execNative(PHRASE_RE, first.text.slice(from, from + 130))?.[0];
    if (!phrase) continue;
    const role = leadingRole(phrase, true);
    if (!role) continue;
    if (!isSingularPost(role)) continue;
    const phraseStart = first.start + m.index + m[0].length;
    const end = phraseStart + role.length;
    // A name straight after the role ("chief executive Mark Rogers") is handled elsewhere.
    if (testNative(NAME_NEXT_RE, text.slice(end, end + 3))) continue;
    // "ordered to pay £4,850 to a tenant after the Housing Ombudsman found ...": the next name may be the tenant's.
    if (ledeHasSomeone(first.text)) return null;
    const owner = ownerBefore(text, phraseStart, first.start);
    return { cue: { role, official: isOfficialRole(role, first.text), ...(owner ? { owner } : {}) }, end, paraEnd: first.start + first.text.length };
  }
  return null;
}
