/**
 * Stop 53, from the dev115 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a school named "... Secondary" or "... Intermediate" (whatever letter its name opens
 * with) is a state school whose principal is an official; a rūnanga's staff and one who "heads the
 * union local representing the district's ..." are not public; "The bylaw was opposed by Directors X,
 * Y and Z" is a roll; an office holder’s chief executive is on the office’s staff; and, from the dev116
 * pages, a countryside access officer is a post and a community garden’s coordinator is no public one.
 */
import { describe, expect, it } from 'vitest';
import { officialNames } from './helpers';

describe('state schools named by their kind', () => {
  it.each([
    'Principal Owen Tait of Larch Valley Secondary told trustees 450 students had used the centre.',
    'Mere Tāwhai, principal of Ōtaki Intermediate, backed the plan.',
  ])('%s', (sentence) => {
    const names = officialNames(['The school board adopted its budget 6-1.', sentence]);
    expect(names).toHaveLength(1);
  });
});

describe('bodies that are not the state’s', () => {
  it('a rūnanga’s staff and a union local’s head', () => {
    const names = officialNames([
      'The council heard submissions on its long-term plan on Tuesday.',
      'The rūnanga’s environmental manager, Hine Walker, asked the council for a monitoring fund.',
      'Dan Kozak, who heads the union local representing the district’s education assistants, said his members were worried.',
      'Jo Ray, who heads the council’s planning team, said the fund was possible.',
    ]);
    expect(names).toEqual(['Jo Ray']);
  });
});

describe('a measure’s opponents named after "by"', () => {
  it('are a roll', () => {
    const names = officialNames([
      'The regional district board voted 7-4 on Thursday to license short-term rentals.',
      'The bylaw was opposed by Directors Marnie Holt, Glen Mackie and Ravi Dosanjh.',
    ]);
    expect(names).toEqual(['Marnie Holt', 'Glen Mackie', 'Ravi Dosanjh']);
  });
});

describe('an office holder’s chief executive', () => {
  it('is on the office’s staff', () => {
    const names = officialNames([
      'Police and Crime Commissioner Adrian Tull faced the panel on Friday.',
      'Mr Tull’s chief executive, Fiona Carr, said an assessment had been done.',
    ]);
    expect(names).toEqual(['Adrian Tull', 'Fiona Carr']);
  });
});

describe('from the dev116 pages', () => {
  it('a countryside access officer at a council is its staff', () => {
    const names = officialNames([
      'The parish council met on Monday.',
      'Lisa Birkett, the countryside access officer at Westmere Council, told the meeting the path was a public right of way.',
    ]);
    expect(names).toEqual(['Lisa Birkett']);
  });

  it('a community garden’s coordinator is not', () => {
    const names = officialNames([
      'Carrangle City Council voted 6-3 to give the garden a five-year licence.',
      'Priya Raman, the garden’s coordinator, said the volunteers were delighted.',
      'Ann Cole, the council’s community development coordinator, said the licence starts in July.',
    ]);
    expect(names).toEqual(['Ann Cole']);
  });
});
