/** Staff named by a job the lexicon lacks, special districts and New England boards, Welsh schools. */
import { describe, expect, it } from 'vitest';
import { byName, detect, sortedNames } from './helpers';

describe('public staff and bodies', () => {
  it('reads "the council’s <job>, Name" as the council’s staff, whatever the job', () => {
    const r = detect([
      'Harbury Vale District Council’s planning committee met on Tuesday.',
      'The council’s ecologist, Dr Freya Lindqvist, said the hedges would be replaced. The county’s senior archaeologist, Amy Dunn, agreed.',
      'The council’s decision, Tom Reed said, was wrong.',
    ]);
    expect(sortedNames(r.officials)).toEqual(['Amy Dunn', 'Freya Lindqvist']);
    expect(byName(r.officials, 'Freya Lindqvist')?.role).toBe('ecologist');
  });

  it("reads a district's hydrologist named after a lower-case job as its staff", () => {
    const r = detect([
      'The Escalera Water Conservancy District board cut allocations by 35% on Monday.',
      'The reservoir is low, according to a report from district hydrologist Priya Ranganathan. Ranganathan told trustees the snowpack was thin.',
    ]);
    expect(byName(r.officials, 'Priya Ranganathan')?.mentions.map((m) => m.text)).toEqual(['Priya Ranganathan', 'Ranganathan']);
  });

  it('treats a water district’s board as a public body, so its general manager is an official', () => {
    const r = detect([
      'Customers of the Cascadia Valley Water District will pay more after the district’s board approved a rate plan.',
      'General manager Arturo Mendez told the board the reservoir was low. "We cannot plan on rain," Mendez said.',
    ]);
    expect(byName(r.officials, 'Arturo Mendez')?.mentions.map((m) => m.text)).toEqual(['Arturo Mendez', 'Mendez']);
  });

  it('keeps New England and highway titles whole ("Selectboard Chair", "Highway Superintendent")', () => {
    const r = detect([
      'The North Ashby selectboard voted on Monday to put a fire truck on the town meeting warrant.',
      'Selectboard Chair Margaret Eldridge said the truck was overdue. Highway Superintendent Tom Gagnon asked for a plow truck too.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['Selectboard Chair Margaret Eldridge', 'Highway Superintendent Tom Gagnon']);
  });

  it('keeps an adjective of office inside a written-out title ("County Administrative Officer")', () => {
    const r = detect([
      'The Monte Vista County Board of Supervisors adopted its budget on Tuesday.',
      'County Administrative Officer Anjali Rao said the budget was tight. Chief Technical Officer Bo Li agreed.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual(['County Administrative Officer Anjali Rao', 'Chief Technical Officer Bo Li']);
  });

  it('reads a plural possessive before a role ("the trustees’ chairman, X") and an appointment ("hired X as the township’s inspector")', () => {
    const r = detect([
      'The Brookfield Township trustees met on Monday to renew the fire levy.',
      'The trustees’ chairman, Gene Dombrowski, thanked the retiring inspector. Trustees also hired Jason Bidwell as the township’s part-time zoning inspector.',
      'Residents named Ann Cole as their spokeswoman.',
    ]);
    expect(byName(r.officials, 'Gene Dombrowski')?.role).toBe('chairman');
    expect(byName(r.officials, 'Jason Bidwell')?.role).toBe('part-time zoning inspector');
    expect(byName(r.officials, 'Ann Cole')).toBeUndefined();
  });

  it('keeps a numbered seat and a service or body word inside a written-out title', () => {
    const r = detect([
      'The Brazos Bend County commissioners court voted 4-1 to expand the jail.',
      'Precinct 3 Commissioner Leon Gaither voted no. Community Development Director Janelle Marquez and Airport Executive Director Angela Reyes-Monroe presented the plans.',
    ]);
    expect(r.officials.map((o) => o.mentions[0]!.text)).toEqual([
      'Precinct 3 Commissioner Leon Gaither',
      'Community Development Director Janelle Marquez',
      'Airport Executive Director Angela Reyes-Monroe',
    ]);
  });

  it('keeps a numbered seat before "Council member" written with a lower-case "member"', () => {
    const r = detect(['The city council voted 5-2. Ward 3 Council member Grant Hollis said so. Hollis agreed. Council member Ann Lee too.']);
    expect(r.officials.map((o) => o.mentions.map((m) => m.text))).toEqual([['Ward 3 Council member Grant Hollis', 'Hollis'], ['Council member Ann Lee']]);
  });

  it('still reads a title word that is also a surname as a surname after a title ("Cllr Parks")', () => {
    const r = detect([
      'The council met on Monday. Councillor Ann Parks said the budget was fair.',
      'Parks and Recreation Director Lisa Marchetti agreed. Cllr Parks disagreed later.',
    ]);
    expect(byName(r.officials, 'Ann Parks')?.mentions.map((m) => m.text)).toEqual(['Councillor Ann Parks', 'Cllr Parks']);
  });

  it('reads a Welsh school (Ysgol) as a public one, so its headteacher is an official', () => {
    const r = detect([
      'Dyffryn Teifon County Council’s cabinet voted to merge two village schools.',
      'The headteacher of Ysgol Bryn Hafod, Mererid Owen, told members both schools were good.',
    ]);
    expect(byName(r.officials, 'Mererid Owen')).toBeDefined();
  });
});
