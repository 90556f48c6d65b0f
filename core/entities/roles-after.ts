/**
 * Roles stated after a name: a party in brackets ("(Lab, Ward)"), an appositive ("Peter Hay, the
 * council's social services director,"), a duty clause ("who chairs the board"), a predicate
 * ("was appointed interim chief executive") or "MP for Y".
 */
import { type RoleCue, isOfficialRole, leadingRole } from './roles';
import { ownerBefore } from './role-owner';

const APPOSITIVE_RE = /^(?:['’]s)?,[ \u00A0]+(?:(?:who|which)[ \u00A0]+(?:is|was|has been)[ \u00A0]+|now[ \u00A0]+|then[ \u00A0]+|currently[ \u00A0]+|also[ \u00A0]+|as[ \u00A0]+)?((?:(?:the|a|an|its|their|his|her)[ \u00A0]+)?(?:(?:\p{Lu}[\p{L}\p{M}\-]*[ \u00A0]+)*[\p{L}\p{M}\-]+['’]s[ \u00A0]+)?)([^,.;:!?()"“”\n]{2,110})/u;
const PREDICATE_RE = /^[ \u00A0]+(?:was|is|has been|had been|became|becomes|will become|will be|remains)[ \u00A0]+(?:(?:appointed|named|elected|made|re-elected|installed|confirmed|chosen|selected)[ \u00A0]+(?:as[ \u00A0]+)?)?((?:(?:the|a|an|its|their)[ \u00A0]+)?(?:[\p{L}\p{M}\-]+['’]s[ \u00A0]+)?)([^,.;:!?()"“”\n]{2,110})/u;
const PARTY_BRACKET_RE = /^[ \u00A0]*\((?:(Lab|Labour|Con|Conservative|LD|Lib Dem|Liberal Democrat|Green|Ind|Independent|Reform|Reform UK|SNP|Plaid Cymru|Plaid|UKIP|Lab\/Co-op)|([DR]|DFL|[DR]-[\p{L}. ]{1,20}))(?:[,;/][^)\n]{0,60})?\)/u;

/**
 * Roles stated after the name that ends at `pos`: a party bracket ("(Lab, Ward)"), then an
 * appositive ("Peter Hay, the council's social services director,"), a duty clause ("who chairs
 * the board") or a predicate ("was appointed interim chief executive").
 */
export function rolesAfter(text: string, pos: number, limit: number): RoleCue[] {
  let after = text.slice(pos, Math.min(limit, pos + 200));
  const out: RoleCue[] = [];
  const party = PARTY_BRACKET_RE.exec(after);
  if (party) {
    out.push({ role: party[1] ? 'councillor' : null, official: true, fromTitle: true });
    after = after.slice(party[0].length);
  } else {
    const bracket = bracketRole(after);
    if (bracket) return [bracket];
  }
  const duty = DUTY_RE.exec(after);
  if (duty) {
    const role = `${duty[1]} ${duty[2]!.trim()}`;
    out.push({ role, official: isOfficialRole(role, '') });
    return out;
  }
  for (const [re, strict] of [[APPOSITIVE_RE, false], [PREDICATE_RE, true]] as const) {
    const m = re.exec(after);
    if (!m) continue;
    const role = leadingRole(m[2]!, strict);
    if (role) {
      const owner = m[1] ? ownerBefore(m[1], m[1].length, 0) : undefined;
      out.push({ role, official: isOfficialRole(role, `${m[1] ?? ''} ${m[2]!}`), ...(owner ? { owner } : {}) });
      break;
    }
  }
  return out;
}

const BRACKET_RE = /^[ \u00A0]*\(([^()\n]{2,60})\)/u;

/** A post in brackets, as minutes list officers: "Mr R. Dee (Head of Planning)", "(Vice-Chair)". */
function bracketRole(after: string): RoleCue | null {
  const inner = BRACKET_RE.exec(after)?.[1]?.trim();
  if (!inner) return null;
  const spaced = inner.replace(/(?<=\p{L})-(?=\p{L})/gu, ' ');
  const role = leadingRole(spaced, false);
  return role === spaced ? { role: inner, official: isOfficialRole(spaced, '') } : null;
}

/** "who chairs the board", "who leads the council's finance committee". */
const DUTY_RE = /^,[ \u00A0]+who[ \u00A0]+(chairs|leads|heads|convenes|represents)[ \u00A0]+([^,.;:!?()"“”\n]{3,80})/u;

const MP_FOR_RE = /^[ \u00A0]+for[ \u00A0]+((?:\p{Lu}[\p{L}\p{M}'’\-]*)(?:[ \u00A0]+(?:and[ \u00A0]+|upon[ \u00A0]+|on[ \u00A0]+)?\p{Lu}[\p{L}\p{M}'’\-]*)*)/u;

/** "MP" written after a name, optionally with its seat ("MP for Birmingham Yardley"). */
export function postnominalRole(text: string, letters: string, pos: number): RoleCue {
  const m = MP_FOR_RE.exec(text.slice(pos, pos + 80));
  return { role: m ? `${letters} for ${m[1]}` : letters, official: true };
}
