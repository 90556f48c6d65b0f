import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

const COUNTY = 'Garnet County commissioners met on Tuesday, and the county approved the jail budget.';

describe("public bodies' staff", () => {
  it('reads public defenders, dispatchers, rangers and wardens as public posts', () => {
    const r = detect([
      COUNTY,
      'Chief Public Defender Nathan Birch said many were held because they could not afford bail.',
      "Commissioners also recognized emergency dispatcher Angela Ruiz, who is retiring after 30 years at the county's emergency communications center.",
      'The ranger who reported the fungus, Lewis Okonjo, said he had flagged the tree.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Nathan Birch'))).toEqual(['Chief Public Defender Nathan Birch']);
    for (const n of ['Angela Ruiz', 'Lewis Okonjo']) expect(byName(r.officials, n)).toBeDefined();
  });

  it("reads an integrated care board's posts as public ('the ICB's director of nursing')", () => {
    const r = detect([
      'Northvale Hospitals NHS Foundation Trust has missed its target for the third month.',
      "The Northvale ICB's director of nursing, Grace Obi, said beds were full. The ICB's chief executive, Ken Mole, said money was short.",
    ]);
    expect(byName(r.officials, 'Grace Obi')?.role).toBe('director of nursing');
    expect(byName(r.officials, 'Ken Mole')?.role).toBe('chief executive');
  });

  it('reads a job opening a sentence after an ordinary word ("Case officer X") as public, not a firm\'s', () => {
    const r = detect([
      "The bid was refused by Thornbury District Council's planning committee on Tuesday, and the council will defend it.",
      'Case officer Nadia Rahman had recommended approval. Duty manager Leon Pike agreed. Bellway officer Chris Dale did not.',
    ]);
    for (const n of ['Nadia Rahman', 'Leon Pike']) expect(byName(r.officials, n)).toBeDefined();
    expect(byName(r.people, 'Chris Dale')).toBeDefined();
  });

  it('reads deputies and aides as public staff, unless a firm holds the post', () => {
    const r = detect([
      COUNTY,
      "The superintendent's deputy, Carla Finn, presented the plan. Ben Ott, an aide to the sheriff, said he was ill.",
      'Kim Lo, a deputy at Acme Homes, said the homes would be built. Rob Dent, an aide at Harlow Partners, disagreed.',
    ]);
    for (const n of ['Carla Finn', 'Ben Ott']) expect(byName(r.officials, n)).toBeDefined();
    for (const n of ['Kim Lo', 'Rob Dent']) expect(byName(r.people, n)).toBeDefined();
  });

  it("reads a medical examiner as the county's post, and a bank's examiner as the bank's", () => {
    const r = detect([
      COUNTY,
      "Dr. Kwame Mensah-Bonsu, the county's medical examiner, testified. Mensah-Bonsu said the death was accidental.",
      'Julia Ng, an examiner with Ernst Bank, said the loans were sound.',
    ]);
    expect(byName(r.officials, 'Kwame Mensah-Bonsu')?.role).toBe('medical examiner');
    expect(byName(r.people, 'Julia Ng')).toBeDefined();
  });

  it("reads an unlisted adjective in a post after a public body's possessive, but not after a union's", () => {
    const r = detect([
      COUNTY,
      "Craig Hebden, the council's senior arboricultural officer, told the inquest the job was missed.",
      "Dawn Hollis, Unison's branch secretary at the council, said staff were shaken. Ms Hollis said members felt hounded.",
    ]);
    expect(byName(r.officials, 'Craig Hebden')?.role).toBe('senior arboricultural officer');
    expect(byName(r.people, 'Dawn Hollis')).toBeDefined();
  });

  it('counts a transit agency as the public body a story is about', () => {
    const r = detect([
      'The Cottonwood Basin Transit Authority board approved the redesign, and the agency will hire 90 drivers.',
      'CBTA carried 38.2 million trips last year, general manager Curtis Obi told the board.',
    ]);
    expect(byName(r.officials, 'Curtis Obi')).toBeDefined();
  });
});

describe('posts private bodies hold', () => {
  it("leaves a foodbank's manager, a Farm Bureau's president, a civic society's secretary and a coalition's member among people", () => {
    const r = detect([
      COUNTY,
      "Keith Almond, the foodbank's manager, said the money would pay for deliveries.",
      'Gary Lindemann, president of the Fenton County Farm Bureau, called the grant a start.',
      "Brindleford Civic Society's secretary, Dr Philip Arkwright, said the society would object.",
      'Coalition member Terrence Boyd, 24, said the group had collected signatures.',
    ]);
    for (const n of ['Keith Almond', 'Gary Lindemann', 'Philip Arkwright', 'Terrence Boyd']) expect(byName(r.people, n)).toBeDefined();
    expect(byName(r.officials, 'Fenton County Farm Bureau')).toBeUndefined();
  });

  it('leaves a school’s volunteer governors among people, and keeps a state’s governor', () => {
    const r = detect([
      COUNTY,
      "Emma Price, a governor at St Mary's Primary School, said pupils used the library. Ann Cole, chair of governors at Elm Primary, agreed.",
      'Governor Kathy Lund signed the bill. Ms Price said the school would write to her.',
    ]);
    for (const n of ['Emma Price', 'Ann Cole']) expect(byName(r.people, n)).toBeDefined();
    expect(byName(r.officials, 'Kathy Lund')).toBeDefined();
  });

  it('leaves a business improvement district’s manager and its chairman among people', () => {
    const r = detect([
      COUNTY,
      'Sarah Oduya, manager of the Marlow Street Business Improvement District, said 14 shops had signed a letter.',
      "The BID's chairman, Colin Reeve, said the council had not listened. Cllr Jo Fenwick said the bid for funds had failed.",
    ]);
    for (const n of ['Sarah Oduya', 'Colin Reeve']) expect(byName(r.people, n)).toBeDefined();
    expect(r.officials.map((o) => o.name)).toEqual(['Jo Fenwick']);
  });

  it('keeps the president of a council or a board an official', () => {
    const r = detect([COUNTY, 'Jo Reed, president of the city council, and Al Moss, president of the school board, spoke.']);
    for (const n of ['Jo Reed', 'Al Moss']) expect(byName(r.officials, n)).toBeDefined();
  });
});

describe('offices left', () => {
  it('reads "Former Alderman X" as a past office, whatever the title', () => {
    const r = detect([COUNTY, 'Former Alderman Gus Petrakis called him stubborn, and Former Councillor Ada Vance agreed.']);
    for (const n of ['Gus Petrakis', 'Ada Vance']) expect(byName(r.people, n)).toBeDefined();
  });

  it('reads "the by-election was called after X stood down" as leaving office, but not the news of a resignation', () => {
    const byElection = detect([
      'The Abbotsmead by-election was won by the Green candidate. Turnout was 31% and the returning officer read the result at midnight.',
      'The by-election was called after Labour councillor Peter Haldane stood down over the summer. Mr Haldane had represented the ward since 2014.',
    ]);
    expect(byName(byElection.people, 'Peter Haldane')).toBeDefined();
    const news = detect([COUNTY, 'Stoddard Falls Mayor Daniel Pruszynski resigned Monday, 16 months before the end of his term.']);
    expect(byName(news.officials, 'Daniel Pruszynski')).toBeDefined();
  });
});
