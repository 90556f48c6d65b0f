/**
 * Stop 38, from blind28 once it was opened (the sentences here are new): a sentence opened by the
 * side a speaker is for ("For the developer, planning director X said"), estate agents' trade body
 * ("the Kelso County Board of Realtors"), a Missouri county's "Presiding Commissioner" title, and
 * the head of a federation of state schools (from dev57).
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);
const committee = 'The Dunmoor planning committee approved 140 homes on the edge of the village on Tuesday.';
const commission = 'The Kelso County Commission heard appeals against the new valuations on Monday.';

describe('a sentence opened by the side a speaker is for', () => {
  it.each([
    ['For the developer, land director Nia Pryor said the firm would pay for a new crossing.', 'Nia Pryor'],
    ['For Brookmere Estates, planning manager Nia Pryor said the firm would pay for a new crossing.', 'Nia Pryor'],
  ])('makes a private side her employer: %s', (sentence, name) => {
    const r = detect([committee, sentence]);
    expect(officials(r)).toEqual([]);
    expect(people(r)).toContain(name);
  });

  it("keeps the council's own officer an official", () => {
    const r = detect([committee, 'For the council, planning officer Ewan Tate said the scheme met local policy.']);
    expect(officials(r)).toEqual(['Ewan Tate']);
  });

  it('is no side when the opener is a time ("For years,")', () => {
    expect(officials(detect([committee, 'For years, council leader Ruth Amos has argued for more homes.']))).toEqual(['Ruth Amos']);
  });
});

describe("estate agents' board", () => {
  it('is a trade body, not a public board', () => {
    const r = detect([commission, 'Dana Loft, president of the Kelso County Board of Realtors, said homes sell in days.']);
    expect(officials(r)).toEqual([]);
    expect(people(r)).toEqual(['Dana Loft']);
  });
});

describe('a presiding commissioner', () => {
  it('keeps "Presiding" in the mention', () => {
    const r = detect([commission, 'Presiding Commissioner Walt Ebbers said every appeal would be heard.']);
    expect(r.officials.map((p) => p.mentions.map((m) => m.text))).toEqual([['Presiding Commissioner Walt Ebbers']]);
  });
});

describe("a schools federation's head", () => {
  const cabinet = "The county council's cabinet agreed to consult on closing Brinsley Primary School, and the council will decide in March.";

  it('heads state schools', () => {
    expect(officials(detect([cabinet, "The federation's headteacher, Mrs Ada Roe, said the school would fight the plan."]))).toEqual(['Ada Roe']);
  });

  it("leaves any other federation's post private", () => {
    const r = detect([cabinet, "The Police Federation's chairman, Sgt Ada Roe, said the school would fight the plan."]);
    expect(officials(r)).toEqual([]);
  });
});
