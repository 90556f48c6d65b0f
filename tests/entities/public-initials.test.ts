/** Local public bodies known by their initials own the posts written after them; a firm's initials do not. */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('public bodies known by their initials', () => {
  it('reads "ZBA Chairman X" and "EMS Director X" as officials', () => {
    const r = detect([
      "The township's zoning board of appeals met Tuesday and voted 4-1 to grant the variance. ZBA Chairman Bob Kline called the vote.",
      'EMS Director Rita Sandoval said response times had fallen.',
    ]);
    expect(byName(r.officials, 'Bob Kline')).toBeDefined();
    expect(byName(r.officials, 'Rita Sandoval')).toBeDefined();
  });

  it("keeps a firm's chairman private", () => {
    const r = detect(["The township's zoning board of appeals met Tuesday and voted 4-1 to grant the variance. Acme Chairman Bob Kline thanked the board."]);
    expect(byName(r.officials, 'Bob Kline')).toBeUndefined();
  });
});
