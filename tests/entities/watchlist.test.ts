import { describe, expect, it } from 'vitest';
import type { WatchlistEntry } from '@/core/model/analysis';
import { byName, detect, mentionTexts } from './helpers';

const watchlist: WatchlistEntry[] = [
  { id: 'w1', name: 'Cllr Rosamund Ferris', role: 'cabinet member for housing', party: 'Labour' },
  { id: 'w2', name: 'Bartholomew Quince', aliases: ['Bart Quince'], role: 'councillor' },
  { id: 'w3', name: 'Marigold Street', role: 'leader of the council' },
];

describe('watchlist matching', () => {
  it('matches an exact name and takes the watchlist role when the article gives none', () => {
    const r = detect(['Rosamund Ferris said the homes would be built by 2027.'], { watchlist });
    const p = byName(r.officials, 'Rosamund Ferris');
    expect(p?.watchlistId).toBe('w1');
    expect(p?.role).toBe('cabinet member for housing');
  });

  it("matches an alias and keeps the article's own name and role", () => {
    const r = detect(["Bart Quince, the council's planning chairman, signed the order."], { watchlist });
    const p = byName(r.officials, 'Bart Quince');
    expect(p?.watchlistId).toBe('w2');
    expect(p?.role).toBe('planning chairman');
  });

  it('matches a titled surname to a unique watchlist surname and takes the full name', () => {
    const r = detect(['Cllr Quince was absent.'], { watchlist });
    const p = r.officials[0];
    expect(p?.watchlistId).toBe('w2');
    expect(p?.name).toBe('Bartholomew Quince');
    expect(mentionTexts(p)).toEqual(['Cllr Quince']);
  });

  it('does not match a surname with only an honorific and no office cue', () => {
    const r = detect(['Mr Ferris, a builder, said the site was flooded.'], { watchlist });
    expect(r.officials.some((p) => p.watchlistId)).toBe(false);
  });

  it('accepts a watchlist name that would otherwise look like a street', () => {
    const r = detect(['Marigold Street said the budget was balanced.'], { watchlist });
    expect(byName(r.officials, 'Marigold Street')?.watchlistId).toBe('w3');
  });

  it('works without a watchlist', () => {
    const r = detect(['Cllr Quince was absent.']);
    expect(r.officials[0]?.watchlistId ?? null).toBeNull();
    expect(r.officials[0]?.name).toBe('Quince');
  });
});
