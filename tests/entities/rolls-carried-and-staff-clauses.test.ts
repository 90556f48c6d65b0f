/**
 * Stop 36, from the dev53 pages (written for tuning) and sentences of my own: a roll carried on past
 * a label for its next names, a measure "sponsored by" a member, a public body's staff told by the
 * work they do for it in a relative clause, a long remit before a name, a food pantry's staff, and a
 * US legislator's party tag ("R-Cold Spring") as no one's name.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('a roll carried on past a label', () => {
  it('takes the names after "of the Green Party and independents"', () => {
    const r = detect([
      'The council voted 30-21 on Tuesday to sell the depot.',
      'Abstaining were Councillors Mia Hart and Leon Fry of the Green Party and independents Rosa Kemp and Dale Ure. Coun Hart said so.',
    ]);
    expect(officials(r)).toEqual(['Mia Hart', 'Leon Fry', 'Rosa Kemp', 'Dale Ure']);
  });

  it('does not take names after a label of private people', () => {
    const r = detect(['The council voted 30-21 on Tuesday.', 'Voting for were Cllrs Ann Lee and Raj Patel, and residents Tom Hart and Amy Cole cheered.']);
    expect(officials(r)).toEqual(['Ann Lee', 'Raj Patel']);
    expect(people(r)).toEqual(['Tom Hart', 'Amy Cole']);
  });
});

describe('a measure sponsored by a member', () => {
  it('makes its sponsor and seconder members', () => {
    const r = detect([
      'The city council passed the water rates 5-2 on Monday.',
      'The ordinance, sponsored by Hilda Kraus and seconded by Ivan Mora, takes effect in May.',
    ]);
    expect(officials(r)).toEqual(['Hilda Kraus', 'Ivan Mora']);
  });
});

describe("a public body's staff told by their work", () => {
  const story = 'The school board voted 4-3 to close Elm Elementary, and the county council must approve the sale.';
  it.each([
    ['Rina Soto, who prepares the district’s budget forecasts, said costs would rise.'],
    ['Rina Soto, who analyses attendance data for the district, said numbers were falling.'],
    ['Rina Soto, who speaks for the district, said letters would go out.'],
  ])('%s', (sentence) => {
    expect(officials(detect([story, sentence]))).toEqual(['Rina Soto']);
  });

  it('is not someone who campaigns for the body or lives in it', () => {
    const r = detect([
      story,
      'Rina Soto, who campaigns for the district to keep Elm open, said parents were angry. Carl Pike, who lives in the district, agreed.',
    ]);
    expect(officials(r)).toEqual([]);
  });
});

describe('a long remit before a name', () => {
  it('is read whole as the post', () => {
    const r = detect([
      'The city council voted 5-2 on Monday to raise water rates, and the county council agreed.',
      '“Those pipes have to go,” the city’s deputy director of public utilities for water distribution and regulatory compliance, Omar Velde, told members.',
    ]);
    expect(byName(r.officials, 'Omar Velde')?.role).toMatch(/^deputy director of public utilities/);
  });
});

describe('a food pantry', () => {
  it('is a private body, whatever its name holds', () => {
    const r = detect([
      'The county commissioners voted 3-2 to raise the tax rate, and the county council agreed.',
      'Tara Boyd, executive director of the Harwell County Food Pantry, said demand had risen.',
    ]);
    expect(people(r)).toEqual(['Tara Boyd']);
  });
});

describe("a US legislator's party tag", () => {
  it('names no one', () => {
    const r = detect(['A companion bill, sponsored by Sen. Howard Pell, R-Cold Spring, has not had a hearing.']);
    expect([...officials(r), ...people(r)]).toEqual(['Howard Pell']);
  });
});
