/**
 * A court report names counsel by the side they argue: "Prosecuting, Joanne Whitlow told the court",
 * "Emma Price, defending, said". The prosecution acts for the Crown or the state, a public body, so
 * its lawyer is an official; the defence acts for the defendant.
 */
import type { RoleCue } from './roles';
import { execNative } from '../native-regexp';

/** "Prosecuting, " or "Defending, " opening the sentence, straight before the name. */
const SIDE_BEFORE_RE =
  /(?:^|[.!?]["”’]?[ \u00A0]+)(Prosecuting|Defending|Mitigating)(?:[ \u00A0]+for[ \u00A0]+the[ \u00A0]+(?:Crown|CPS|state|defendant|defence|defense))?,[ \u00A0]*$/;
/** ", prosecuting," or ", defending," straight after the name. */
const SIDE_AFTER_RE = /^,[ \u00A0]+(prosecuting|defending|mitigating)\b/;

/** The side of the case the name at `start`–`end` argues, or null when the text names none. */
export function courtRole(text: string, start: number, end: number, paraStart: number, paraEnd: number): RoleCue | null {
  const side =
    execNative(SIDE_BEFORE_RE, text.slice(Math.max(paraStart, start - 40), start))?.[1] ??
    execNative(SIDE_AFTER_RE, text.slice(end, Math.min(paraEnd, end + 20)))?.[1];
  if (!side) return null;
  return /^prosecuting$/i.test(side) ? { role: 'prosecutor', official: true } : { role: 'defence lawyer', official: false };
}
