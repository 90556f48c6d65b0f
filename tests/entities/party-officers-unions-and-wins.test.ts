/**
 * From blind19 once opened: a party's local chair, a trades council and a union's branch in one of the
 * nations as private bodies, a school governor in Welsh, a post's body told before how long it was held,
 * a roll opened by "Voting yes on ... were", an airport's manager, a firm ending in "Systems", and a win
 * told as the winner's.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('private bodies beside a public one', () => {
  it("reads a party's chair, a trades council's officer and a union branch's secretary as people", () => {
    const r = detect([
      'The district council by-election count was held on Friday. The council confirmed the result.',
      'Neil Fairbrother, who chairs the Thackley Vale Liberal Democrats, said leaflets had worked.',
      'Ray Castaneda, business manager of the Tri-County Building Trades Council, urged approval.',
      'Huw Tudor, district secretary for the National Education Union Cymru, said staff needed guarantees.',
      'Phil Garrity, a spokesman for Hollister Waste Systems, said odour controls had been fitted.',
    ]);
    for (const name of ['Neil Fairbrother', 'Ray Castaneda', 'Huw Tudor', 'Phil Garrity']) expect(byName(r.officials, name)).toBeUndefined();
  });

  it('reads a former governor at a Welsh school, with the years she served, as a person', () => {
    const r = detect([
      "The council's cabinet met. Meinir Lloyd, a governor at Ysgol Llanfihangel-y-Bryn for 14 years until she stepped down last summer, questioned the bill.",
    ]);
    expect(byName(r.officials, 'Meinir Lloyd')).toBeUndefined();
  });
});

describe('officials in rolls, posts and results', () => {
  it('reads a roll opened by "Voting yes on the contract were" and an airport\'s manager', () => {
    const r = detect([
      'The airport authority board approved the contract 6-0. The authority owns the airport.',
      'Katie Lund, the airport’s noise abatement manager, said monitors would be bought.',
      'Voting yes on the contract and lease were Carl Yoder, Renata Oyelaran and Frank Dellucci.',
    ]);
    for (const name of ['Katie Lund', 'Carl Yoder', 'Renata Oyelaran', 'Frank Dellucci']) expect(byName(r.officials, name)).toBeDefined();
  });

  it('reads a winner whose win is told as theirs in an election story', () => {
    const r = detect([
      'The elections board certified the results of the November election on Friday, after a recount. Turnout was 41%.',
      "The board certified Tasha Greer's win in the open Lakeport City Council seat. Greer, a bakery owner, took 52.6% of the vote.",
    ]);
    expect(byName(r.officials, 'Tasha Greer')).toBeDefined();
  });
});
