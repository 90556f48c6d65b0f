/**
 * Clergy's honorifics before a name ("Pastor X", "Rabbi Y", "Imam Z", "Fr W", "Canon V"): part of the mention, as
 * "Rev" is, and never an office. "Father" and "Bishop" are left out ("Father Christmas", "Cllr Bishop").
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const council = 'The Marlow city council voted 5-2 on Monday to open a winter shelter at the old library.';

describe("clergy's honorifics", () => {
  it.each([
    ['Pastor Nia Okoye said her church would staff it.', 'Nia Okoye', 'Pastor Nia Okoye'],
    ['Rabbi Eli Stern said the synagogue would help.', 'Eli Stern', 'Rabbi Eli Stern'],
    ['Imam Yusuf Bari offered the mosque hall.', 'Yusuf Bari', 'Imam Yusuf Bari'],
    ['Fr Declan Rowe said the parish would donate blankets.', 'Declan Rowe', 'Fr Declan Rowe'],
    ['Canon Mair Powell said the cathedral would open its hall.', 'Mair Powell', 'Canon Mair Powell'],
  ])('%s', (sentence, name, mention) => {
    const r = detect([council, sentence, 'The shelter opens on Dec. 1.']);
    expect(r.officials).toEqual([]);
    expect(r.people.map((p) => [p.name, p.mentions[0]!.text])).toEqual([[name, mention]]);
  });
});
