/**
 * Bodies that are no council's (dev70): a local party's forum, branch or association, whose officers
 * are the party's people, and an audit firm named beside the council's post ("the council's external
 * auditors, Grantley Audit"), which is no person at all.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe("a local party's own body", () => {
  it('makes its secretary a party officer, and leaves a council committee’s chair an official', () => {
    const r = detect([
      'The Labour group will pick a new leader on Monday.',
      "Jean Pryor, secretary of Harwick Labour's local campaign forum, said the hustings was full. Cllr Amy Ross, chair of the planning committee, agreed.",
    ]);
    expect(people(r)).toContain('Jean Pryor');
    expect(officials(r)).toContain('Amy Ross');
  });

  it('reads a constituency association so too', () => {
    const r = detect(['The borough council voted 30-12. Colin Vane, chairman of the Westfield Conservative Association, welcomed the result.']);
    expect(people(r)).toContain('Colin Vane');
  });
});

describe('an audit firm beside the post it fills', () => {
  it('is nobody', () => {
    const r = detect([
      "Cllr Ann Mott has written to the council's external auditors, Marlow Audit, asking them to examine the payment. Marlow Audit said it would consider it.",
    ]);
    expect([...officials(r), ...people(r)]).not.toContain('Marlow Audit');
  });
});
