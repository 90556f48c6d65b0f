import { describe, expect, it } from 'vitest';
import { forgetSentence } from '@/components/popup/page-panel';

describe('the Forget confirmation', () => {
  it('says what is removed and what is kept, with counts', () => {
    expect(forgetSentence({ mentions: 3, notesKept: 1, linksKept: 2 })).toBe(
      'Forget this article? This removes its title, date and figures and 3 mentions of the people it names. Your 1 note and 2 links are kept.',
    );
    expect(forgetSentence({ mentions: 0, notesKept: 0, linksKept: 1 })).toMatch(/removes its title, date and figures\. Your 0 notes and 1 link are kept/);
    expect(forgetSentence(undefined)).toMatch(/notes on it are kept/);
  });
});
