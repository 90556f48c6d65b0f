/** A post's owner told by "whose", a firm's "Co.", and a public post set before a name a trade describes. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('owners and posts set off before a name', () => {
  it('gives "X Ltd, whose director, Y" to the company, not to the council that is reviewing it', () => {
    const r = detect([
      'The licensing sub-committee of Kennetford Borough Council suspended the licence. The club is run by Velvet Leisure Ltd, whose director, Nathan Corrigan, took it over in 2023.',
      'Mr Corrigan said he was sorry. Cllr Rob Ansell, who chaired the panel, said the police evidence was clear.',
    ]);
    expect(byName(r.people, 'Nathan Corrigan')).toBeDefined();
    expect(byName(r.officials, 'Nathan Corrigan')).toBeUndefined();
  });

  it('keeps "the council, whose leader, X" an official', () => {
    const r = detect(['The council, whose leader, Amy Cole, backed the plan, met on Monday.']);
    expect(mentionTexts(byName(r.officials, 'Amy Cole'))).toEqual(['Amy Cole']);
  });

  it('reads a firm named with "Co." as private', () => {
    const r = detect([
      'Tolman County commissioners approved the subdivision 2-1. Tanner Bybee, a principal with Sagebrush Land Co., told commissioners the company first proposed 171 lots.',
      'Bybee said the homes would be built in four phases. Commissioner Dale Ostler voted no.',
    ]);
    expect(byName(r.people, 'Tanner Bybee')).toBeDefined();
  });

  it('gives a public post before the comma to a name a trade describes: "The integrity commissioner, Toronto lawyer X"', () => {
    const r = detect([
      'Trustees of the Mapleford District School Board voted 8-2 on Tuesday to accept the findings against a trustee.',
      'The integrity commissioner, Toronto lawyer Gillian Prescott, found in a 34-page report that the trustee shared information. Prescott reviewed four posts.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Gillian Prescott'))).toEqual(['Gillian Prescott', 'Prescott']);
  });

  it('leaves a private post before the comma with its holder: "The developer, Toronto lawyer X"', () => {
    const r = detect([
      'Trustees of the Mapleford District School Board voted 8-2 on Tuesday.',
      'The developer, Toronto lawyer Gillian Prescott, said the plan was fair.',
    ]);
    expect(byName(r.officials, 'Gillian Prescott')).toBeUndefined();
  });
});
