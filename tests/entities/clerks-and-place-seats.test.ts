/**
 * Stop 33: "Fellow Eastfield councillor Joan Ward" had the place read as a firm owning the seat,
 * and a post held "to" a body ("clerk to the council", "adviser to the mayor") was not read at all.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

describe('a seat named with its place', () => {
  it('is an official whatever the place', () => {
    const r = detect(['Councillor Smith, who represents Eastfield, said the plan was unfair. Fellow Eastfield councillor Joan Ward agreed.']);
    expect(byName(r.officials, 'Joan Ward')?.role).toBe('councillor');
  });
});

describe('posts held to a body', () => {
  it('are read with or without a comma before the name', () => {
    const r = detect([
      'The clerk to the parish council, Jenny Marsh, said the precept would rise.',
      'Clerk to the council Ann Hale read out the result: 11 votes for, 9 against.',
      'The adviser to the mayor, Tom Hill, said the plan was sound.',
    ]);
    expect(byName(r.officials, 'Jenny Marsh')?.role).toBe('clerk to the parish council');
    expect(byName(r.officials, 'Ann Hale')?.role).toBe('Clerk to the council');
    expect(byName(r.officials, 'Tom Hill')?.role).toBe('adviser to the mayor');
  });

  it('keep the post whole when the head it serves is a role word (stop 34)', () => {
    const r = detect([
      'Adviser to the mayor Tom Hill said the scheme would go ahead.',
      'The council scheme is costed, said adviser to the council leader Jo Park.',
    ]);
    expect(byName(r.officials, 'Tom Hill')?.role).toBe('Adviser to the mayor');
    expect(byName(r.officials, 'Jo Park')?.role).toBe('adviser to the council leader');
    const assistant = detect(['The plan is costed, said assistant to the county administrator Jo Park.']);
    expect(byName(assistant.officials, 'Jo Park')?.role).toBe('assistant to the county administrator');
  });

  it('leave "to" after a verb alone', () => {
    const r = detect(['Officers reported to the committee that Jenny Marsh, a resident, had complained.']);
    expect(byName(r.officials, 'Jenny Marsh')).toBeUndefined();
  });
});
