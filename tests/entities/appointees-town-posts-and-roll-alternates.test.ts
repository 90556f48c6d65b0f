/**
 * Stop 37, from the pages of blind24 once they became tuned data (the sentences here are new): a
 * public body that appoints someone with no post named after them, a post held for a place written
 * with its body's kind in lower case ("a Kessler town trustee"), a department named with "and" in a
 * title ("Health and Human Services Director"), a seat on a public body told after a calling and
 * where it is practised, an alternate named in a vote roll, and "Besides" opening a sentence; and
 * a public body's employee ("a county employee"), staff like any other.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('appointed by a public body, no post named', () => {
  it('makes the appointee an official', () => {
    const r = detect([
      'Ashcombe County commissioners met on Tuesday.',
      'The board voted 3-0 to appoint Inga Sorel, 52, who has run the elections desk since 2015.',
    ]);
    expect(officials(r)).toEqual(['Inga Sorel']);
  });

  it('reads every name of a list the body hires', () => {
    const r = detect(['The village board voted on Monday to hire Colm Pryce and Nadia Lusk, who start next week.']);
    expect(officials(r)).toEqual(['Colm Pryce', 'Nadia Lusk']);
  });

  it('is no appointment when the appointer is a firm, or names nobody public', () => {
    const r = detect([
      'Mayor Eva Lind spoke first.',
      'Hollin Builders Ltd, which holds the county contract, will hire Colin Pryce, who starts in May.',
      'The family decided to appoint Tom Avery, a solicitor.',
    ]);
    expect(officials(r)).toEqual(['Eva Lind']);
    expect(people(r)).toEqual(['Colin Pryce', 'Tom Avery']);
  });
});

describe('a post held for a place, its body’s kind in lower case', () => {
  it.each([
    ['Commissioner Ray Ott backed Dana Whitfield, a Kessler town trustee who once ran the motor vehicle office.', 'Dana Whitfield'],
    ['The letter came from Ian Holt, a Brent village clerk, on Friday.', 'Ian Holt'],
    ['Two candidates have filed: Teresa Moya, a Sunridge Unified School District trustee, and a hardware store owner.', 'Teresa Moya'],
  ])('%s', (sentence, name) => {
    expect(officials(detect([sentence]))).toContain(name);
  });

  it('is no post now when told as held then ("X, then the mayor,")', () => {
    const r = detect([
      'Sunridge City Council met on Monday.',
      'The last recall was in 1996, when voters kept Gordon Pike, then the mayor, in office by 412 votes.',
    ]);
    expect(people(r)).toEqual(['Gordon Pike']);
  });

  it('is no post when the word after the kind is no role', () => {
    expect(people(detect(['Commissioners heard from Jo Bright, a Kessler town resident, on Monday.']))).toEqual(['Jo Bright']);
  });
});

describe('a department with "and" in a title', () => {
  it('keeps the whole department in the mention', () => {
    const r = detect(['County supervisors voted 4-1 on the shelter.', 'Health and Human Services Director Mara Quill said it would open in May.']);
    expect(byName(r.officials, 'Mara Quill')?.mentions.map((m) => m.text)).toEqual(['Health and Human Services Director Mara Quill']);
  });
});

describe('a seat on a public body after a calling and its place', () => {
  it('makes a GP who sits on a public board an official', () => {
    const r = detect([
      'The health and wellbeing board met on Tuesday.',
      'Dr Rhian Obi, a GP partner in Millbank who sits on the board for the integrated care board, said texts had gone out.',
    ]);
    expect(officials(r)).toEqual(['Rhian Obi']);
  });
});

describe('an alternate named in a vote roll', () => {
  it('reads the alternate as one of the roll', () => {
    const r = detect([
      'The planning commission voted 5-2 on the depot.',
      'Voting in favor were Priya Nath, Carl Henning and alternate Joyce Lund, who sat for an absent member.',
    ]);
    expect(officials(r)).toEqual(['Priya Nath', 'Carl Henning', 'Joyce Lund']);
  });
});

describe('a preposition opening a sentence', () => {
  it('is no given name', () => {
    const r = detect(['The board interviewed four finalists.', 'Besides Quill, they heard from Tom Avery, who owns a title firm.', 'Quill starts in April.']);
    expect([...r.officials, ...r.people].flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Besides Quill');
  });
});

describe("a public body's employee", () => {
  it('is staff, and so an official', () => {
    const r = detect(['The council voted 6-1 on the depot.', 'Bo Tan, a county employee, said the yard floods. Sam Lee, an employee of the city, agreed.']);
    expect(officials(r)).toEqual(['Bo Tan', 'Sam Lee']);
  });

  it('is no official when the employer is a firm', () => {
    const r = detect(['The council voted 6-1 on the depot.', 'Tom Ode, a Walmart employee, said the yard floods.']);
    expect(people(r)).toEqual(['Tom Ode']);
  });
});
