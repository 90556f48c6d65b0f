import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('the staff of an office holder', () => {
  it.each([
    ["County Executive Steuart Pittman said the plan was sound. Pittman's chief of staff, Chris Trumbauer, disagreed.", 'Chris Trumbauer'],
    ["Mayor Ann Cole spoke. Cole's spokeswoman, Jill Reyes, declined to comment.", 'Jill Reyes'],
    ['Mayor Ann Cole spoke. Jill Reyes, a spokeswoman for Cole, declined to comment.', 'Jill Reyes'],
  ])('work for the office: %s', (text, name) => {
    expect(byName(detect([text]).officials, name)).toBeDefined();
  });

  it.each([
    ["Mayor Ann Cole spoke. Barclays chief executive Tom Hale disagreed. Hale's spokeswoman, Amy Fox, said so.", 'Amy Fox'],
    ["Former Mayor Ann Cole spoke. Cole's spokeswoman, Jill Reyes, declined to comment.", 'Jill Reyes'],
  ])('not for someone without an office, or who has left it: %s', (text, name) => {
    const r = detect([text]);
    expect(byName(r.officials, name)).toBeUndefined();
    expect(byName(r.people, name)).toBeDefined();
  });
});
