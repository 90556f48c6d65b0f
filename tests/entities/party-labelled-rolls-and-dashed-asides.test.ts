/** Party labels inside a vote roll ("were Labour's Tom Reid and independent Ann Lyle"), and asides set off by dashes after a name. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('party labels in a roll', () => {
  it('reads a roll whose names carry party labels', () => {
    const r = detect(["The council's cabinet agreed the plan. Those voting against were Labour's Tom Reid and independent Ann Lyle."]);
    expect(mentionTexts(byName(r.officials, 'Tom Reid'))).toEqual(['Tom Reid']);
    expect(byName(r.officials, 'Ann Lyle')).toBeDefined();
  });
});

describe('asides set off by dashes', () => {
  it('reads a post between dashes after a name', () => {
    const r = detect(["The council's cabinet agreed the plan. Tom Reid – the council's lead for adult care – said it was overdue."]);
    expect(byName(r.officials, 'Tom Reid')?.role).toBe('lead for adult care');
  });

  it('reads a description between dashes as someone described', () => {
    const r = detect(['The plan was agreed. Tom Reid — a retired teacher who lives nearby — said it was overdue.']);
    expect(byName(r.people, 'Tom Reid')).toBeDefined();
  });
});
