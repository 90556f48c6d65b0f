/**
 * Stop 51, from the dev109 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a past "shire president"; a county named alone as a post's owner ("Mardenshire's executive
 * director of place"); Natural England as a public body; a hapū's spokesman and an Irish nurses' union
 * officer as no council's; and "The board's members are X, Y and Z".
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'Three libraries in Mardenshire are to close after the council’s cabinet voted for cuts. The council said the county had no choice.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);

describe('posts of the past and of counties', () => {
  it('reads "Former shire president X" as a past post', () => {
    const r = run('Former shire president Ana Pike, who led the council from 2011 to 2019, said it was the largest rise she had seen.');
    expect(byName(r.people, 'Ana Pike')?.role).toBe('Former shire president');
  });

  it("reads a county named alone as the owner of its council's post", () => {
    const r = run("Mardenshire's executive director of place, Ana Pike, told members the buildings would be offered to parishes.");
    expect(byName(r.officials, 'Ana Pike')).toBeDefined();
  });

  it("reads Natural England's adviser as a public body's", () => {
    const r = run('Natural England’s lead adviser for the catchment, Ana Pike, had written to the committee.');
    expect(byName(r.officials, 'Ana Pike')).toBeDefined();
  });
});

describe('people who speak for no council', () => {
  it.each([
    'Ana Pike, 67, the hapū’s environmental spokesman, presented its submission to the panel.',
    'INMO industrial relations officer Ana Pike said nurses were at breaking point.',
  ])('%s', (sentence) => {
    const r = run(sentence);
    expect(byName(r.officials, 'Ana Pike')).toBeUndefined();
    expect(byName(r.people, 'Ana Pike')).toBeDefined();
  });
});

describe("a board's members", () => {
  it('reads every name after "The board\'s members are"', () => {
    const r = run("The board's members are Ana Pike, Bo Lee and Raj Patel, along with a ward councillor.");
    for (const name of ['Ana Pike', 'Bo Lee', 'Raj Patel']) expect(byName(r.officials, name), name).toBeDefined();
  });
});
