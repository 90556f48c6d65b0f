/** People near a council's business whose post is past, or held in a private body whatever its name says. */
import { describe, expect, it } from 'vitest';
import { rolesAfter } from '@/core/entities/roles-after';
import { byName, detect } from './helpers';

const MEETING = 'The Harwick County Commission voted 4-1 on Monday to approve the quarry. Commissioner Lena Fairbank moved the motion.';

describe('past offices and private bodies', () => {
  it('keeps a written-out former title out of office ("Former Commissioner X", "ex-Mayor X")', () => {
    const r = detect([MEETING, 'Former Commissioner Otis Varley, who lost his seat in 2022, spoke against it. Ex-Mayor Carla Dunmore agreed.']);
    expect(byName(r.people, 'Otis Varley')).toBeDefined();
    expect(byName(r.officials, 'Otis Varley')).toBeUndefined();
    expect(byName(r.officials, 'Lena Fairbank')).toBeDefined();
  });

  it('reads a lower-case "former" before a capitalised title as a past office ("when former Chief X retired")', () => {
    const r = detect([MEETING, 'The search began when former Chief Gail Brandt retired, and former Mayor Ross Tate backed the choice. Brandt earned more.']);
    expect(byName(r.people, 'Gail Brandt')?.role).toBe('former Chief');
    expect(byName(r.people, 'Ross Tate')?.role).toBe('former mayor');
    expect(r.officials.map((o) => o.name)).toEqual(['Lena Fairbank']);
  });

  it('reads someone whose death the text tells as holding no office now ("after the death of X", "the late Cllr X")', () => {
    const r = detect([
      MEETING,
      'Villarreal was appointed to the seat after the death of Ed Pratt, who had represented the district since 1999.',
      'A by-election follows the death of Councillor Ken Arkwright. Cllr Arkwright had chaired the licensing committee.',
    ]);
    for (const n of ['Ed Pratt', 'Ken Arkwright']) expect(byName(r.people, n)).toBeDefined();
    expect(r.officials.map((o) => o.name)).toEqual(['Lena Fairbank']);
  });

  it('reads a person’s own lawyer ("her attorney, X") as theirs, not the city’s', () => {
    const r = detect([
      'Denise Okafor, a former payroll supervisor, sued the city of Brennan Falls on Monday, saying the city council and the city manager ignored her.',
      '“She did what the city’s own policies tell employees to do,” said her attorney, Raymond Castellano of Cleveland. Law Director Sam Reed said the city would respond.',
    ]);
    expect(byName(r.people, 'Raymond Castellano')).toBeDefined();
    expect(byName(r.officials, 'Sam Reed')).toBeDefined();
  });

  it('reads the posts of a charitable trust, a nonprofit and a named private body as theirs, not public', () => {
    const r = detect([
      MEETING,
      "The trust's chair of trustees, Elaine Burrows, said costs had risen. The trust's treasurer, Gillian Marr, agreed.",
      "The nonprofit's executive director, Renee Castellanos, said the shelter would open. Harbor Light board chair Philip Amundsen said reports would follow.",
    ]);
    for (const n of ['Elaine Burrows', 'Gillian Marr', 'Renee Castellanos', 'Philip Amundsen']) expect(byName(r.people, n)).toBeDefined();
    expect(r.officials.map((o) => o.name)).toEqual(['Lena Fairbank']);
  });

  it("reads an 'its' by the sentence's own subject ('The council's case is led by its planning officer')", () => {
    const r = detect([
      'The inquiry opened on Tuesday. Mr Pryce, for the developer, said the store was needed.',
      "The council's case is being led by its principal planning officer, Sunita Ravel, who wrote the report.",
    ]);
    expect(byName(r.officials, 'Sunita Ravel')?.role).toBe('principal planning officer');
  });

  it("reads ', its director' after a name as the post of the body the paragraph before was about", () => {
    const text = [
      '“Paint won’t fix that,” Dr Lena Holt, a building scientist, said. “Nothing the tenant does will fix that.”',
      'Harwood Homes, which owns 14,000 homes across Calderbrook, said it was “sorry” for Ms Boateng’s experience.',
      'Gareth Minto, its director of property services, said a survey had been booked.',
    ].join('\n\n');
    const nameEnd = text.indexOf('Gareth Minto') + 'Gareth Minto'.length;
    const [cue] = rolesAfter(text, nameEnd, text.length);
    expect(cue).toMatchObject({ role: 'director of property services', owner: 'Harwood Homes', privateBody: true, official: false });
  });

  it('leaves the president of a private body’s board among people ("the association’s volunteer board")', () => {
    const r = detect([
      'The county commission agreed to lend the fair association its arena. Commissioner Dale Voss said the county would help.',
      'Rick Anaya, president of the association’s volunteer board, said the rodeo would go ahead. Anaya thanked the county.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Dale Voss']);
    expect(byName(r.people, 'Rick Anaya')).toBeDefined();
  });

  it('keeps an MP "for" a place an official when a firm the article calls private bears that place’s name', () => {
    const r = detect([
      'A mother of three has lived with mould for two years in a flat owned by Harrowgate Homes, the housing association that took over the council’s stock.',
      'The MP for Harrowgate, Helen Price, has written to the housing association. Ms Price said it was unacceptable.',
    ]);
    expect(byName(r.officials, 'Helen Price')?.role).toBe('MP for Harrowgate');
  });

  it("reads an 'its' after a noun and a name set beside it as the name's ('The applicant, Brookvale Homes, ... its')", () => {
    const r = detect([
      "Harwick District Council's planning committee has approved 120 homes off Mill Lane.",
      'The applicant, Brookvale Homes, was represented by its planning director, Simon Teller. Mr Teller said the scheme was needed.',
    ]);
    expect(r.officials).toEqual([]);
    expect(byName(r.people, 'Simon Teller')).toBeDefined();
  });

  it('reads a trade’s manager as a private post in a public story ("a property manager")', () => {
    const r = detect([MEETING, 'A third candidate, Shauna Decker, a property manager, has raised little money. Decker did not respond.']);
    expect(byName(r.people, 'Shauna Decker')).toBeDefined();
  });

  it("names an official's post, not the private business a clause says they run", () => {
    const r = detect([MEETING, "Cllr Alun Bracewell, who runs a family butcher's shop on the High Street, spoke against it."]);
    expect(byName(r.officials, 'Alun Bracewell')?.role).toBe('councillor');
  });

  it('reads the body a post is "of" before where that body sits ("secretary of the Unison branch at the council")', () => {
    const r = detect([
      MEETING,
      'Phil Marden, secretary of the Unison branch at the council, said the case took too long. Ada Kerr, head of the planning team at the council, agreed.',
    ]);
    expect(byName(r.people, 'Phil Marden')).toBeDefined();
    expect(byName(r.officials, 'Ada Kerr')).toBeDefined();
  });

  it('reads the private body a post is held in, wherever the phrase names it', () => {
    const r = detect([
      MEETING,
      "Kurt Dahl, a spokesman for the residents' group Harwick Land Stewards, said the group had hired a lawyer.",
      'Marcus Lee, president of the local chapter of the State School Employees Association, said bonuses would not fill seats.',
      'Tom Egan, executive director of the Harwick County Farm Bureau, backed the freeze.',
    ]);
    for (const n of ['Kurt Dahl', 'Marcus Lee', 'Tom Egan']) expect(byName(r.people, n)).toBeDefined();
    expect(r.officials.map((o) => o.name)).toEqual(['Lena Fairbank']);
  });

  it('reads an unowned post opening a sentence as the post of the firm the sentence before was about', () => {
    const r = detect([
      MEETING,
      'The lease went to Northline Offshore, a joint venture backed by two energy firms.',
      'Northline says the quarry will employ 420 people. Chief executive Lars Henning told commissioners it would open in 2030.',
      'The county says the road will be widened. Chief executive Ada Moss told commissioners it would cost $2 million.',
    ]);
    expect(byName(r.people, 'Lars Henning')).toBeDefined();
    expect(byName(r.officials, 'Ada Moss')).toBeDefined();
  });

  it('lets what someone does now decide when it follows an apposition ("a former councillor who now chairs", ", now a spokesman")', () => {
    const r = detect([
      MEETING,
      'Nora Pike, a former district councillor who now chairs the Keep Harwick Green group, handed in a petition.',
      'Former councillor Amos Reeve, now a spokesman for the residents’ campaign, said the vote was rushed.',
    ]);
    expect(byName(r.people, 'Nora Pike')).toBeDefined();
    expect(byName(r.people, 'Amos Reeve')).toBeDefined();
    expect(r.officials.map((o) => o.name)).toEqual(['Lena Fairbank']);
  });

  it('keeps in office a councillor who says something is "now a mess", or who is "now the leader"', () => {
    const r = detect([MEETING, 'Cllr Tamsin Hale, who said the road was now a mess, voted for it. Ray Osei, now the leader, agreed.']);
    expect(byName(r.officials, 'Tamsin Hale')).toBeDefined();
    expect(byName(r.officials, 'Ray Osei')).toBeDefined();
  });

  it('reads ", now a physical oceanographer at a university" as no office at all', () => {
    const r = detect([
      MEETING,
      'A student named Sarah Gille had studied there. Sarah Gille, now a physical oceanographer at the University of Calder, said so.',
    ]);
    expect(byName(r.officials, 'Sarah Gille')).toBeUndefined();
    expect(byName(r.people, 'Sarah Gille')).toBeDefined();
  });

  it("keeps a council's party groups public however they are written ('the Liberal Democrat opposition group')", () => {
    const r = detect([MEETING, 'Ida Crane, who leads the Liberal Democrat opposition group, voted against.']);
    expect(byName(r.officials, 'Ida Crane')).toBeDefined();
  });

  it("keeps a party's officers, clergy, academics and a union's secretary among people", () => {
    const r = detect([
      MEETING,
      'Gus Tennant, chairman of the Harwick County Democratic Party, spoke against the quarry.',
      'Rev Moira Lusk, minister of Eastgate Methodist Church, said lorries passed the school.',
      'Dr. Ian Cobb, a geologist at Western State University, said the dust could be controlled.',
      'Pete Rowan, the Transport Workers Union’s organiser for the county, backed the jobs.',
    ]);
    for (const name of ['Gus Tennant', 'Moira Lusk', 'Ian Cobb', 'Pete Rowan']) {
      expect(byName(r.officials, name), name).toBeUndefined();
      expect(byName(r.people, name), name).toBeDefined();
    }
  });

  it('keeps someone who watched from the public gallery, or whose seat ended, out of office; a seat held since a year stays', () => {
    const r = detect([
      MEETING,
      'Rhoda Finch, who sat on the commission for 12 years until 2021, said the quarry was a mistake.',
      'Lyle Banner, who sat in the public gallery, walked out. Vic Oduya, who has served on the commission since 2019, backed it.',
    ]);
    expect(byName(r.people, 'Rhoda Finch')).toBeDefined();
    expect(byName(r.people, 'Lyle Banner')).toBeDefined();
    expect(byName(r.officials, 'Vic Oduya')).toBeDefined();
  });

  it('reads a former title with a past-tense duty as one past, and keeps a councillor who chaired something last year', () => {
    const r = detect([
      MEETING,
      'Former mayor Hal Ingram, who sat on the commission for 30 years, said he was sad. Cllr Bea Ward, who chaired the panel last year, agreed.',
    ]);
    expect(byName(r.people, 'Hal Ingram')).toBeDefined();
    expect(byName(r.officials, 'Bea Ward')).toBeDefined();
  });

  it("keeps a supporters' charity's officers among people ('the Friends of Harwick Public Library')", () => {
    const r = detect([MEETING, 'Gail Tern, president of the Friends of Harwick Public Library, said the branch must stay open.']);
    expect(byName(r.people, 'Gail Tern')).toBeDefined();
  });

  it('reads a private body with a long name to its end ("of the Harwick and District Chamber of Commerce")', () => {
    const r = detect([MEETING, 'Dee Marsh, president of the Harwick and District Chamber of Commerce, said trade would suffer.']);
    expect(byName(r.people, 'Dee Marsh')?.role).toBe('president of the Harwick and District Chamber of Commerce');
  });

  it('makes a public school principal an official, and not one whose school is described as private or who has retired', () => {
    const r = detect([
      'The Harlow school board voted 5-2 to merge the middle schools, as the district’s superintendent advised. Trustee Ada Voss moved it.',
      'Principal Rui Santos said pupils would move in August. Lia Chen, principal of Garfield Elementary, agreed.',
      'Father Ian Doyle, principal of St. Jude’s Academy, a private Catholic school, said he would take more pupils.',
      'Retired headteacher Mo Farah-Lee said the plan was rushed.',
    ]);
    expect(byName(r.officials, 'Rui Santos')).toBeDefined();
    expect(byName(r.officials, 'Lia Chen')).toBeDefined();
    expect(byName(r.people, 'Ian Doyle')?.role).toBe('principal of St. Jude’s Academy');
    expect(byName(r.officials, 'Mo Farah-Lee')).toBeUndefined();
  });

  it("makes a public body's counsel and firefighters officials, and a firm's counsel not", () => {
    const r = detect([
      'Harwick Fire Authority voted 9-3 to close the station. Cllr Ros Kemp, the authority’s chair, moved it.',
      'The authority’s general counsel, Ned Oyelaran, said the vote was lawful. Lou Petit, a firefighter at Harwick for nine years, said crews were short.',
      'Kit Bryce, counsel for Greyfield Homes Ltd, said the site would be sold.',
    ]);
    expect(byName(r.officials, 'Ned Oyelaran')).toBeDefined();
    expect(byName(r.officials, 'Lou Petit')).toBeDefined();
    expect(byName(r.people, 'Kit Bryce')).toBeDefined();
  });

  it("reads a post the text gives to the council as the council's, whatever follows its 'of' ('Director of Services for Roads')", () => {
    const r = detect([
      'The county council voted 27 to 9 for the greenway. The council’s Director of Services for Roads, Aoife Kenny, said most of it was built.',
    ]);
    expect(byName(r.officials, 'Aoife Kenny')?.role).toBe('Director of Services for Roads');
  });

  it('reads "Oh" as a surname after a given name, but not as an interjection before a comma', () => {
    const r = detect([MEETING, 'Commissioners Mina Oh and Tod Brandt voted no. Oh said the quarry was too close. “Oh, come on,” said Commissioner Fairbank.']);
    expect(byName(r.officials, 'Mina Oh')?.mentions.map((m) => m.text)).toEqual(['Mina Oh', 'Oh']);
  });

  it('does not take an Irish council building for a person ("Áras an Chontae")', () => {
    const r = detect(['At the monthly meeting in Áras an Chontae, councillors voted 21 to 8. Cllr Nuala Ní Bhriain proposed it.']);
    expect([...r.officials, ...r.people].map((p) => p.name)).toEqual(['Nuala Ní Bhriain']);
  });
});
