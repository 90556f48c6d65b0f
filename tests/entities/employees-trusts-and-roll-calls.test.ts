/**
 * Stop 30's rules on who owns a post, from the dev43 and dev46 pages and from errors left open before:
 * a job held by someone "employed by" a public body, a trust named in full (other than the health
 * service's) and a hospice as charities, a clerk's roll call ("Bell, aye;"), a duty on a named body's
 * board, and a seat on a council panel named with two describing words.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('employees, named trusts and roll calls', () => {
  it('reads a job "employed by the county council" as an official and a named trust’s chairman as a person', () => {
    const r = detect([
      'The council’s cabinet agreed the contract on Monday.',
      'Lee Bramall, a senior care assistant employed by the county council, said staffing was short at night.',
      'Roger Lusk, chairman of the Westmarsh Town Centre Trust, said he would welcome earlier collections.',
    ]);
    expect(byName(r.officials, 'Lee Bramall')).toBeDefined();
    expect(byName(r.officials, 'Roger Lusk')).toBeUndefined();
    expect(byName(r.people, 'Roger Lusk')).toBeDefined();
  });

  it('gives a clerk’s roll call ("Trautmann, aye") to the supervisor, not the namesake who is no relation', () => {
    const r = detect([
      'The clerk called the roll: Bell, aye; Castellanos, no; Trautmann, aye.',
      'Supervisors Marcus Bell and Joe Trautmann joined him. Rosa Castellanos said the fee was too low.',
      'Emma Trautmann, 17, a senior at the high school, said she is no relation to the supervisor.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Joe Trautmann'))).toEqual(['Trautmann', 'Joe Trautmann']);
    expect(mentionTexts(byName(r.officials, 'Rosa Castellanos'))).toEqual(['Castellanos', 'Rosa Castellanos']);
    expect(byName(r.officials, 'Emma Trautmann')).toBeUndefined();
  });
});

describe('a hospice beside the health service', () => {
  it("reads the hospice's chief executive and its director as people, and the ICB's director as an official", () => {
    const r = detect([
      'The integrated care board said it would review its grant to St Aldhelm’s Hospice.',
      "Dr Helen Marchbank, the hospice's chief executive, launched an emergency appeal on Monday.",
      "Marcus Fell, the hospice's director of income generation, said the shops had raised £2.6m.",
      "Jo Tredgold, the ICB's director of commissioning, said the board valued the hospice's work.",
    ]);
    for (const name of ['Helen Marchbank', 'Marcus Fell']) expect(byName(r.officials, name)).toBeUndefined();
    expect(byName(r.officials, 'Jo Tredgold')).toBeDefined();
  });
});

describe("a post on a private body's board told by a duty", () => {
  it('reads "who chairs Weaverside\'s board" as private where the article calls Weaverside a housing association', () => {
    const r = detect([
      "The council's scrutiny committee questioned Weaverside Homes, a housing association that manages 4,000 homes in the borough.",
      "Gwen Tally, who chairs Weaverside's board, said rents would rise.",
      "Tom Ash, who chairs Harlow's planning committee, said tenants deserved better.",
    ]);
    expect(byName(r.officials, 'Gwen Tally')).toBeUndefined();
    expect(byName(r.officials, 'Tom Ash')).toBeDefined();
  });
});

describe("a member of a council's panel named with two describing words", () => {
  it('reads "a member of the independent remuneration panel" as an official and a club board member as a person', () => {
    const r = detect([
      'Harford District Council will debate councillors’ allowances on Monday.',
      'Sue Pike, a member of the independent remuneration panel, said allowances had lagged behind wages.',
      'Ian Rudd, a member of the Harford Rotary Club board, disagreed.',
    ]);
    expect(byName(r.officials, 'Sue Pike')).toBeDefined();
    expect(byName(r.officials, 'Ian Rudd')).toBeUndefined();
  });
});

describe('appointed "as its" post', () => {
  it("reads the council's appointee as its officer and a company's as the company's", () => {
    const r = detect([
      'The council met on Monday to fill two senior posts.',
      'The council appointed Sara Lund as its monitoring officer.',
      'Acme Ltd appointed Jo Pike as its finance director.',
    ]);
    expect(byName(r.officials, 'Sara Lund')).toBeDefined();
    expect(byName(r.officials, 'Jo Pike')).toBeUndefined();
  });
});
