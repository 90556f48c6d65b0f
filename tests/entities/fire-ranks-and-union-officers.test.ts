/**
 * From probes written in stop 30: a fire and rescue service's ranks name its officers even written in
 * lower case at a sentence's start, and a serving police officer introduced as a union's president is
 * the union's person.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('fire ranks', () => {
  it('reads crew and watch ranks before a name as officials, with a capitalised rank in the mention', () => {
    const r = detect([
      'Ravensholme Fire Authority will consult on the plan next month.',
      'Crew commander Ali Shah said the engine was often short-staffed. Watch commander Ed Roe agreed.',
      'Crew Manager Tom Bell said the station had answered 300 calls.',
    ]);
    for (const name of ['Ali Shah', 'Ed Roe', 'Tom Bell']) expect(byName(r.officials, name)).toBeDefined();
    expect(mentionTexts(byName(r.officials, 'Tom Bell'))).toEqual(['Crew Manager Tom Bell']);
  });
});

describe("a union's officer who holds a rank", () => {
  it('reads "Police union president Sgt. X" as a person', () => {
    const r = detect([
      'The city council voted 5-0 on Monday to accept the chief’s resignation.',
      'Police union president Sgt. Dale Ivers said the chief had lost the trust of officers.',
      'Sgt. Ana Cruz, who leads the department’s traffic unit, said patrols would continue.',
    ]);
    expect(byName(r.officials, 'Dale Ivers')).toBeUndefined();
    expect(byName(r.officials, 'Ana Cruz')).toBeDefined();
  });
});

describe('a ranked officer who runs a public centre', () => {
  it('reads "Capt. X, who runs the county detention center" as an official beside union officers', () => {
    const r = detect([
      'The Pardee County Commission heard the sheriff’s budget request on Tuesday.',
      'Deputy Sgt. Ray Colley, president of the Pardee County Deputies Association, said pay lagged.',
      'Capt. Lamar Whitt, who runs the Pardee County Detention Center, said the jail held 412 people a night.',
    ]);
    expect(byName(r.officials, 'Lamar Whitt')).toBeDefined();
    expect(byName(r.officials, 'Ray Colley')).toBeUndefined();
  });
});
