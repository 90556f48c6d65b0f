/**
 * "Trustees hired Jason Bidwell as the township's part-time zoning inspector": a verb of appointment
 * before the name and "as <role>" after it give the person that role.
 */
import type { Candidate } from './types';
import { leadingRole } from './leading-role';
import { isOfficialRole, type RoleCue } from './roles';

const APPOINTED_BEFORE_RE =
  /\b(?:hired|appointed|named|chose|chosen|selected|elected|re-elected|confirmed|installed|picked|tapped|promoted|recruited)[ \u00A0]+$/i;
// Not after "its" or "their": whose post it is would be the subject's, which is not read here.
const AS_ROLE_RE = /^[ \u00A0]+as[ \u00A0]+(?:(?:the|a|an)[ \u00A0]+)?((?:[\p{L}-]+['’]s?[ \u00A0]+)?)([^,.;:!?()"“”\n]{2,90})/u;

/** The role a candidate is appointed to, or null when the sentence does not appoint them. */
export function appointedRole(text: string, c: Candidate): RoleCue | null {
  if (c.possessive || !APPOINTED_BEFORE_RE.test(text.slice(Math.max(c.paraStart, c.start - 14), c.start))) return null;
  const m = AS_ROLE_RE.exec(text.slice(c.afterEnd, Math.min(c.paraEnd, c.afterEnd + 120)));
  const role = m ? leadingRole(m[2]!, true, true) : null;
  if (!m || !role) return null;
  const owner = m[1]!.trim();
  return { role, official: isOfficialRole(role, `${owner} ${m[2]!}`), ...(owner ? { owner } : {}) };
}
