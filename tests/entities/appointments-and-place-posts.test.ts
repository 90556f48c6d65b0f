/**
 * Probes written in stop 32 (invented sentences in shapes real council reports use): an appointment
 * to a "new" post or to the appointer's own deputy, and a place's name written before a post that
 * names its own local authority ("Westford council leader X"), which is no firm's.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('appointments', () => {
  it('reads "as its new director of housing" as the body\'s post', () => {
    const r = detect([
      'Ashwell District Council has appointed Jenny Tarr as its new director of housing.',
      'Ms Tarr joins from a housing association in Leeds and starts in June.',
    ]);
    expect(byName(r.officials, 'Jenny Tarr')?.role).toBe('director of housing');
  });

  it('reads "as my deputy" and "as her deputy" as the appointer\'s, public when the appointer is', () => {
    const r = detect([
      'Corham police and crime commissioner Alan Reese announced his team on Friday.',
      '"I have appointed Hannah Vell as my deputy because she knows the county," he said.',
      'Cllr Rose Hart, the new council leader, has named Owen Pike as her deputy. Mr Pike said he was honoured.',
    ]);
    expect(byName(r.officials, 'Hannah Vell')?.role).toBe('deputy');
    expect(byName(r.officials, 'Owen Pike')?.mentions.map((m) => m.text)).toEqual(['Owen Pike', 'Mr Pike']);
  });

  it("leaves a private appointer's deputy private", () => {
    const r = detect([
      'Ashwell District Council approved the plans on Tuesday.',
      "The charity's chair, Sue Bland, has named Tom Orr as her deputy. Mr Orr runs a bakery in the town.",
    ]);
    expect(byName(r.officials, 'Tom Orr')).toBeUndefined();
  });

  it("leaves a firm's chief executive's deputy private", () => {
    const r = detect([
      'Ashwell District Council approved the 300 homes on Tuesday.',
      'Greystone Homes chief executive Jo Bell has named Tom Orr as her deputy. Mr Orr starts in May.',
    ]);
    expect(byName(r.officials, 'Tom Orr')).toBeUndefined();
  });
});

describe("a place before a local authority's post", () => {
  it('reads "Westford council leader X" and "The Westford council leader, X," as the council\'s leader', () => {
    const r = detect(['Westford council leader Amy Cole said the budget was balanced.', 'The Harlow council leader, Dev Mistry, disagreed with her.']);
    expect(byName(r.officials, 'Amy Cole')?.role).toBe('council leader');
    expect(byName(r.officials, 'Dev Mistry')?.role).toBe('council leader');
  });

  it('still gives a firm its own post', () => {
    const r = detect([
      'Westford council approved the scheme on Tuesday.',
      'The Greystone Homes planning director, Ian Pell, said the homes would be built by 2028.',
    ]);
    expect(byName(r.officials, 'Ian Pell')).toBeUndefined();
  });
});

describe('a state delegate', () => {
  it('reads "Del." with its full stop as the title, and "Del" without it as a given name', () => {
    const r = detect([
      'Del. Ken Ward said he would file a bill in Richmond to cap the county tax rate. Del. Ward, a Democrat, represents the 41st District.',
      'Del Harris, who runs the chip shop on Main Street, said trade was down. Mr Harris has lived in the town for 30 years.',
    ]);
    expect(byName(r.officials, 'Ken Ward')?.mentions.map((m) => m.text)).toEqual(['Del. Ken Ward', 'Del. Ward']);
    expect(byName(r.people, 'Del Harris')?.mentions.map((m) => m.text)).toEqual(['Del Harris', 'Mr Harris']);
  });
});
