/**
 * From probes written in stop 30 on a censure vote: members who sit a vote out ("was absent",
 * "recused himself") or dissent act in the body's business, and a board's own name before a chair's
 * title ("Ethics Board Chair X", "Historic Preservation Commission Chair Y") is part of the title.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('a censure vote', () => {
  it('reads absent, recused and dissenting members as officials, and the applicant as no one’s member', () => {
    const r = detect([
      'The Carver Falls City Council voted 5-1 Monday to censure Council Member Dale Bale.',
      'Lisa Crane was absent. Tom Bryce recused himself. Amy Cho dissented.',
      'The applicant, Joe Dunn, was absent.',
    ]);
    for (const name of ['Lisa Crane', 'Tom Bryce', 'Amy Cho']) expect(byName(r.officials, name)).toBeDefined();
    expect(byName(r.officials, 'Joe Dunn')).toBeUndefined();
  });

  it('keeps a board’s own name in the chair’s title', () => {
    const r = detect([
      'The council heard the complaint on Monday. Ethics Board Chair Gary Lin presented the findings.',
      'Historic Preservation Commission Chair Ruth Sand spoke against the demolition.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Gary Lin'))).toEqual(['Ethics Board Chair Gary Lin']);
    expect(mentionTexts(byName(r.officials, 'Ruth Sand'))).toEqual(['Historic Preservation Commission Chair Ruth Sand']);
  });
});
