/**
 * Stop 36, from the pages of blind23 once they became tuned data (the sentences here are new): a
 * public body's new members listed with a description each ("X, 41, a pharmacist; Y, a retired
 * teacher; and Z"), a head teacher of a school the article names as a primary ("Oakhurst Primary"),
 * and the staff of a firm the article tells as holding a public body's contract.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe("a public body's members, each with a description", () => {
  const appointed = 'The town council on Monday appointed seven residents to its new Housing Standards Board, and the county commission backed the choice.';

  it('makes every name of the list a member, past the jobs and ages set between them', () => {
    const r = detect([
      appointed,
      "The new members are Petra Voss, 41, a pharmacist; Gareth Oduya, a retired teacher; Lena Marsh, a nurse at St. Anne's Hospice; and Ivo Brandt, a carpenter.",
    ]);
    expect(officials(r)).toEqual(['Petra Voss', 'Gareth Oduya', 'Lena Marsh', 'Ivo Brandt']);
    expect(byName(r.officials, 'Ivo Brandt')?.role).toBe('member');
  });

  it('reads a surname already named as the first of the list', () => {
    const r = detect([
      `${appointed} An amendment to drop one nominee, former builder Colm Rafferty, failed.`,
      'The members approved Monday are Rafferty, 70; Nadia Kerr, 33, a solicitor; and Owen Pike, a student.',
    ]);
    expect(officials(r)).toEqual(['Colm Rafferty', 'Nadia Kerr', 'Owen Pike']);
  });

  it('is no such list when the members are of another body, or the text opens none', () => {
    const r = detect([
      appointed,
      'The members of the residents’ group are Petra Voss, 41, a pharmacist; Gareth Oduya, a retired teacher; and Ivo Brandt, a carpenter.',
      'Speakers included Lena Marsh, a nurse; Tom Avery, a builder; and Kay Fenn, a landlord.',
    ]);
    expect(officials(r)).toEqual([]);
    expect(people(r)).toEqual(['Petra Voss', 'Gareth Oduya', 'Ivo Brandt', 'Lena Marsh', 'Tom Avery', 'Kay Fenn']);
  });

  it('stops at a sentence that ends the list', () => {
    const r = detect([appointed, 'The new members are Petra Voss, a pharmacist; and Ivo Brandt, a carpenter. Dana Holt, a neighbour, welcomed them.']);
    expect(officials(r)).toEqual(['Petra Voss', 'Ivo Brandt']);
    expect(people(r)).toEqual(['Dana Holt']);
  });
});

describe('a head teacher of a school named as a primary', () => {
  const closing = 'The county council’s cabinet voted to close Oakhurst Primary, which has 38 pupils, and the council will consult in March.';

  it('heads a public school when the article calls it "X Primary"', () => {
    const r = detect([closing, 'The headteacher of Oakhurst, Megan Rhys, said staff were ready.']);
    expect(officials(r)).toEqual(['Megan Rhys']);
  });

  it('stays a person when the primary is an academy', () => {
    const r = detect([
      'The county council’s cabinet voted to back Oakhurst Primary Academy’s move, and the council will consult in March.',
      'The headteacher of Oakhurst, Megan Rhys, said staff were ready.',
    ]);
    expect(people(r)).toEqual(['Megan Rhys']);
  });
});

describe("a public body's contractor", () => {
  const contract =
    'County commissioners approved a five-year, $12 million contract with Harrow Fleet Logistics on Tuesday. The county administrator said the price was the lowest.';

  it("keeps the contractor's staff out of the officials, whatever public word their post has", () => {
    const r = detect([contract, 'Dana Pruitt, Harrow’s vice president for municipal services, said the firm would hire locally.']);
    expect(people(r)).toEqual(['Dana Pruitt']);
  });

  it('is no contractor when the contract is with a public body', () => {
    const r = detect([
      'The village board approved a three-year contract with the Harrow County Sheriff’s Office on Tuesday. The county commission must agree.',
      'Dana Pruitt, Harrow’s vice president for municipal services, said the county was ready.',
    ]);
    expect(officials(r)).toEqual(['Dana Pruitt']);
  });
});
