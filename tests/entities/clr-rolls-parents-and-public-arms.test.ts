/** New South Wales's "Clr", a colon roll opened "In favour:", parents' councils, a rural municipality's staff and a public body's company. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('Clr, colon rolls, parents and public arms', () => {
  it('reads "Clr" and "Clrs" as a councillor\'s title, singular and plural', () => {
    const r = detect([
      'Mayor Clr Rosalind Ferrante moved the mayoral minute. Clrs Ann Tait and Lee Sorensen spoke for it.',
      'Clr Ferrante said the grants would open in March.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Rosalind Ferrante'))).toEqual(['Mayor Clr Rosalind Ferrante', 'Clr Ferrante']);
    expect(mentionTexts(byName(r.officials, 'Ann Tait'))).toEqual(['Ann Tait']);
    expect(mentionTexts(byName(r.officials, 'Lee Sorensen'))).toEqual(['Lee Sorensen']);
  });

  it('reads full names after "In favour:" as a vote roll', () => {
    const r = detect([
      'The board voted 5-3 on Jan. 27 to consult. In favour: Ferris, Anita Sandhu, Roy Prystupa and Colette Nadeau. Opposed: Olafson, Bérubé and Tom Quill.',
    ]);
    for (const name of ['Anita Sandhu', 'Roy Prystupa', 'Colette Nadeau', 'Tom Quill']) expect(byName(r.officials, name)).toBeDefined();
  });

  it("keeps the chair of a school's parent council or PTA among people", () => {
    const r = detect([
      'The school board voted 5-3 to consult on closing Vasko School.',
      'Kendra Lavallee, who chairs the Vasko School parent advisory council, said parents were angry. Amy Lo, president of the Oakfield PTA, agreed.',
    ]);
    expect(byName(r.people, 'Kendra Lavallee')).toBeDefined();
    expect(byName(r.people, 'Amy Lo')).toBeDefined();
  });

  it('reads a rural municipality\'s officer ("The RM\'s chief administrative officer") as official', () => {
    const r = detect(['Council voted 5-2 on March 11. The RM’s chief administrative officer, Janelle Friesen, told council the reserves were low.']);
    expect(byName(r.officials, 'Janelle Friesen')).toBeDefined();
  });

  it('reads "Emergency Management Director" as a title before the name', () => {
    const r = detect(['The fiscal court voted 5-1. Emergency Management Director Keith Sexton said the county would keep three trucks.']);
    expect(mentionTexts(byName(r.officials, 'Keith Sexton'))).toEqual(['Emergency Management Director Keith Sexton']);
  });

  it("reads the head of a company the text calls a public body's arm as official, and the company as no one", () => {
    const r = detect([
      "The combined authority's cabinet raised the levy.",
      "Ruth Maddison, managing director of Coast and Dales Transport, the authority's transport arm, said the line carries 31,000 passengers. Ms Maddison said so.",
    ]);
    expect(mentionTexts(byName(r.officials, 'Ruth Maddison'))).toEqual(['Ruth Maddison', 'Ms Maddison']);
    expect(byName(r.people, 'Dales Transport')).toBeUndefined();
  });

  it('reads members named after "voted against along with independents" as acting in the vote, and "Purchasing Director" as a title', () => {
    const r = detect([
      'A recorded vote was taken. The Conservative group voted against along with independents Morwenna Pascoe and Ian Tregear.',
      'The county commission voted 3-2. Purchasing Director Annette Sowell told commissioners the hauler had billed twice.',
    ]);
    expect(byName(r.officials, 'Morwenna Pascoe')).toBeDefined();
    expect(byName(r.officials, 'Ian Tregear')).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Annette Sowell'))).toEqual(['Purchasing Director Annette Sowell']);
  });

  it('reads "Jae-won" as a given name, and "Tory-won" as no name', () => {
    const r = detect([
      'Also voting for the budget were Supervisors Naomi Lindqvist and Jae-won Park. Park chairs the finance committee. The Tory-won seat fell.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Jae-won Park'))).toEqual(['Jae-won Park', 'Park']);
    expect([...r.officials, ...r.people].some((p) => p.name.includes('Tory'))).toBe(false);
  });

  it("keeps the chairman of a party's local branch among people", () => {
    const r = detect([
      'The council by-election went to two recounts. Steve Podmore, chairman of Reform UK’s Moorcastle branch, said the party would stand everywhere.',
    ]);
    expect(byName(r.people, 'Steve Podmore')).toBeDefined();
  });
});
