/**
 * A public body's possessive with a modifier ("the combined authority's"), a service's initials in a
 * job ("EMS administrator"), and the body someone speaks for as the owner of the post that follows.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('owners with modifiers, initials in jobs, and who is spoken for', () => {
  it('reads a body’s possessive with a lower-case modifier before it as the owner of the job after the name', () => {
    const r = detect([
      'The combined authority voted to take buses back into public control on Friday.',
      "Jo Bramwell, the combined authority's director of transport, told members that numbers had fallen. Ms Bramwell said staff would be hired.",
      "Sam Ode, the new council's head of legal services, said the vote was lawful.",
    ]);
    expect(r.officials.map((o) => [o.name, o.role])).toEqual([
      ['Jo Bramwell', 'director of transport'],
      ['Sam Ode', 'head of legal services'],
    ]);
  });

  it('keeps a service’s initials before the job as part of the post', () => {
    const r = detect([
      'County supervisors approved a new ambulance contract on Tuesday.',
      'Dr. Helen Choi, the county\'s EMS administrator, told supervisors the contract adds three ambulances. "Nobody should wait," Choi said.',
      "Raj Patel, the district's IT manager, said the system would be replaced.",
    ]);
    expect(r.officials.map((o) => [o.name, o.role, o.mentions.map((m) => m.text)])).toEqual([
      ['Helen Choi', 'EMS administrator', ['Dr. Helen Choi', 'Choi']],
      ['Raj Patel', 'IT manager', ['Raj Patel']],
    ]);
  });

  it('gives a post to the body its holder speaks for: a firm’s director is no official, a county’s is', () => {
    const r = detect([
      'Councillors voted 8-3 to turn down the outline application.',
      'Speaking for Brackley Homes, land director Simon Greaves said the company had carried out a flood assessment. "The council cannot show a five-year land supply," he said.',
      'Responding on behalf of Harlow County, finance director Ann Lee said the plan was sound.',
    ]);
    expect(r.officials.map((o) => o.name)).toEqual(['Ann Lee']);
    expect(byName(r.people, 'Simon Greaves')).toBeDefined();
  });
});
