import { describe, expect, it } from 'vitest';
import { allNames, byName, detect, mentionTexts } from './helpers';

describe('long and stacked titles', () => {
  it('keeps "Police and Crime Commissioner" whole and reads "Chief Constable" as a title', () => {
    const r = detect([
      'Police and Crime Commissioner Imani Castellane-Reid set the precept. Chief Constable Bertrand Oakes backed her.',
      'Mr Oakes said the rise would save 30 posts. Ms Castellane-Reid agreed.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Imani Castellane-Reid'))).toEqual(['Police and Crime Commissioner Imani Castellane-Reid', 'Ms Castellane-Reid']);
    expect(mentionTexts(byName(r.officials, 'Bertrand Oakes'))).toEqual(['Chief Constable Bertrand Oakes', 'Mr Oakes']);
    expect(allNames(r)).not.toContain('Constable Bertrand Oakes');
  });

  it('reads judges and coroners as officials', () => {
    const r = detect([
      'District Judge Ottilie Brandreth fined the landlord £4,000. Judge Brandreth said the flat was unsafe.',
      'Dr Kasimir Lowe, the area coroner for Wexham and Dunmere, recorded a narrative conclusion. Dr Lowe wrote to the council.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Ottilie Brandreth'))).toEqual(['District Judge Ottilie Brandreth', 'Judge Brandreth']);
    expect(mentionTexts(byName(r.officials, 'Kasimir Lowe'))).toEqual(['Dr Kasimir Lowe', 'Dr Lowe']);
  });

  it('reads police ranks as titles but not a surname that is a rank word', () => {
    const r = detect(['Sgt Dorcas Pike and Insp Leopold Vance attended the meeting. Columnist Amos Sergeant was unimpressed.']);
    expect(mentionTexts(byName(r.officials, 'Dorcas Pike'))).toEqual(['Sgt Dorcas Pike']);
    expect(mentionTexts(byName(r.officials, 'Leopold Vance'))).toEqual(['Insp Leopold Vance']);
    expect(byName(r.officials, 'Amos Sergeant')).toBeUndefined();
  });

  it('keeps a stack of titles whole in "Town Mayor Cllr X", with the office as role', () => {
    const r = detect(['Town Mayor Cllr Philippa Dunstable opened the fete.']);
    const p = byName(r.officials, 'Philippa Dunstable');
    expect(mentionTexts(p)).toEqual(['Town Mayor Cllr Philippa Dunstable']);
    expect(p?.role).toBe('Town Mayor');
  });

  it('links "Prof" to "Professor" even when the surname is also a place word (Marsh, Hall)', () => {
    const r = detect([
      'Dunmere Council has asked the local NHS trust to explain. Its chief executive, Professor Edwin Marsh, said beds would close.',
      'Prof Marsh said the board would decide in May. The fair on Lord Street went ahead.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Edwin Marsh'))).toEqual(['Professor Edwin Marsh', 'Prof Marsh']);
    expect(allNames(r)).not.toContain('Street');
  });
});

describe('first names in quotes', () => {
  it("is not blocked by a saint's name used for a school or church", () => {
    const r = detect([
      "Parents at St Winifred's Primary School want a crossing.",
      'Cllr Winifred Ashby, cabinet member for highways, said sorry. Cllr Ode Barr said: "I warned Winifred in 2022."',
    ]);
    expect(mentionTexts(byName(r.officials, 'Winifred Ashby'))).toEqual(['Cllr Winifred Ashby', 'Winifred']);
    expect(allNames(r)).not.toContain('St Winifred');
  });

  it('resolves a common short form ("Greg" for Gregory, "Andy" for Andrew)', () => {
    const r = detect([
      'Council leader Gregory Fane and finance chief Cllr Andrew Pimm faced questions.',
      'Cllr Hope Dyer said: "Greg knows this budget does not add up, and so does Andy."',
    ]);
    expect(mentionTexts(byName(r.officials, 'Gregory Fane'))).toEqual(['Gregory Fane', 'Greg']);
    expect(mentionTexts(byName(r.officials, 'Andrew Pimm'))).toEqual(['Cllr Andrew Pimm', 'Andy']);
  });

  it('does not guess a short form that fits two people', () => {
    const r = detect(['Cllr Christopher Dunne and Cllr Christine Bale both voted against.', 'Cllr Hope Dyer said: "Chris made the better speech."']);
    expect(mentionTexts(byName(r.officials, 'Christopher Dunne'))).toEqual(['Cllr Christopher Dunne']);
    expect(mentionTexts(byName(r.officials, 'Christine Bale'))).toEqual(['Cllr Christine Bale']);
  });

  it('reads an exact first name mid-sentence for a titled person, but not for an organisation', () => {
    const r = detect([
      'Cllr Rosalind Achebe resigned from the cabinet. Colleagues said Rosalind had been exhausted.',
      'Quayside Media said the tender was unfair, and a letter from Quayside was sent on Monday.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Rosalind Achebe'))).toEqual(['Cllr Rosalind Achebe', 'Rosalind']);
    expect(r.people.flatMap((p) => p.mentions.map((m) => m.text))).not.toContain('Quayside');
  });
});
