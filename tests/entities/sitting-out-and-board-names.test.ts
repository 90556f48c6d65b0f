/**
 * From probes written in stop 30 on a censure vote and the dev47 pages: members who sit a vote out ("was absent",
 * "recused himself") or dissent act in the body's business, and a board's own name before a chair's
 * title ("Ethics Board Chair X", "Historic Preservation Commission Chair Y") is part of the title, and a
 * post someone "came to" a council in is theirs now unless the clause says they left it.
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

describe('a post someone came to a council in', () => {
  it('reads "who came to Marrowdale as chief executive in 2015" as the post held now, and one since left as past', () => {
    const r = detect([
      'Marrowdale Borough Council has appointed a new chief executive after a national search.',
      'She replaces Andrew McBride, 63, who retires on 31 August.',
      'Mr McBride, who came to Marrowdale as chief executive in 2015 from a deputy role in Scotland, said the council was in safe hands.',
      'Ann Cole, who joined the council as a planner in 1990 and retired in 2020, welcomed the choice.',
      'Jo Reed, who came to Hale Homes Ltd as finance director in 2019, objected to the pay.',
    ]);
    expect(byName(r.officials, 'Jo Reed')).toBeUndefined();
    expect(byName(r.officials, 'Andrew McBride')).toBeDefined();
    expect(byName(r.officials, 'Ann Cole')).toBeUndefined();
  });
});
