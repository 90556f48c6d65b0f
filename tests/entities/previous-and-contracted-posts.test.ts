/**
 * Stop 40, from the pages of blind32 once they became tuned data and from the dev66–dev68 tuning pages
 * (the sentences here are new): posts held before ("the previous deputy", a predecessor who "retired
 * in 2022"), posts bought from a firm ("the council's internal auditor, X of Y Accountants"), duties
 * that are no office ("led the primary", a union rep "who represents the town's outside workers"), and
 * officials the rules used to miss (a panel's chair, an office holder's staff, a new chief executive).
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('a post held before', () => {
  it('reads "the previous city planner, X" as a former holder', () => {
    const r = detect(['The city hired a new planner on Monday. The previous city planner, Lena Moss, said the job had grown.']);
    expect(people(r)).toContain('Lena Moss');
  });

  it('reads "its previous finance director" so too', () => {
    const r = detect(['Harford Borough Council has a new finance director. Its previous finance director, Omar Sethi, left in March.']);
    expect(people(r)).toContain('Omar Sethi');
  });
});

describe('a post bought from a firm', () => {
  it('is the firm’s person’s when the name is followed by "of" and the firm', () => {
    const r = detect([
      'The overspend was found by the council’s internal auditor, Priya Nand of Castle Moor Accountants, in April. Cllr Joe Bell said lessons would be learned.',
    ]);
    expect(people(r)).toContain('Priya Nand');
    expect(officials(r)).toEqual(['Joe Bell']);
  });

  it('leaves a post whose holder is placed in a public body', () => {
    const r = detect(['The council’s finance director, Priya Nand of Castle Moor Council, said the books balanced.']);
    expect(officials(r)).toEqual(['Priya Nand']);
  });
});

describe('a standards hearing', () => {
  it('gives "its chair" to the panel named in the clause before', () => {
    const r = detect([
      'Cllr Rob Munro, an independent member of Kinlarig Council, was found to have breached the code at a Standards Commission hearing.',
      'The council’s monitoring officer had referred the complaint. His solicitor, Ann Galt, said he had been overwhelmed. Giving the panel’s decision, its chair, Joan Ure, said the breach was serious.',
    ]);
    expect(officials(r)).toContain('Joan Ure');
    expect(people(r)).toContain('Ann Galt');
  });

  it('reads someone "with the Ethical Standards Commissioner’s office" as its staff', () => {
    const r = detect([
      'Cllr Rob Munro, an independent member of Kinlarig Council, was found to have breached the code at a Standards Commission hearing.',
      'Ian Dow, an investigating officer with the Ethical Standards Commissioner’s office, told the hearing the emails were abusive.',
    ]);
    expect(officials(r)).toContain('Ian Dow');
  });
});

describe('a post left before the story', () => {
  it('reads "the council’s chief executive from 1994 until his retirement in 2008" as a post held then', () => {
    const r = detect([
      'Tributes have been paid to Cllr Ann Hope. Paul Reid, the council’s chief executive from 1994 until his retirement in 2008, said she was fearless.',
    ]);
    expect(people(r)).toContain('Paul Reid');
  });

  it('reads the councillor whose resignation called a by-election as having left the seat', () => {
    const r = detect([
      'Voters in Eastmoor ward go to the polls on Thursday in a by-election. The poll was triggered by the resignation of Labour councillor Tina Marr, who stepped down in May after moving to Leeds.',
      'Four candidates are standing. Council leader Cllr Joe Pratt said turnout mattered.',
    ]);
    expect(people(r)).toContain('Tina Marr');
    expect(officials(r)).toEqual(['Joe Pratt']);
  });
});

describe('a duty that is no office', () => {
  it('reads "led the primary with 46%" as no post', () => {
    const r = detect([
      'Cody Pruitt, a rancher, has raised $142,300 for the runoff for county commissioner. County Judge Ed Wynn said nothing.',
      'Pruitt led the primary with 46%, and his rival, Dana Cole, had 33%.',
    ]);
    expect(people(r)).toContain('Cody Pruitt');
  });

  it('reads a union rep "who represents the town’s outside workers" as no member for a seat', () => {
    const r = detect([
      'Mayor Lise Roy said the arena would reopen in March.',
      'Paul Dube, who represents the town’s outside workers for the Canadian Union of Public Employees, said four jobs were lost.',
    ]);
    expect(people(r)).toContain('Paul Dube');
    expect(officials(r)).toEqual(['Lise Roy']);
  });
});

describe('posts taken and jobs elsewhere (dev67)', () => {
  it('reads "was confirmed as the council’s new chief executive" as the post', () => {
    const r = detect(['Dr Nia Rees, 49, was confirmed as the council’s new chief executive at a meeting of the full council on Thursday.']);
    expect(officials(r)).toEqual(['Nia Rees']);
  });

  it('reads someone "who now works for a neighbouring authority" as no office holder here', () => {
    const r = detect([
      'Jane Kirk, 52, was sacked by Hollin Council in 2025. The tribunal found for her.',
      'Speaking after the ruling, Ms Kirk, who now works for a neighbouring authority, said she was relieved.',
    ]);
    expect(people(r)).toContain('Jane Kirk');
  });

  it('finds the appointer past a long opening clause ("In other business, the board voted ... and appointed X")', () => {
    const r = detect([
      'In other business, the board voted 5-0 to accept a $248,000 state Green Communities grant to convert 420 streetlights to LED fixtures, and appointed Sarah Nguyen as interim town accountant through June 30.',
    ]);
    expect(officials(r)).toEqual(['Sarah Nguyen']);
  });
});

describe('an appraisal district and a predecessor (dev68)', () => {
  it('reads "Chief Appraiser X" as a title', () => {
    const r = detect(['Chief Appraiser Dana Holt said the district needs three more appraisers.']);
    expect(officials(r)).toEqual(['Dana Holt']);
  });

  it('reads a predecessor who "retired in 2022" as a former holder, and one who stood down last month as still a councillor', () => {
    const r = detect(['Chief Appraiser Dana Holt took over from longtime chief appraiser Carl Benz, who retired in 2022 after 26 years.']);
    expect(people(r)).toContain('Carl Benz');
    const kept = detect(['Cllr Ann Webb was elected leader on Thursday, succeeding Cllr Tom Hale, who stood down last month after nine years.']);
    expect(officials(kept)).toContain('Tom Hale');
  });
});
