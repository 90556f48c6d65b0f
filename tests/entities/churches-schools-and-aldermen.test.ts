/**
 * Stop 36, from the dev54 pages (written for tuning) and sentences of my own: a church named with
 * its denomination is no person, the head of a school the article names among a district's schools
 * is its official, a "chief administrative officer", "Alds." before a list of aldermen, and a job
 * "with the highway department" as a public body's staff, and an office titled before a name that a
 * phrase of the clause before it does not outrank.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('a church named with its denomination', () => {
  it('is no person, though "Church" is a surname', () => {
    const r = detect([
      'The borough council voted 9-6 to open leisure centres on Sundays.',
      'Rev Alan Frew, minister of Dunmore Methodist Church, said it was a sad day. Pastor Lee Ames of Grace Baptist Church agreed.',
    ]);
    expect([...officials(r), ...people(r)]).toEqual(['Alan Frew', 'Lee Ames']);
  });

  it('makes no office of a village hall’s trustees', () => {
    const r = detect([
      'Upper Wendlebury Parish Council met on Tuesday and the council agreed the precept.',
      'Mandy Holloway, who chairs the village hall trustees, said the hall was barely used. Cllr Gareth Hale agreed.',
    ]);
    expect(officials(r)).toEqual(['Gareth Hale']);
    expect(people(r)).toEqual(['Mandy Holloway']);
  });

  it('is no person as a parish church, and Church stays a surname after a given name', () => {
    const r = detect([
      'Lochardon Council approved the visitor levy on Thursday, and the council will review it.',
      'Rev Neil Paterson, minister of Invergarry Bridge Parish Church, spoke in favour. Cllr Amy Church agreed.',
    ]);
    expect([...officials(r), ...people(r)]).toEqual(['Amy Church', 'Neil Paterson']);
  });

  it('is no person as a national agency ("Natural England"), even after "members"', () => {
    const r = detect([
      'Saxmoor District Council’s planning committee approved the solar farm 7-4.',
      'The council’s principal planning officer, Hannah Pryce, told members Natural England had raised no objection.',
    ]);
    expect([...officials(r), ...people(r)]).toEqual(['Hannah Pryce']);
  });
});

describe("the head of a district's school", () => {
  const closing = 'The school board voted 4-1 to shut Maple and Cedar Grove elementary schools, and the county council agreed.';

  it('is an official when the article names the school among the ones it runs', () => {
    const r = detect([closing, 'Dana Ruiz, principal at Maple for the past six years, said staff would cope.']);
    expect(officials(r)).toEqual(['Dana Ruiz']);
  });

  it('is not when the school is a college or named nowhere as the district’s', () => {
    const r = detect([closing, 'Dana Ruiz, principal of Kestrel College, said staff would cope. Ian Voss, principal of Brightline, the developer, agreed.']);
    expect(people(r)).toEqual(['Dana Ruiz', 'Ian Voss']);
  });
});

describe('posts and lists of US councils', () => {
  it('reads a chief administrative officer', () => {
    const r = detect([
      'The township council voted 5-2 to close the arena, and the county council agreed.',
      'The township’s chief administrative officer, Ana Lis, said staff would report back.',
    ]);
    expect(byName(r.officials, 'Ana Lis')?.role).toBe('chief administrative officer');
  });

  it('titles each alderman after "Alds."', () => {
    const r = detect(['The city council voted 9-3 to raise water rates.', 'Voting no were Alds. Devin Marsh and Pat Gorski and Ald. Teresa Huang.']);
    expect(officials(r)).toEqual(['Devin Marsh', 'Pat Gorski', 'Teresa Huang']);
    expect(byName(r.officials, 'Pat Gorski')?.role).toBe('alderman');
  });

  it('makes a job with the highway department a public body’s, but not one at a department store', () => {
    const r = detect([
      'The county commission voted 3-2 on the paving contracts, and the county council agreed.',
      'Dale Hix, a road foreman with the highway department, said the asphalt was thin. Amy Rook, a manager at the department store, disagreed.',
    ]);
    expect(officials(r)).toEqual(['Dale Hix']);
    expect(people(r)).toEqual(['Amy Rook']);
  });
});

describe('an office titled straight before a name', () => {
  it('is not outranked by a phrase of the clause before it', () => {
    const r = detect([
      'The county commissioners voted 2-1 to sell the nursing home, and the county council agreed.',
      'The rise would have cost about $61 a year for the owner of a median-value home, County Administrator Joan Mehta said.',
    ]);
    expect(byName(r.officials, 'Joan Mehta')?.role).toBe('County Administrator');
  });
});
