/**
 * From the dev48 pages (an FOI story and a week's politics column): a "successor as" a post holds it
 * now, while a duty done in a past decade ("who chaired the council in the 2010s") was left.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('successors and duties of a past decade', () => {
  it('gives the post to the successor, not to the one succeeded', () => {
    const r = detect([
      'Tarnbury District Council spent £1.4m on agency staff last year. The former chief executive, Owen Pritchard, approved most of the contracts.',
      'His successor as chief executive, Leona Mbeki, has since ordered a review. Ms Mbeki said the findings would be published.',
    ]);
    expect(byName(r.officials, 'Leona Mbeki')?.mentions.map((m) => m.text)).toEqual(['Leona Mbeki', 'Ms Mbeki']);
    expect(byName(r.officials, 'Owen Pritchard')).toBeUndefined();
  });

  it('reads a duty done in a past decade as one that ended', () => {
    const r = detect([
      'Members of Hollin Vale Borough Council met on Monday to set the budget.',
      'Keith Amory, who chaired the borough council in the 1990s, told the meeting the reserves were too low.',
      'Cllr Dawn Fisk, who chairs the finance committee, said the reserves were adequate.',
    ]);
    expect(byName(r.officials, 'Keith Amory')).toBeUndefined();
    expect(byName(r.people, 'Keith Amory')).toBeDefined();
    expect(byName(r.officials, 'Dawn Fisk')).toBeDefined();
  });
});
