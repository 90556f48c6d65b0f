import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('someone "of" or "from" a body, with no comma', () => {
  const r = detect([
    'Calder County Board met Monday to discuss the budget and heard from residents.',
    "Neil Tatum of the county attorney's office said the contract was lawful.",
    'Amy Toms from the Calder County Health Department said the clinic would close.',
    'Jo Ash of the Calder Chamber of Commerce said businesses were worried.',
    "Kim Yu of the Brill Tenants Union's housing team said rents were too high.",
    'Pete Vance of the marketing department at Brill Foods said sales were down.',
  ]);

  it('is found at all when they speak, opening a sentence', () => {
    expect(byName(r.people, 'Jo Ash')).toBeDefined();
  });

  it("is a public body's staff when the unit named is a public body's", () => {
    expect(byName(r.officials, 'Neil Tatum')?.role).toBe("county attorney's office");
    expect(byName(r.officials, 'Amy Toms')?.role).toBe('Calder County Health Department');
  });

  it("is not when the unit is a private body's", () => {
    expect(byName(r.people, 'Kim Yu')).toBeDefined();
    expect(byName(r.people, 'Pete Vance')).toBeDefined();
  });
});

describe('a firm named like a person', () => {
  it('is nobody when its possessive owns a post only a body has', () => {
    const r = detect([
      'Plans for 300 homes were approved by Kessington District Council.',
      "Speaking for the developer, Taylor Wimpey's planning director Mark Leese said the homes were needed.",
      "Jane Moss's husband said they would appeal. Jane Moss said nothing.",
    ]);
    expect(byName(r.people, 'Taylor Wimpey')).toBeUndefined();
    expect(byName(r.people, 'Mark Leese')).toBeDefined();
    expect(byName(r.people, 'Jane Moss')).toBeDefined();
  });
});

describe('a leader in a council story', () => {
  it("is the council's unless a community, faith, campaign or team leads", () => {
    const r = detect([
      'Kessington District Council met on Monday to discuss the council budget.',
      'Deputy leader Ian McLeod said the rise was needed.',
      'Community leader Abdul Khan said families would struggle.',
      'Campaign leader Joy Pike said the group would protest.',
    ]);
    expect(byName(r.officials, 'Ian McLeod')?.role).toBe('Deputy leader');
    expect(byName(r.people, 'Abdul Khan')).toBeDefined();
    expect(byName(r.people, 'Joy Pike')).toBeDefined();
  });
});

describe('unions and hospitality businesses by name', () => {
  it('reads a union named before a post as private, and an inn as a business', () => {
    const r = detect([
      'Marlingford Council leader Stephen Ardley resigned on Tuesday, the council said.',
      'Unison branch secretary Carole Wynter said staff were anxious, and GMB organiser Ian Platt agreed.',
      'Derek Yoon, general manager of the Harbor Point Inn, said hotels were losing trade.',
    ]);
    expect(byName(r.people, 'Carole Wynter')).toBeDefined();
    expect(byName(r.people, 'Ian Platt')).toBeDefined();
    // A union's post held at the council's own site is still the union's.
    const depot = detect([
      'Glenkirran Council agreed a pay deal on Monday, the council said.',
      "Ann-Marie Docherty, the GMB convener at the council's Drumlea depot, said the deal was fair.",
    ]);
    expect(byName(depot.people, 'Ann-Marie Docherty')).toBeDefined();
    expect([...r.officials, ...r.people].map((p) => p.name)).not.toContain('Point Inn');
  });
});

describe('schools, parents and unions around a school board', () => {
  it("titles a principal without the school's name, and leaves PTA and union officers private", () => {
    const r = detect([
      'The Tamarack Valley school board approved $11.8 million in cuts on Tuesday.',
      'Birchwood Elementary Principal Denise Okoye said counselors would go. Evergreen Middle School Principal Yolanda Pierce agreed.',
      'Anil Ramaswamy, PTA president at Cedar Crest Elementary, handed over a petition.',
      'Outside on Wednesday, Unison branch secretary Carole Wynter said staff were anxious.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Denise Okoye'))).toEqual(['Principal Denise Okoye']);
    expect(mentionTexts(byName(r.officials, 'Yolanda Pierce'))).toEqual(['Principal Yolanda Pierce']);
    expect(byName(r.people, 'Anil Ramaswamy')).toBeDefined();
    expect(byName(r.people, 'Carole Wynter')).toBeDefined();
  });
});
