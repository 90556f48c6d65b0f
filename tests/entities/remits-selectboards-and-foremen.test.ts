/** New England's town offices and a post written out with a two-part remit, as titles; a vote cast told as a participle. */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('remits, selectboards and foremen', () => {
  it('reads a post with a remit joined by "and" as the title of the name after it', () => {
    const r = detect([
      'The regional school board adopted its budget on Tuesday.',
      'Director of Finance and Operations Marla Quigley said salaries account for most of the rise. Quigley said the track would be replaced.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Marla Quigley'))).toEqual(['Director of Finance and Operations Marla Quigley', 'Quigley']);
  });

  it('reads "Selectboard member" written as one word as a title', () => {
    const r = detect(['The Selectboard voted 4-1 to hire a town manager.', 'Selectboard member Ines Varga voted no. Ms. Varga said the pay was too high.']);
    expect(mentionTexts(byName(r.officials, 'Ines Varga'))).toEqual(['Selectboard member Ines Varga', 'Ms. Varga']);
  });

  it('reads "Road Foreman" as a town post before a name, and the surname Foreman as a name', () => {
    const r = detect([
      'The Selectboard met on Monday to discuss the spring paving list.',
      'Road Foreman Wes Dumont said three culverts had failed. Dale Foreman, who lives on Mill Road, said his was one of them. Mr. Foreman asked for a date.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Wes Dumont'))).toEqual(['Road Foreman Wes Dumont']);
    expect(mentionTexts(byName(r.people, 'Dale Foreman'))).toEqual(['Dale Foreman', 'Mr. Foreman']);
  });

  it('reads a member "casting the lone vote against" as acting in the vote', () => {
    const r = detect([
      'The Select Board voted 4-1 on Monday to put the override on the ballot, with Nils Okafor casting the lone vote against. Okafor said he backed the schools.',
    ]);
    expect(mentionTexts(byName(r.officials, 'Nils Okafor'))).toEqual(['Nils Okafor', 'Okafor']);
  });
});
