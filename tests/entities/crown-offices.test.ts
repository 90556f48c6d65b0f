/**
 * Stop 48, from a dev-set page of stop 47 (written for tuning by a helper who saw no code; the
 * sentences here are new): "His Majesty's" or "Her Majesty's" before an office's title (the Crown's
 * inspectors and coroners) is part of the title, and so of the mention.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const mentionsOf = (r: ReturnType<typeof detect>, name: string) => r.officials.find((p) => p.name === name)?.mentions.map((m) => m.text);

describe("the Crown's offices", () => {
  const lede = "Marlow County Council's children's services committee met on Thursday.";
  it.each([
    ["His Majesty's Inspector Julia Fenwick said schools had improved.", 'Julia Fenwick', "His Majesty's Inspector Julia Fenwick"],
    ['Her Majesty’s Chief Inspector of Fire Services Tom Rudd said so.', 'Tom Rudd', 'Her Majesty’s Chief Inspector of Fire Services Tom Rudd'],
  ])('%s', (sentence, name, mention) => {
    expect(mentionsOf(detect([lede, sentence]), name)).toEqual([mention]);
  });

  it('needs the possessive straight before the title', () => {
    expect(mentionsOf(detect([lede, "Her Majesty's visit was praised by Inspector Julia Fenwick."]), 'Julia Fenwick')).toEqual(['Inspector Julia Fenwick']);
  });
});
