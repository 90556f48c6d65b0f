/**
 * Stop 35, from the dev51 pages (written for tuning) and sentences of my own: a council's party
 * group leader told as "who leads the Liberal Democrats", British papers' short forms of the chief
 * police ranks, and a mediator from a public board.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a party group leader on a council', () => {
  it('is an official when the article says whom she leads', () => {
    const r = detect([
      'The council elected a new leader on Thursday. Jo Hask – who leads the Liberal Democrats, with four councillors – said she would wait and see.',
    ]);
    expect(r.officials.map((p) => p.name)).toEqual(['Jo Hask']);
  });

  it("is the party's person when she leads the party's own body", () => {
    const r = detect(['The council elected a new leader on Thursday. Ann Roe, who chairs the Harlow County Republican Party, welcomed the result.']);
    expect(r.officials).toEqual([]);
  });
});

describe('chief police ranks in short', () => {
  it('reads "Ch Insp", "Ch Supt" and "Det Ch Insp" as titles', () => {
    const r = detect([
      'Chief Inspector Sarah Hart said crime was down. "It works," Ch Insp Hart said. Ch Supt Tom Bell agreed, and Det Ch Insp Amy Ross said arrests were up.',
    ]);
    expect(byName(r.officials, 'Sarah Hart')?.mentions.map((m) => m.text)).toEqual(['Chief Inspector Sarah Hart', 'Ch Insp Hart']);
    expect(byName(r.officials, 'Tom Bell')?.mentions.map((m) => m.text)).toEqual(['Ch Supt Tom Bell']);
    expect(byName(r.officials, 'Amy Ross')?.mentions.map((m) => m.text)).toEqual(['Det Ch Insp Amy Ross']);
  });
});

describe('a mediator', () => {
  it("is a public board's official, and a firm's person", () => {
    const r = detect([
      'The school board met the union on Monday. Howard Lind, a mediator with the state Employment Relations Board, kept the teams apart.',
      'Neighbours hired Ann Cole, a mediator with Fairway Mediation Ltd, to settle a separate dispute.',
    ]);
    expect(r.officials.map((p) => p.name)).toEqual(['Howard Lind']);
    expect(byName(r.people, 'Ann Cole')).toBeDefined();
  });
});
