import { describe, expect, it } from 'vitest';
import { indexQuotes } from '@/core/entities/quotes';

/** Is the first occurrence of `word` in `text` inside quoted speech? */
const quoted = (text: string, word: string): boolean => indexQuotes(text).inside(text.indexOf(word), text.lastIndexOf('\n', text.indexOf(word)) + 1);

describe('quoted speech', () => {
  it('reads double quotes by parity within a paragraph', () => {
    const text = '"Jim is right," said Ann. Then Bob left.\n\n"We will appeal';
    expect(quoted(text, 'Jim')).toBe(true);
    expect(quoted(text, 'Bob')).toBe(false);
    expect(quoted(text, 'appeal')).toBe(true);
  });

  it('reads single quotes, straight or curly, and runs an unclosed one to the end of the paragraph', () => {
    const text = "'Jim is right,' said Ann. ‘Kay agrees,’ said Bo. Then Cy left.\n\n'We will appeal\n\nDee said so.";
    expect(quoted(text, 'Jim')).toBe(true);
    expect(quoted(text, 'Kay')).toBe(true);
    expect(quoted(text, 'Cy')).toBe(false);
    expect(quoted(text, 'appeal')).toBe(true);
    expect(quoted(text, 'Dee')).toBe(false);
  });

  it('does not take apostrophes for quotation marks', () => {
    const text = "The councillors' plan, which O'Neill and Jim's friends backed, passed in the '80s, when Ed was there.";
    for (const w of ['plan', 'Neill', 'friends', 'passed', 'Ed']) expect(quoted(text, w)).toBe(false);
  });
});
