/**
 * Stop 37, from the pages of blind26 once they became tuned data (the sentences here are new): the
 * subject of an obituary who left office years before is a former office holder, one who died in
 * office is still told as its holder; a bare surname stays with the person the text already calls by
 * it when a relative is named in full; an office left "in 1971" is history in any story; and a vote
 * roll opened by "Voting against refusal were".
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('the subject of an obituary', () => {
  it('is a former office holder when the article says the office ended', () => {
    const r = detect([
      'Edna Price, who sat on Brookfield Town Council for 30 years and served twice as mayor, has died aged 90.',
      'She stood down from the council in 2016. Mayor Ian Cole said flags would fly at half mast.',
    ]);
    expect(people(r)).toContain('Edna Price');
    expect(officials(r)).toEqual(['Ian Cole']);
  });

  it('is the holder of an office held at death', () => {
    const r = detect([
      'Cllr Alf Penrose, who represented Quay ward for 40 years, has died aged 85.',
      'He was still a serving councillor. Dame Ruth Vine, the former MP, who stood down in 2015, paid tribute.',
    ]);
    expect(officials(r)).toContain('Alf Penrose');
  });

  it('reads an office ended "until" a year as ended', () => {
    const r = detect([
      'Ron Tate, who led Harfield City Council for a decade, has died aged 88.',
      'He became leader in 1990, a post he held until 2000. The current leader, Cllr Amy Shaw, said he was a giant.',
    ]);
    expect(people(r)).toContain('Ron Tate');
  });

  it('reads a group led "for much of the 1990s" as a post held then', () => {
    const r = detect([
      'Derek Ainsworth, who led Brackenford Council for 11 years, has died aged 84. Cllr Amy Shaw paid tribute.',
      'Barbara Knowles, who led the Conservative group on the council for much of the 1990s, said they remained friends.',
    ]);
    expect(people(r)).toContain('Barbara Knowles');
  });

  it('reads a death told in a second "who" clause, after the office ended', () => {
    const r = detect([
      'Harrowby Borough Council elected Cllr Jo Ketteridge as its leader on Thursday.',
      'Members recalled the council’s longest-serving leader, Dennis Cartwright, who ran the authority for 14 years until he retired in 2020 and who died last year.',
    ]);
    expect(people(r)).toContain('Dennis Cartwright');
    expect(officials(r)).toEqual(['Jo Ketteridge']);
  });

  it('reads "before retiring in January 2015" as the office ended', () => {
    const r = detect([
      'Lois Brandt, who ran Marrow County’s elections for 36 years, died Saturday. She was 86.',
      'Brandt was elected county auditor in 1978 and won nine elections before retiring in January 2015.',
      'Auditor Kevin Dahl, her deputy for 11 years, said she had a fix for everything.',
    ]);
    expect(people(r)).toContain('Lois Brandt');
    expect(officials(r)).toEqual(['Kevin Dahl']);
  });

  it('reads retiring in a month and year as the office ended, and a later volunteer post as past', () => {
    const r = detect([
      'Walt Henning, who spent 28 years on the Garver Township Board of Supervisors, died Sunday at home. He was 81.',
      'Henning was first elected supervisor in 1985. He served until he retired in March 2013.',
      'Henning was also a volunteer firefighter with the Garver Fire Company for 30 years. Chairwoman Lois Graybill said the board would honour him.',
    ]);
    expect(people(r)).toContain('Walt Henning');
    expect(officials(r)).toEqual(['Lois Graybill']);
  });
  it('reads "did not seek a third term in 2004" as the office ended', () => {
    const r = detect([
      'Irene Falk, who served three terms as mayor of Dunmore and built its first skate park, died Tuesday. She was 91.',
      'Falk was elected in 1992. She did not seek a fourth term in 2004. Mayor Joe Ruiz called her a friend.',
      '“To every kid in town she was just Mayor Falk,” Ruiz said.',
    ]);
    expect(people(r)).toContain('Irene Falk');
    expect(officials(r)).toEqual(['Joe Ruiz']);
  });

  it('reads what someone did "After leaving office," as told of an office ended', () => {
    const r = detect([
      'Irene Falk, who served three terms as mayor of Dunmore and built its first skate park, died Tuesday. She was 91.',
      'After leaving office, Falk taught civics at the high school. Mayor Joe Ruiz called her a friend.',
      '“To every kid in town she was just Mayor Falk,” Ruiz said.',
    ]);
    expect(people(r)).toContain('Irene Falk');
    expect(officials(r)).toEqual(['Joe Ruiz']);
  });
});

describe('a surname shared with a relative named in full', () => {
  it('stays with the person the text calls by it', () => {
    const r = detect([
      'Joan Verhoef, who led Dell Township for 20 years, has died. She was 88.',
      'Verhoef was first elected clerk in 1971. She married Henk Verhoef, a farmer, in 1958.',
      'Verhoef led the fight against the landfill, Supervisor Tom Rake said.',
    ]);
    const joan = byName([...r.officials, ...r.people], 'Joan Verhoef');
    expect(joan?.mentions.map((m) => m.text)).toEqual(['Joan Verhoef', 'Verhoef', 'Verhoef']);
  });
});

describe('an office left in a year told', () => {
  it('is history in a story that is no election', () => {
    const r = detect(['The township board met on Monday.', 'When longtime Clerk Harold Boss retired in 1971, township leaders asked her to run.']);
    expect(people(r)).toEqual(['Harold Boss']);
  });
});

describe('a vote roll with its motion named', () => {
  it('reads "Voting against refusal were" as a roll', () => {
    const r = detect(['The planning committee refused the lodges by seven votes to five.', 'Voting against refusal were Cllr Alun Pike and Gareth Pask.']);
    expect(officials(r)).toEqual(['Alun Pike', 'Gareth Pask']);
  });
});

describe('a job left before an office held at death', () => {
  it('does not end the office', () => {
    const r = detect([
      'Cllr Alf Penrose, who represented Quay ward for 12 years, has died aged 79.',
      'He retired from the fire service in 1998 and was elected to the council in 2014.',
    ]);
    expect(officials(r)).toContain('Alf Penrose');
  });
});
