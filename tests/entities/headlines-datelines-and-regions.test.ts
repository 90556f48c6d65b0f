/**
 * Stop 37, from the dev56 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): an office the headline titles a name with, a dateline's place used after a title in the
 * body, a place written after a name and "of" that does not act itself, a Canadian region's CAO and
 * "Regional Coun. X of Silverdale", a sentence opened by a participle ("Representing the council,
 * its head of legal services"), a party's county chairman, and an "Employment Judge"; from dev57, an
 * appointment told after "In other business," and a "Billing Supervisor".
 */
import { describe, expect, it } from 'vitest';
import { detectPeople } from '@/core/entities';
import { article, byName, detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const people = (r: ReturnType<typeof detect>) => r.people.map((p) => p.name);

describe('the headline', () => {
  const body = ['Donna Ferreira has sworn in every board member since 1994.', 'Ferreira, 66, told the board on Monday that she is retiring after 38 years.'];

  it('gives its office to the name it titles', () => {
    const r = detectPeople({ ...article(...body), title: 'After 38 years, Hollisford Town Clerk Donna Ferreira is retiring' });
    expect(officials(r)).toEqual(['Donna Ferreira']);
  });

  it('makes the staff of the office it titles officials, as a title in the body would', () => {
    const staff = [...body, "Ferreira's chief deputy, Lena Marsh, 41, said she would seek the appointment. Marsh has worked in the office for 12 years."];
    const r = detectPeople({ ...article(...staff), title: 'After 38 years, Hollisford Town Clerk Donna Ferreira is retiring' });
    expect(officials(r)).toEqual(['Donna Ferreira', 'Lena Marsh']);
  });

  it('gives nothing for a past office or with no title', () => {
    expect(officials(detectPeople({ ...article(...body), title: 'Former Town Clerk Donna Ferreira honoured' }))).toEqual([]);
    expect(officials(detectPeople({ ...article(...body), title: 'Donna Ferreira is retiring' }))).toEqual([]);
  });
});

describe("the dateline's place", () => {
  it('is no surname after a title', () => {
    const r = detect(['HOLLISFORD — Jo Pike has sworn in every Select Board member Hollisford has elected since 1994.', 'Hollisford will vote in May.']);
    expect([...officials(r), ...people(r)]).not.toContain('Hollisford');
  });
});

describe('a place after a name and "of"', () => {
  it('does not act in the business itself', () => {
    const r = detect([
      'The regional council voted 14-5.',
      'Mayor Dave Sinclair of Port Elgar moved an amendment. Reeve Gord Lind of Tay Mills Township, who voted against, spoke.',
    ]);
    expect(officials(r)).toEqual(['Dave Sinclair', 'Gord Lind']);
  });
});

describe('a Canadian region', () => {
  it("makes its CAO an official and keeps a regional councillor's seat out of the owner", () => {
    const r = detect([
      'The regional council voted 14-5 on Wednesday, and the region will run the bins.',
      'The region’s CAO, Michelle Arsenault, said the region would issue a tender.',
      'Regional Coun. Marco Deluca of Silverdale spoke against it.',
    ]);
    expect(officials(r)).toEqual(['Michelle Arsenault', 'Marco Deluca']);
  });

  it('reads "CAO" as a title', () => {
    const r = detect(['The township council met on Monday.', 'CAO Janet Ruiz said the budget was tight.']);
    expect(byName(r.officials, 'Janet Ruiz')?.mentions.map((m) => m.text)).toEqual(['CAO Janet Ruiz']);
  });
});

describe('a sentence opened by a participle', () => {
  it('gives "its" the body the participle names', () => {
    const r = detect([
      'The tribunal heard the council’s case on Monday.',
      'Representing the council, Oliver Penn, its head of legal services, argued the dismissal was fair.',
    ]);
    expect(byName(r.officials, 'Oliver Penn')).toBeDefined();
  });
});

describe("a party's officer and a tribunal's judge", () => {
  it('reads the party’s county chairman as no official', () => {
    const r = detect(['The county commissioners will fill the seat.', 'Gary Voss, the party’s county chairman, said the committee would meet.']);
    expect(people(r)).toEqual(['Gary Voss']);
  });

  it('keeps "Employment Judge" whole in the mention', () => {
    const r = detect(['The employment tribunal ruled on Friday.', 'Employment Judge Priya Rama said the dismissal was unfair.']);
    expect(byName(r.officials, 'Priya Rama')?.mentions.map((m) => m.text)).toEqual(['Employment Judge Priya Rama']);
  });
});

describe('an appointment told after other business (dev57)', () => {
  it('reads past an opening phrase and a new post after its owner', () => {
    const r = detect([
      'The school board met on Monday.',
      'In other business, the board approved a contract with Dreibel Paving and hired Kelly Ortega as the district’s new food services director.',
    ]);
    expect(byName(r.officials, 'Kelly Ortega')?.role).toBe('food services director');
  });

  it('keeps "Billing" in a supervisor’s title', () => {
    const r = detect([
      'The township board voted 5-2 Monday to raise water rates, and the township will borrow $14 million.',
      'Billing Supervisor Karen Oaks said the utilities office would mail a notice.',
    ]);
    expect(byName([...r.officials, ...r.people], 'Karen Oaks')?.mentions.map((m) => m.text)).toEqual(['Billing Supervisor Karen Oaks']);
  });
});
