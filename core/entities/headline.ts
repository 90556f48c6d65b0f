/**
 * What the page says of people outside the story's body: the office a headline titles a name with
 * ("Hollisford Town Clerk Donna Ferreira is retiring"), and the place a dateline names ("HOLLISFORD —"),
 * which the body may then use as a title's object ("every Select Board member Hollisford has elected").
 */
import type { RoleCue } from './roles';
import { execNative } from '../native-regexp';

/** A headline's candidate: the words of its name and the roles its own context gives it. */
export interface HeadlineName {
  content: string[];
  roles: RoleCue[];
}

/**
 * Offices a headline titles full names with, keyed by the name in lower case: a present office
 * only ("Former Mayor X dies" gives nothing), and only when nothing there says the name is no official.
 */
export function headlineOffices(names: readonly HeadlineName[]): Map<string, RoleCue> {
  const out = new Map<string, RoleCue>();
  for (const { content, roles } of names) {
    if (content.length < 2 || roles.length === 0 || roles.some((r) => !r.official)) continue;
    const office = roles.find((r) => r.stated || r.fromTitle);
    if (office?.role) out.set(content.join(' ').toLowerCase(), { role: office.role, official: true, fromTitle: true });
  }
  return out;
}

/** "HOLLISFORD —", "PORT HALVORSEN, Ore. —": a dateline of capitals opening the story, then a dash. */
const DATELINE_RE = /^([A-Z][A-Z'’.-]+(?:[ \u00A0]+[A-Z][A-Z'’.-]+){0,3})(?:,[ \u00A0]+[A-Z][A-Za-z.]{1,12})?[ \u00A0]*[—–-]{1,2}[ \u00A0]/;

/** The words of the place the story's dateline names, in lower case (none when it has no dateline). */
export function datelineWords(text: string): Set<string> {
  const m = execNative(DATELINE_RE, text.slice(0, 80));
  return new Set(m ? m[1]!.toLowerCase().split(/[ \u00A0]+/) : []);
}
