/** Written-out titles: ranks abbreviated with a full stop, a council's tier before "Cllr", modifiers and service words, kinds of board. */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('written-out titles', () => {
  it('reads US police and fire ranks abbreviated with a full stop as titles ("Sgt.", "Det. Sgt.", "Lt.")', () => {
    const r = detect([
      'The Elm Ridge Township trustees met on Monday.',
      'Trustees heard from Sgt. Carla Benitez of the county sheriff’s office, who said deputies had written 38 tickets.',
      'Det. Sgt. Omar Haddad said two cases were open. Lt. Joe Kim of the fire department said crews were ready.',
    ]);
    expect(r.officials.map((o) => [o.mentions[0]!.text, o.role])).toEqual([
      ['Sgt. Carla Benitez', 'sergeant'],
      ['Det. Sgt. Omar Haddad', 'detective sergeant'],
      ['Lt. Joe Kim', 'lieutenant'],
    ]);
  });

  it('reads "PCSO" as a police title', () => {
    const r = detect(['Speedwatch volunteers checked 300 cars, PCSO Liam Hartley told Ashby Parish Council.']);
    expect(byName(r.officials, 'Liam Hartley')?.mentions.map((m) => m.text)).toEqual(['PCSO Liam Hartley']);
  });

  it('keeps the tier of a councillor’s council in the mention ("District Cllr"), but not a place or party', () => {
    const r = detect([
      'Nether Ashby Parish Council met on Tuesday. District Cllr Fiona Gale said the bins would be emptied.',
      'County Councillor Raj Patel agreed. Labour Cllr Amy Stone did not.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['District Cllr Fiona Gale', 'County Councillor Raj Patel', 'Cllr Amy Stone']);
  });

  it('keeps modifiers and service words inside a written-out title ("Assistant Superintendent", "Road Superintendent")', () => {
    const r = detect([
      'The Juniper Mesa school board meets on Tuesday. Assistant Superintendent Farah Haddad will present the plan.',
      'Road Superintendent Bud Kaminski said the work would start in May, Fiscal Officer Gretchen Albrecht said the levy raised $1.1 million, and County Counselor Anita Desai said the resolution was advisory.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual([
      'Assistant Superintendent Farah Haddad',
      'Road Superintendent Bud Kaminski',
      'Fiscal Officer Gretchen Albrecht',
      'County Counselor Anita Desai',
    ]);
  });

  it('keeps the kind of board in a "Board member" title and reads "Detention Deputy" as a title', () => {
    const r = detect([
      'North Ashby voters approved a new fire station at a special town meeting.',
      'Select Board member Linh Pham said the station was overdue. Detention Deputy Samuel Adjei said the jail was short of staff.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['Select Board member Linh Pham', 'Detention Deputy Samuel Adjei']);
  });

  it('reads "Fire Marshal" as a written-out title, and a centre’s board president as a private person', () => {
    const r = detect([
      'Sweetwater Junction commissioners approved the food-truck ordinance on Tuesday.',
      'Fire Marshal Joel Amsel said every truck would need an inspection. "I’d rather be careful," Amsel said.',
      '"We have been saving for years," said Omar Siddiqui, the center’s board president.',
    ]);
    expect(r.officials.map((o) => o.mentions.map((m) => m.text))).toEqual([['Fire Marshal Joel Amsel', 'Amsel']]);
    expect(byName(r.people, 'Omar Siddiqui')?.role).toBe('board president');
  });

  it('reads courts, fire ranks, a road agent and a city’s specialist written as titles ("Common Pleas Judge", "Station Commander", "City Arborist")', () => {
    const r = detect([
      'The Elm Ridge city council voted 5-0 on Monday.',
      'Common Pleas Judge Pat Oyelowo said the courthouse leaked. Station Commander Ian Brough, of the fire service, did not object.',
      'Road Agent Pete Lavoie said the plow was old. City Arborist Jeremy Tolliver said a second arborist was needed. Tolliver agreed.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual([
      'Common Pleas Judge Pat Oyelowo',
      'Station Commander Ian Brough',
      'Road Agent Pete Lavoie',
      'City Arborist Jeremy Tolliver',
    ]);
  });

  it('reads an air force rank whole, as an honorific', () => {
    const r = detect(['The Elm Ridge city council voted 5-0. Wing Commander Ann Lee, a retired RAF officer, spoke against it.']);
    expect(byName(r.people, 'Ann Lee')?.mentions.map((m) => m.text)).toEqual(['Wing Commander Ann Lee']);
  });

  it('writes a post with its remit into the mention ("Register of Deeds Ann Lee"), and a temporary rank into the title', () => {
    const r = detect([
      'The Elm Ridge county commission met on Monday.',
      'Register of Deeds Ann Lee said records were lost. Clerk of Courts Dennis Hartung said a basement flooded.',
      'Temporary Chief Constable Marcus Ferrier agreed.',
      "Director of Finance Raj Malhotra and Director of Children's Services Paul Whitworth spoke.",
    ]);
    expect(r.officials.map((o) => [o.mentions[0]!.text, o.role])).toEqual([
      ['Register of Deeds Ann Lee', 'Register of Deeds'],
      ['Clerk of Courts Dennis Hartung', 'Clerk of Courts'],
      ['Temporary Chief Constable Marcus Ferrier', 'Temporary Chief Constable'],
      ['Director of Finance Raj Malhotra', 'Director of Finance'],
      ["Director of Children's Services Paul Whitworth", "Director of Children's Services"],
    ]);
  });

  it('reads "my deputy" in an office holder’s own words as that office’s post', () => {
    const r = detect([
      'Police and crime commissioner Lorraine Bassett answered readers’ questions about the police budget and the council tax precept.',
      'My deputy, Steve Oyelowo, leads that work and meets young people every month.',
    ]);
    expect(byName(r.officials, 'Steve Oyelowo')?.role).toBe('deputy');
  });
});
