import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

const COUNCIL = 'Ravensmoor Borough Council agreed its budget on Tuesday, and the council will set rents next month.';

describe("ministers' portfolios and the 'X General' offices", () => {
  it('keeps a portfolio written before Minister or Secretary in the title', () => {
    const r = detect([
      COUNCIL,
      'Local Government Minister Petra Ashgrove wrote to the council, and Defence Secretary Colm Rudd visited the barracks.',
      'Interior Minister Sun-hee Park and Treasury Secretary Ellis Varga were named too.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Petra Ashgrove'))).toEqual(['Local Government Minister Petra Ashgrove']);
    expect(mentionTexts(byName(r.officials, 'Colm Rudd'))).toEqual(['Defence Secretary Colm Rudd']);
    expect(mentionTexts(byName(r.officials, 'Sun-hee Park'))).toEqual(['Interior Minister Sun-hee Park']);
    expect(mentionTexts(byName(r.officials, 'Ellis Varga'))).toEqual(['Treasury Secretary Ellis Varga']);
  });

  it('finds the holder of a portfolio named with a comma', () => {
    const r = detect([COUNCIL, 'The Interior Minister, Jonas Brekke, said the council had been warned.']);
    expect(byName(r.officials, 'Jonas Brekke')?.role).toBe('Interior Minister');
  });

  it('reads "Secretary of State" before a name, though the run of capitals breaks at "of"', () => {
    const r = detect([COUNCIL, 'Secretary of State Hal Morrow refused the appeal. Mr Morrow gave no reasons.']);
    expect(mentionTexts(byName(r.officials, 'Hal Morrow'))).toEqual(['Secretary of State Hal Morrow', 'Mr Morrow']);
  });

  it('makes Attorney General and Auditor General offices, while a bare Attorney stays a profession', () => {
    const r = detect([COUNCIL, 'State Attorney General Rosa Imbert sued, Attorney Dev Kapoor replied, and Auditor General Ifan Rhys reported.']);
    expect(mentionTexts(byName(r.officials, 'Rosa Imbert'))).toEqual(['State Attorney General Rosa Imbert']);
    expect(byName(r.officials, 'Ifan Rhys')).toBeDefined();
    expect(byName(r.people, 'Dev Kapoor')).toBeDefined();
  });

  it('does not take "Local" before a private person for a title', () => {
    const r = detect([COUNCIL, 'Local businessman Orrin Tate objected to the rents.']);
    expect(mentionTexts(byName(r.people, 'Orrin Tate'))).toEqual(['Orrin Tate']);
  });
});
