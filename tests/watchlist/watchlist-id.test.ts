import { describe, expect, it } from 'vitest';
import { watchlistIdFor } from '@/core/watchlist/watchlist-id';

describe('watchlistIdFor', () => {
  it('is stable across re-imports and ignores case and accents', () => {
    const a = watchlistIdFor({ name: 'Zoë Marr', ward: 'Low Moor', council: 'Trowle District' });
    expect(watchlistIdFor({ name: 'zoe marr', ward: 'LOW MOOR', council: 'trowle district' })).toBe(a);
  });

  it('separates namesakes in different wards or councils, and prefers the publisher id', () => {
    const base = { name: 'Ann Bee', ward: 'North', council: 'Marshbury' };
    expect(watchlistIdFor({ ...base, ward: 'South' })).not.toBe(watchlistIdFor(base));
    expect(watchlistIdFor({ ...base, council: 'Trowle' })).not.toBe(watchlistIdFor(base));
    expect(watchlistIdFor({ ...base, sourceId: '7011' })).toBe(watchlistIdFor({ ...base, name: 'Annie Bee', sourceId: '7011' }));
  });
});
