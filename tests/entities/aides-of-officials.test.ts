/**
 * Stop 33: "His spokeswoman, Kara Moss," after a county executive is named works for him, so is an
 * official; after a developer, or as "her husband", the same shape names no official. Also
 * "Election Commissioner X", whose first word had been left out of the title.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('an aide named by a pronoun', () => {
  it('is an official when the person just named is one', () => {
    const county = detect(['County Executive Steve Ballard signed the order Friday. His spokeswoman, Kara Moss, said he would veto any changes.']);
    expect(byName(county.officials, 'Kara Moss')?.role).toBe('spokeswoman');
    const city = detect(['Mayor Ann Lee did not respond. Her chief of staff, Bo Chen, said the mayor was travelling.']);
    expect(byName(city.officials, 'Bo Chen')?.role).toBe('chief of staff');
  });

  it('includes a deputy and an adviser (stop 34)', () => {
    const deputy = detect(['County Executive Marla Benton signed the order. Her deputy, Chris Alvarado, said the county would hire more staff.']);
    expect(byName(deputy.officials, 'Chris Alvarado')?.role).toBe('deputy');
    const adviser = detect(['Mayor Ann Ross spoke first. Her senior adviser, Jo Kent, said later that the plan was costed.']);
    expect(byName(adviser.officials, 'Jo Kent')?.role).toBe('senior adviser');
    const firm = detect(['Developer Tom Reeve was not at the meeting. His deputy, Kara Moss, said he would appeal.']);
    expect(byName(firm.officials, 'Kara Moss')).toBeUndefined();
  });

  it('includes a chief deputy (stop 40)', () => {
    const r = detect(['County Recorder Dana Holm retires in June. Her chief deputy, Lee Ostrow, is running to replace her.']);
    expect(byName(r.officials, 'Lee Ostrow')?.role).toBe('chief deputy');
  });

  it('is not when that person is not, or the post is no aide', () => {
    const developer = detect(['Developer Tom Reeve, who owns the site, was not at the meeting. His spokeswoman, Kara Moss, said he would appeal.']);
    expect(byName(developer.officials, 'Kara Moss')).toBeUndefined();
    const husband = detect(['Mayor Ann Lee did not respond. Her husband, Bo Chen, said the mayor was travelling.']);
    expect(byName(husband.officials, 'Bo Chen')).toBeUndefined();
  });
});

describe('election officers', () => {
  it('keep "Election" in the title', () => {
    const r = detect(['City Clerk Maria Santos certified the results on Tuesday. Election Commissioner Dan Fry said turnout was 31%.']);
    expect(byName(r.officials, 'Dan Fry')?.mentions.map((m) => m.text)).toEqual(['Election Commissioner Dan Fry']);
  });
});
