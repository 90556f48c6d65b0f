import { describe, expect, it } from 'vitest';
import { allNames, byName, detect, mentionTexts } from './helpers';

describe('other people need the text to treat them as someone', () => {
  it('leaves out capitalised places and products that nobody describes or quotes', () => {
    const r = detect([
      'The quarry lorries would use the lane past Holme Fen and Low Garth before joining the main road.',
      'Fans of Star Voyage queued for the premiere, and Order Reprints was printed below.',
    ]);
    for (const n of ['Holme Fen', 'Low Garth', 'Star Voyage', 'Order Reprints']) expect(allNames(r)).not.toContain(n);
  });

  it('keeps people who speak, are described, or are set off after a noun', () => {
    const r = detect([
      'Ivo Brandt, 71, a retired postman, said the lane was dangerous. Said Quilla Marsh: "It floods."',
      'An external investigator, Rosalind Tapp, was brought in. Her son, Jory Tapp, agreed.',
    ]);
    for (const n of ['Ivo Brandt', 'Rosalind Tapp', 'Jory Tapp']) expect(byName(r.people, n)).toBeDefined();
  });

  it('keeps someone whose surname is given an age elsewhere ("Kowalczyk, 52, sat down"), but not a place with no age', () => {
    const r = detect([
      'Renee Kowalczyk has spent 26 years at the utility. Kowalczyk, 52, sat down with us last week.',
      'Holme Fen floods every winter, and the lane past Holme Fen is shut.',
    ]);
    expect(mentionTexts(byName(r.people, 'Renee Kowalczyk'))).toEqual(['Renee Kowalczyk', 'Kowalczyk']);
    expect(allNames(r)).not.toContain('Holme Fen');
  });

  it('keeps someone whose surname is also a place word when they speak, have an age or a calling ("Joan Bell said")', () => {
    const r = detect([
      'Harwick County commissioners approved a road bond. Joan Bell said her road floods. Mark Wood, 70, agreed.',
      'Resident Tina Marsh told the board so. Visitors to Kingsley Hall said so, and the Carlton Hall said nothing.',
    ]);
    for (const n of ['Joan Bell', 'Mark Wood', 'Tina Marsh']) expect(byName(r.people, n)).toBeDefined();
    expect(allNames(r)).not.toContain('Kingsley Hall');
    expect(allNames(r)).not.toContain('Carlton Hall');
  });

  it('keeps the owner of a firm named after him when he speaks or has a calling ("Developer Tom Kline" of Kline Homes)', () => {
    const r = detect([
      'The Harwick City Council voted 4-3. The council heard from 30 residents.',
      'Developer Tom Kline said his firm would build 200 homes. Kline Homes spokesperson Amy Fry agreed, and Kline said so again.',
    ]);
    expect(mentionTexts(byName(r.people, 'Tom Kline'))).toEqual(['Tom Kline', 'Kline']);
  });

  it('leaves a calling written before a full name out of it ("Farmer Earl Whitcomb")', () => {
    const r = detect(['The commission voted 3-2. Farmer Aldous Penhale said the road flooded. Mr Penhale left early.']);
    expect(mentionTexts(byName(r.people, 'Aldous Penhale'))).toEqual(['Aldous Penhale', 'Mr Penhale']);
  });

  it('leaves compound callings and more trades before a full name out of it ("Ratepayer Doug Ames", "Machinist Al Roy")', () => {
    const r = detect([
      'The water board voted 4-1. Ratepayer Doug Ames, 68, said he had not been told. Leaseholder Jo Pike agreed. Machinist Al Roy and Protester Eve Lund spoke.',
    ]);
    expect(r.people.map((p) => p.name).sort()).toEqual(['Al Roy', 'Doug Ames', 'Eve Lund', 'Jo Pike']);
  });

  it('leaves professions written before a full name out of it too ("Lawyer Tim Cole", "Consultant Raj Bhatt")', () => {
    const r = detect([
      'The commission voted 3-2. Lawyer Tim Cole said the appeal would go on. Consultant Raj Bhatt agreed. Neighbor Dee Fox did not. Villager Frank Oldroyd, 81, said so.',
    ]);
    expect(mentionTexts(byName(r.people, 'Tim Cole'))).toEqual(['Tim Cole']);
    expect(mentionTexts(byName(r.people, 'Dee Fox'))).toEqual(['Dee Fox']);
    expect(mentionTexts(byName(r.people, 'Frank Oldroyd'))).toEqual(['Frank Oldroyd']);
    expect(mentionTexts(byName(r.people, 'Raj Bhatt'))).toEqual(['Raj Bhatt']);
  });

  it('takes a calling written straight before a full name as evidence of a person', () => {
    const r = detect([
      'Ravensmoor Borough Council agreed its budget on Tuesday.',
      'Local businessman Orrin Tate objected to the rents, and resident Wilma Stroud wrote in too.',
      'Delivery firm Quayside Freight was not asked.',
    ]);
    for (const n of ['Orrin Tate', 'Wilma Stroud']) expect(byName(r.people, n)).toBeDefined();
    expect(allNames(r)).not.toContain('Quayside Freight');
  });
});
