/**
 * Rules from the dev81 pages: two posts joined by "and" before a name, winners told past a long
 * aside or as beating a rival "for the Ward 2 seat", a post left "in 1982" told after an apposition,
 * and a royal college's staff as a profession's body, not the health service.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('two posts before a name', () => {
  it('reads "the council’s chief executive and returning officer, X" as both', () => {
    const r = detect([
      'Reform UK took control of Ellingthorpe District Council after Thursday’s local elections.',
      'The results were declared by the council’s chief executive and returning officer, Sarah Kettlewell, who thanked the count staff.',
    ]);
    expect(byName(r.officials, 'Sarah Kettlewell')?.role).toBe('chief executive and returning officer');
  });
});

describe('election winners', () => {
  const lead = 'Turnout was 31% in the district council elections, and the returning officer declared the results at 4am.';
  it('reads a win told past a long aside that holds a number with a comma', () => {
    const r = detect([
      lead,
      'Colin Marwood, an independent who has campaigned against plans for a 1,200-home estate, topped the poll in Hatherby with 1,106 votes.',
    ]);
    expect(byName(r.officials, 'Colin Marwood')).toBeDefined();
  });
  it('reads "X, a retired band director, beat Y for the Ward 2 seat" as X winning, and Y as a candidate', () => {
    const r = detect([lead, 'Gary Pettigrew, a retired high school band director, beat real estate agent Andrea Kessel for the Ward 2 seat.']);
    expect(byName(r.officials, 'Gary Pettigrew')).toBeDefined();
    expect(byName(r.officials, 'Andrea Kessel')).toBeUndefined();
  });
});

describe('a post left in a year told after an apposition', () => {
  it('reads "X, county judge since 1959, announced his retirement in 1982" as a past holder', () => {
    const r = detect([
      'Wendell Pruett, who served 24 years as Marfield County judge, died Sunday.',
      'When Otis Crenwell, county judge since 1959, announced his retirement in 1982, Pruett ran for the job.',
    ]);
    expect(byName(r.officials, 'Otis Crenwell')).toBeUndefined();
    expect(byName(r.people, 'Otis Crenwell')).toBeDefined();
  });
});

describe('a royal college', () => {
  it('reads "The Royal College of Nursing’s associate director, X" as the college’s, in a story about a health trust', () => {
    const r = detect([
      'The Drumard Health and Social Care Trust told MLAs its emergency department had 214 nursing vacancies.',
      'The trust’s chief executive, Dr Siobhan Gorman, apologised.',
      'The Royal College of Nursing’s associate director in Northern Ireland, Eileen McAnulty, said the system was beyond capacity.',
    ]);
    expect(byName(r.officials, 'Siobhan Gorman')).toBeDefined();
    expect(byName(r.officials, 'Eileen McAnulty')).toBeUndefined();
  });
});
