/**
 * Stop 47, from the debt list of stop 46 (the sentences here are new): a high school named without
 * "School" ("Millbrook High") is a state school whose principal is an official, and is nobody's name;
 * a lede's unnamed role may go to someone the opening paragraph calls "Ms Holt", since a courtesy
 * title is no other office.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const everyone = (r: ReturnType<typeof detect>) => [...r.officials, ...r.people].map((p) => p.name);
const board = 'The Cedar Falls school board met on Tuesday to set next year’s calendar.';

describe('a high school named without "School"', () => {
  it.each([['Marta Quill, principal of Cedar Falls High, said the gym roof leaks.'], ['Principal Marta Quill of Cedar Falls High said the gym roof leaks.']])(
    '%s',
    (sentence) => {
      const r = detect([board, sentence]);
      expect(officials(r)).toEqual(['Marta Quill']);
      expect(everyone(r)).not.toContain('Cedar Falls High');
    },
  );

  it('is no school when a capitalised word follows "High"', () => {
    const r = detect([board, 'Marta Quill, manager of the Cedar Falls High Street bakery, said the gym roof leaks.']);
    expect(officials(r)).toEqual([]);
  });
});

describe("a lede's unnamed role", () => {
  it('goes to the person it names with only a courtesy title, not to the next one named', () => {
    const r = detect([
      'Brackley Town Council met on Monday. The independent investigator appointed by the council, barrister Nina Sherwood, found that a councillor had bullied staff. Ms Sherwood said the findings were serious.',
      'Colin Ashby, who runs the market, said the town deserved better.',
    ]);
    const byName = new Map([...r.officials, ...r.people].map((p) => [p.name, p.role]));
    expect(byName.get('Nina Sherwood')).toBe('independent investigator');
    expect(byName.get('Colin Ashby')).not.toBe('independent investigator');
  });
});
