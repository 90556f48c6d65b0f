/**
 * "Trustees hired Jason Bidwell as the township's part-time zoning inspector": a verb of appointment
 * before the name and "as <role>" after it give the person that role. "Reappointed Pat Gilchrist to
 * the township zoning commission" (or "the appointment of X to the Planning Commission"): appointed to a
 * body, they are one of its members.
 */
import { execNative, testNative } from '../native-regexp';
import type { Candidate } from './types';
import { leadingRole } from './leading-role';
import { isOfficialRole, type RoleCue } from './roles';
import { L } from '../letters';

const APPOINTED_BEFORE_RE =
  /\b(?:hire|hired|appoint|appointed|re-?appointed|name|named|choose|chose|chosen|select|selected|elect|elected|re-elected|confirm|confirmed|install|installed|picked|tapped|promote|promoted|recruit|recruited|(?:re-?)?(?:appointment|nomination|election|confirmation)[ \u00A0]+of)[ \u00A0]+$/i;
// Not after "its" or "their": whose post it is would be the subject's, which is not read here.
const AS_ROLE_RE = new RegExp(String.raw`^[ \u00A0]+as[ \u00A0]+(?:(?:the|a|an)[ \u00A0]+)?((?:[${L}-]+['’]s?[ \u00A0]+)?)([^,.;:!?()"“”\n]{2,90})`, 'u');

/** "to the township zoning commission": a body of members, named by up to four words before its noun. */
const TO_BODY_RE = new RegExp(
  String.raw`^[ \u00A0]+to[ \u00A0]+(?:the[ \u00A0]+)?(?!its\b|their\b|his\b|her\b)((?:[${L}'’-]+[ \u00A0]+){0,4}(?:commission|board|council|committee|panel|authority|cabinet|bench|trust|tribunal))\b`,
  'iu',
);

/** The role a candidate is appointed to, or null when the sentence does not appoint them. */
export function appointedRole(text: string, c: Candidate): RoleCue | null {
  if (c.possessive || !testNative(APPOINTED_BEFORE_RE, text.slice(Math.max(c.paraStart, c.start - 22), c.start))) return null;
  const after = text.slice(c.afterEnd, Math.min(c.paraEnd, c.afterEnd + 120));
  const body = execNative(TO_BODY_RE, after);
  if (body) {
    const role = `member of the ${body[1]!.replace(/[ \u00A0]+/g, ' ').toLowerCase()}`;
    return { role, official: isOfficialRole(role, role) };
  }
  const m = AS_ROLE_RE.exec(after);
  const role = m ? leadingRole(m[2]!, true, true) : null;
  if (!m || !role) return null;
  const owner = m[1]!.trim();
  return { role, official: isOfficialRole(role, `${owner} ${m[2]!}`), ...(owner ? { owner } : {}) };
}
