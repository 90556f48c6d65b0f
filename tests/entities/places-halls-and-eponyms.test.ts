/** A place written before a trade and a name, a public place whose noun is a surname, a report named after its author, and a coach firm's owner. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('places before trades, civic halls and firms', () => {
  it('reads "hired Fort Tolliver attorney X" as the board hiring X, and the town as nobody', () => {
    const r = detect([
      'The Ethics Board voted 4-1 on Monday.',
      'The board hired Fort Tolliver attorney Laura Pickens to investigate, at a cost of about $18,000. Pickens interviewed 14 people.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Laura Pickens'))).toEqual(['Laura Pickens', 'Pickens']);
    expect(byName(r.officials, 'Fort Tolliver')).toBeUndefined();
    expect(byName(r.people, 'Fort Tolliver')).toBeUndefined();
  });

  it('does not read "City Hall" as a mention of a Mr Hall', () => {
    const r = detect([
      'Voting to sustain the complaint were Harold Lucero, Terrence Hall and Samuel Ortiz of the city Ethics Board.',
      '"Nobody at City Hall told me," the councilman said.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Terrence Hall'))).toEqual(['Terrence Hall']);
  });

  it('does not read "the Kerslake review" as a mention of its author, but reads his own report as one', () => {
    const r = detect([
      'Government troubleshooter Lord Hugh Penwarden issued a damning report into Ashvale City Council in 2014.',
      'The Penwarden review led to the leader resigning, and councillors said the Penwarden report was fair. Penwarden told them he stood by it.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Hugh Penwarden'))).toEqual(['Lord Hugh Penwarden', 'Penwarden']);
  });

  it('reads a coach firm named "... Travel" as private', () => {
    const r = detect([
      'The county council cabinet heard that school transport costs had risen by £4m.',
      'Darren Kilby, who runs Eddlesford Executive Travel and holds 23 county council contracts, said operators were not to blame. Mr Kilby said fuel costs had risen.',
    ]);
    expect(byName(r.officials, 'Darren Kilby')).toBeUndefined();
  });
});
