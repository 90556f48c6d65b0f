/**
 * Shapes from the dev39 pages: both sides of a tally named after "with", rolls opened by "In the
 * majority were" or "The abstentions came from ...:", a seat said after a calling, "its counsel"
 * after a body's possessive, the Crown's inspectors, a body's name set after its noun, a party's
 * candidate, a past official who now chairs a charity or a party, and a serving officer who speaks
 * for a union or staff association.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('vote sides and rolls', () => {
  it('reads both sides of a tally named after "with", however far the tally stands before it', () => {
    const r = detect([
      'The selectboard voted 2-1 last month to recommend the article to the town meeting, with Selectboard Chair Nancy Pruitt and Carla Boudreau in favor and Dwight Farnsworth opposed.',
    ]);
    expect(byName(r.officials, 'Carla Boudreau')).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Dwight Farnsworth'))).toEqual(['Dwight Farnsworth']);
  });

  it('reads "In the majority were" as a roll', () => {
    const r = detect(['The budget committee voted 4-3 not to recommend the article. In the majority were Paul Okerlund, Tim Sayward and Lorraine Pike.']);
    expect(['Paul Okerlund', 'Tim Sayward', 'Lorraine Pike'].every((n) => byName(r.officials, n))).toBe(true);
  });

  it('reads "The abstentions came from the X group:" as a roll', () => {
    const r = detect(['The budget passed 31-20. The abstentions came from the Independent Alliance group: Prudence Malik and Dev Sharma.']);
    expect(byName(r.officials, 'Prudence Malik')).toBeDefined();
    expect(byName(r.officials, 'Dev Sharma')).toBeDefined();
  });

  it("does not make a party's defeated candidate a member of the body", () => {
    const r = detect([
      'Members of the police and crime panel questioned Police and Crime Commissioner Dave Harker for two hours.',
      "Labour's Ben Halloran, who lost to Mr Harker at the last election, watched from the gallery. Labour's Ann Hoy, who chairs the panel, said the review was fair.",
    ]);
    expect(byName(r.officials, 'Ben Halloran')).toBeUndefined();
    expect(byName(r.people, 'Ben Halloran')).toBeDefined();
    expect(byName(r.officials, 'Ann Hoy')).toBeDefined();
  });
});

describe('seats and owners', () => {
  it('reads a seat on a public body said after a calling, not a seat on a private one', () => {
    const r = detect([
      'The county board of health met on Monday. Dr. Samuel Adeyemi, a pediatrician who sits on the board, asked for evidence.',
      'Jo Bell, a teacher who sits on the board of the food bank, said the money was needed. Ron Whitacre, a retired firefighter who chairs the committee, agreed.',
    ]);
    expect(byName(r.officials, 'Samuel Adeyemi')?.role).toBe('sits on the board');
    expect(byName(r.officials, 'Jo Bell')).toBeUndefined();
    expect(byName(r.officials, 'Ron Whitacre')).toBeUndefined();
  });

  it('gives "its counsel" the body whose case the clause is making', () => {
    const r = detect([
      "The planning inquiry opened on Tuesday. Making the council's case, its counsel, Oliver Stannard KC, said the scheme was wrong. Mr Stannard said so.",
    ]);
    expect(mentionTexts(byName(r.officials, 'Oliver Stannard'))).toEqual(['Oliver Stannard', 'Mr Stannard']);
  });

  it('gives "its officer" the public body named earlier in the sentence', () => {
    const r = detect([
      "The inquiry into Solvane Energy's scheme opened on Tuesday, said Mr Stannard. A statement from the highways authority, Fenmoor County Council, was submitted by its development management officer, Sunil Batra.",
    ]);
    expect(byName(r.officials, 'Sunil Batra')?.role).toBe('development management officer');
  });

  it("reads His Majesty's inspectors as the state's posts", () => {
    const r = detect(["The council met on Monday. A report by His Majesty's Chief Inspector of Constabulary, Sir Martin Coyle, rated the force poorly."]);
    expect(byName(r.officials, 'Martin Coyle')?.role).toBe('Chief Inspector of Constabulary');
  });
});

describe('bodies and past posts', () => {
  it("reads a name set straight after a body's noun as the body, unless it acts as a person", () => {
    const r = detect([
      'The council met. The campaign group Save Oxley Fields said it would fight. The company Jo Hale founded in 1990 objected. Hale said the road was too narrow.',
    ]);
    expect(byName(r.people, 'Save Oxley Fields')).toBeUndefined();
    expect(byName(r.people, 'Jo Hale')).toBeDefined();
  });

  it("keeps a past chief constable who now chairs a charity's trustees among people, and not the charity", () => {
    const r = detect([
      'The police and crime panel met on Monday. Sir Clive Dunstable, who was chief constable until 2022 and now chairs the trustees of the youth charity Dene Street Forward, wrote to members. Sir Clive said stability mattered.',
    ]);
    expect(byName(r.officials, 'Clive Dunstable')).toBeUndefined();
    expect(byName(r.people, 'Clive Dunstable')).toBeDefined();
    expect(byName(r.people, 'Dene Street Forward')).toBeUndefined();
  });

  it('keeps a former commissioner who now chairs a party among people', () => {
    const r = detect([
      'The county board of health met on Monday. Former County Commissioner Earl Vance, who now chairs the Bramwell County Republican Party, said the money should go to the sheriff.',
    ]);
    expect(byName(r.officials, 'Earl Vance')).toBeUndefined();
  });

  it('keeps a serving officer who speaks as a union or staff association officer among people', () => {
    const r = detect([
      'The city council debated the police budget on Tuesday. Sgt. Kevin Duarte, president of the Sandoval Springs Police Officers Association, said officers were working doubles.',
      'PC Amy Cole, chair of the Northshire Police Federation, agreed. Sgt. Tim Hale, a spokesman for the police department, said crime fell.',
    ]);
    expect(byName(r.people, 'Kevin Duarte')).toBeDefined();
    expect(byName(r.people, 'Amy Cole')).toBeDefined();
    expect(byName(r.officials, 'Tim Hale')).toBeDefined();
  });

  it('reads a planning firm named after its owner as the firm, and the owner beside it as a person', () => {
    const r = detect([
      'The planning committee met on Tuesday. Speaking for the applicant, Kate Morland, of Morland Planning, said the scheme was sound. Ms Morland said so.',
      'Robert Askew, a planning consultant at Askew Planning, agreed.',
    ]);
    expect(mentionTexts(byName(r.people, 'Kate Morland'))).toEqual(['Kate Morland', 'Ms Morland']);
    expect(byName(r.people, 'Robert Askew')).toBeDefined();
    expect(byName(r.people, 'Morland Planning')).toBeUndefined();
    expect(byName(r.people, 'Askew Planning')).toBeUndefined();
  });

  it('reads an appointment "as" a post past a description of the appointee', () => {
    const r = detect([
      'The Sorrel County Board of Supervisors voted 4-1 to hire Lorraine Okafor, the retired city manager of Westmere, as interim county executive.',
      'Okafor, 63, spent 14 years as city manager before retiring in 2024.',
    ]);
    expect(byName(r.officials, 'Lorraine Okafor')?.role).toBe('interim county executive');
  });

  it('reads an appointment past an age and a description, leaving its terms out of the post', () => {
    const r = detect([
      'Mayor Ellen Achterberg was sworn in on Monday at City Hall, and the City Council met that night.',
      'Achterberg named Marcus Oyelaran, 38, a former deputy secretary in the state budget office, as her chief of staff at a salary of $118,000 a year.',
    ]);
    expect(byName(r.officials, 'Marcus Oyelaran')?.role).toBe('chief of staff');
  });

  it('reads a seat filled by co-option or election told after the name', () => {
    const r = detect([
      'Wexcombe Town Council met on Tuesday and the council agreed its precept.',
      'Rachel Dunmore was co-opted to fill the Abbey ward vacancy left by Graham Pike. Jo Bell was elected to the council in May.',
    ]);
    expect(byName(r.officials, 'Rachel Dunmore')?.role).toBe('co-opted to the Abbey ward vacancy');
    expect(byName(r.officials, 'Jo Bell')).toBeDefined();
  });

  it('reads "who now represents X on the county council" and "the Labour MP for ... Bank" as seats', () => {
    const r = detect([
      'The council leader quit on Monday. He took over in 2019 from Ann Sedgwick, who now represents Harrowfield South on Wyreshire County Council.',
      'Helen Cordwell, the Labour MP for Harrowfield and Wyre Bank, said he had done the honourable thing.',
    ]);
    expect(byName(r.officials, 'Ann Sedgwick')).toBeDefined();
    expect(byName(r.officials, 'Helen Cordwell')?.role).toBe('Labour MP for Harrowfield and Wyre Bank');
  });
});
