/**
 * Stop 48, from the dev94 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): a TD's constituency written before the name ("Kilbrannagh TD Niall Spillane") is a label,
 * as an MP's is, so the name is found and a later "Deputy Spillane" is the same person; and a service's
 * words inside a written-out title ("Licensing Standards Officer X", "Building Control Officer Y") are
 * part of the title and the mention. From the dev95 and dev96 pages: a Member of the Senedd's "MS"
 * in capitals after the constituency ("Clwyd Coast MS Dilys Garmon"), "Senedd Member X", "Returning
 * Officer X", "Tribal Council President X", "Ports and Harbors Director X", and a body's name before
 * "and" kept out of the title ("the Select Board and Town Administrator X").
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const official = (r: ReturnType<typeof detect>, name: string) => r.officials.find((p) => p.name === name);

describe("a TD's constituency before the name", () => {
  it('gives the name, and the later "Deputy" is the same person', () => {
    const r = detect([
      'The joint policing committee met in Carrowkeel on Monday.',
      'Kilbrannagh TD Niall Spillane proposed the motion.',
      'Deputy Spillane said the unit was overdue.',
    ]);
    expect(official(r, 'Niall Spillane')?.mentions.map((m) => m.text)).toEqual(['Niall Spillane', 'Deputy Spillane']);
  });
});

describe("a service's words in a written-out title", () => {
  const lede = "The council's licensing board met on Thursday.";
  it.each([
    ['Licensing Standards Officer Nadia Rutherford told the board about her visits.', 'Nadia Rutherford', 'Licensing Standards Officer Nadia Rutherford'],
    ['Building Control Officer Ann Lee told the board.', 'Ann Lee', 'Building Control Officer Ann Lee'],
  ])('%s', (sentence, name, mention) => {
    expect(official(detect([lede, sentence]), name)?.mentions.map((m) => m.text)).toEqual([mention]);
  });

  it('reads a school’s activities director as its athletic director', () => {
    const r = detect(['The Keeler school board met on Monday.', 'Activities Director Jen Marchetti said the team would play on.']);
    expect(official(r, 'Jen Marchetti')?.mentions.map((m) => m.text)).toEqual(['Activities Director Jen Marchetti']);
  });

  it('is not a word that opens the sentence', () => {
    expect(official(detect([lede, 'Both Officer Tom Ray and Officer Jo Dee gave evidence.']), 'Tom Ray')?.mentions.map((m) => m.text)).toEqual([
      'Officer Tom Ray',
    ]);
  });
});

describe('more written-out titles', () => {
  const lede = 'The council met on Tuesday night.';
  it.each([
    ['Clwyd Coast MS Dilys Garmon said residents were angry. Ms Garmon said so.', 'Dilys Garmon', ['Dilys Garmon', 'Ms Garmon']],
    ['Senedd Member Iwan Glyndwr said so.', 'Iwan Glyndwr', ['Senedd Member Iwan Glyndwr']],
    ['Returning Officer Mark Ellerby read the result.', 'Mark Ellerby', ['Returning Officer Mark Ellerby']],
    ['Kavelik Tribal Council President Walter Ayojiak spoke.', 'Walter Ayojiak', ['Tribal Council President Walter Ayojiak']],
    ['Ports and Harbors Director Anya Sorensen said so.', 'Anya Sorensen', ['Ports and Harbors Director Anya Sorensen']],
    ['The row between the Select Board and Town Administrator Richard Haddad grew.', 'Richard Haddad', ['Town Administrator Richard Haddad']],
  ])('%s', (sentence, name, mentions) => {
    expect(official(detect([lede, sentence]), name)?.mentions.map((m) => m.text)).toEqual(mentions);
  });
});
