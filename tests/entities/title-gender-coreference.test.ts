/**
 * Stop 32 probes: "Ms Patel" after two Patels, one whose given name is known to be a woman's and one
 * whose given name the list did not know, goes to the one it fits, not to whoever was named last;
 * and the given-name list now knows many more names (Welsh, Scottish, Irish, South Asian, US).
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';
import { givenNameGender } from '@/core/entities/given-name-gender';

describe('a gendered title between two people who share a surname', () => {
  it('goes to the one whose given name fits the title', () => {
    const r = detect([
      'Cllr Anne Patel (Lab, Northfield) and Cllr Tarun Patel (Con, Southgate) clashed over the scheme at Harwick Borough Council.',
      'Cllr Anne Patel said it was needed; Cllr Tarun Patel said it was not. Ms Patel later said she would meet residents.',
    ]);
    expect(byName(r.officials, 'Anne Patel')?.mentions.map((m) => m.text)).toEqual(['Cllr Anne Patel', 'Cllr Anne Patel', 'Ms Patel']);
    expect(byName(r.officials, 'Tarun Patel')?.mentions.map((m) => m.text)).toEqual(['Cllr Tarun Patel', 'Cllr Tarun Patel']);
  });

  it('knows given names from across the UK and the US', () => {
    expect(['Bronwen', 'Morwenna', 'Siobhan', 'Edna', 'Priya', 'Yolanda'].map(givenNameGender)).toEqual(['f', 'f', 'f', 'f', 'f', 'f']);
    expect(['Rhys', 'Huw', 'Ciaran', 'Hamish', 'Raj', 'Kwame'].map(givenNameGender)).toEqual(['m', 'm', 'm', 'm', 'm', 'm']);
    // Names given to both sexes stay unknown.
    expect(['Sam', 'Alex', 'Jo', 'Robin', 'Leslie'].map(givenNameGender)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });
});
