/**
 * A list of remits inside a post set before a name, a body's possessive of two lower-case words, a
 * stretch of country a member represents, an act told in a relative clause, a retired Air Force rank,
 * and a roll of initials and surnames with chairs' posts in brackets.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('posts with remits and owners', () => {
  it('reads a post whose remits are listed with a comma, set before the name', () => {
    const r = detect(["The county commission met. The county's director of facilities, fleet and capital projects, Jim Okamura, said costs had risen."]);
    expect(byName(r.officials, 'Jim Okamura')?.role).toBe('director of facilities, fleet and capital projects');
  });

  it('reads a post owned by a body named in two lower-case words', () => {
    const r = detect([
      "The joint committee met. Femi Adebayo, the integrated care board's associate director of strategic commissioning, said the consultation had been genuine.",
    ]);
    expect(byName(r.officials, 'Femi Adebayo')).toBeDefined();
  });

  it("does not read a role's own remit as an owner", () => {
    const r = detect(["The council's cabinet met. Mark Oduya, the director of children's services, said routes were under review."]);
    expect(byName(r.officials, 'Mark Oduya')?.role).toBe("director of children's services");
  });
});

describe('members and their acts', () => {
  it('reads a member who represents a stretch of country and one who moved the motion in a clause', () => {
    const r = detect([
      'The water board voted 4-1 to raise rates. Wes Tanaka, who moved the rate resolution, said grants were won. Glenda Rios, who represents the northern foothills, seconded the motion.',
    ]);
    expect(byName(r.officials, 'Wes Tanaka')).toBeDefined();
    expect(byName(r.officials, 'Glenda Rios')).toBeDefined();
  });

  it('keeps a client represented by an agent private, and a past chair out of the meeting', () => {
    const r = detect([
      'The council approved the plan. Jo Hale, who represents the residents of the east side, said they would appeal.',
      'The campaign will be led by Carla Benitez, who chaired the board until 2023.',
    ]);
    expect(byName(r.officials, 'Jo Hale')).toBeUndefined();
    expect(byName(r.officials, 'Carla Benitez')).toBeUndefined();
  });

  it('reads a retired Air Force officer with a rank as a private person', () => {
    const r = detect(['The water board voted 4-1. Lt. Col. Dwight Spence, a retired Air Force officer who lives in the foothills, said he supported it.']);
    expect(byName(r.officials, 'Dwight Spence')).toBeUndefined();
  });
});

describe('rolls of initials and surnames', () => {
  it('reads every name of a roll with chairs in brackets, "A" as an initial among them', () => {
    const r = detect([
      'Cllr Mark Rendle and Cllr Amrit Kaur voted against.',
      'Present were Cllrs G Tilly (chairman), P Oakes (vice-chairman), S Marlow, K Dunn, M Rendle, A Kaur and T Baxter.',
    ]);
    for (const name of ['G Tilly', 'P Oakes', 'S Marlow', 'K Dunn', 'T Baxter']) expect(byName(r.officials, name)).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Amrit Kaur'))).toEqual(['Cllr Amrit Kaur', 'A Kaur']);
  });

  it('still reads a sentence-opening "A" as the article', () => {
    const r = detect(['It was sunny. A Kaur said hello.']);
    expect(byName(r.people, 'A Kaur')).toBeUndefined();
  });
});
