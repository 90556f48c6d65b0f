/**
 * Stop 38, from blind29 once it was opened (the sentences here are new): a Louisiana parish's police
 * jury ("Police Jury President X", "Juror X", "Jurors X and Y"), and a public service's post opened by
 * its place's name before a comma ("the Marshire Police and Crime Commissioner, X"), not a firm's.
 */
import { describe, expect, it } from 'vitest';
import { detect } from './helpers';

const officials = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.name);
const mentions = (r: ReturnType<typeof detect>) => r.officials.map((p) => p.mentions[0]!.text);

describe("a parish's police jury", () => {
  it('titles its president and jurors, one or many', () => {
    const r = detect([
      'The Acadie Parish Police Jury voted 7-2 on Monday to adopt the road programme.',
      'Jurors Remy Guidot and Anne Batts cast the dissenting votes. Juror Luc Ardent backed them on an amendment.',
      'Police Jury President Paul Fontaine said the list was fair. Batts said the south had been left out.',
    ]);
    expect(officials(r)).toEqual(['Remy Guidot', 'Anne Batts', 'Luc Ardent', 'Paul Fontaine']);
    expect(mentions(r)).toEqual(['Remy Guidot', 'Anne Batts', 'Juror Luc Ardent', 'Police Jury President Paul Fontaine']);
  });
});

describe("a public service's post after its place's name", () => {
  const council = 'Marshire County Council agreed a 4.99% rise in council tax last week.';

  it('is a public post', () => {
    const r = detect([council, 'Meanwhile the Marshire Police and Crime Commissioner, Ruth Dale, has raised the policing precept.']);
    expect(officials(r)).toEqual(['Ruth Dale']);
  });

  it("is not a firm's post", () => {
    const r = detect([council, 'Meanwhile the Barclays Chief Executive, Ruth Dale, has written to the council.']);
    expect(officials(r)).toEqual([]);
  });
});
