/**
 * Two shapes from an English standards hearing and a New Zealand regional council (dev75): someone
 * "who runs the village post office" keeps a shop, and someone "who represents X on the committee"
 * holds a seat on it.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a village post office and a committee seat', () => {
  const r = detect([
    'The regional council committee voted 9-3 on Thursday to notify the freshwater plan.',
    'Wiremu Kereama, who represents Te Whanau a Turama on the committee, rejected that argument.',
    'Sandra Whitley, who runs the village post office, said the plan would hurt farmers.',
  ]);

  it('reads a seat on the committee as an office', () => {
    expect(byName(r.officials, 'Wiremu Kereama')).toBeDefined();
  });

  it('reads running a post office as keeping a shop', () => {
    expect(byName(r.officials, 'Sandra Whitley')).toBeUndefined();
    expect(byName(r.people, 'Sandra Whitley')).toBeDefined();
  });

  it('does not make a past seat beside someone a present one', () => {
    const p = detect([
      'The council named the new flats after Edna Hay, who was mayor in 1990 and died last month.',
      'Derek Pill, 88, who sat with her on the housing committee, recalled a meeting in 1981.',
    ]);
    expect(byName(p.officials, 'Derek Pill')).toBeUndefined();
  });
});
