/**
 * Stop 50, from the dev104 pages (written for tuning by helpers who saw no code; the sentences here
 * are new): an English town council's "Responsible Financial Officer"; a county's name kept out of a
 * district's office ("Tamarack County District Attorney X" gives "District Attorney X"); the Irish
 * state's bodies named in Irish ("Uisce Éireann"); "Leas-Chathaoirleach"; a members' list opened by
 * "among them" or set off by spaced hyphens; and a director's post in a company a relative "of which"
 * looks back to.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const lede = 'The council voted 9-4 on Tuesday night to approve the plan.';
const run = (...sentences: string[]) => detect([lede, ...sentences]);
const mentions = (sentence: string, name: string) => byName(run(sentence).officials, name)?.mentions.map((m) => m.text);

describe('titles', () => {
  it.each([
    ['Responsible Financial Officer Ana Pike will act as clerk.', 'Responsible Financial Officer Ana Pike'],
    ['Tamarack County District Attorney Ana Pike said regional forces work well.', 'District Attorney Ana Pike'],
    ['Calder County District Judge Ana Pike dismissed the case.', 'District Judge Ana Pike'],
    ['Leas-Chathaoirleach Cllr Ana Pike (FF) seconded the motion.', 'Leas-Chathaoirleach Cllr Ana Pike'],
  ])('%s', (sentence, mention) => {
    expect(mentions(sentence, 'Ana Pike')).toEqual([mention]);
  });

  it('keeps a district council named before its post', () => {
    expect(mentions('Calder District Council Leader Ana Pike said no.', 'Ana Pike')).toEqual(['District Council Leader Ana Pike']);
  });
});

describe('the Irish state’s bodies named in Irish', () => {
  it.each([
    "Uisce Éireann's regional infrastructure lead, Ana Pike, said the utility remained committed.",
    'Ana Pike, a spokeswoman for Uisce Éireann, said the utility was engaging with the council.',
  ])('%s', (sentence) => {
    expect(byName(run(sentence).officials, 'Ana Pike')).toBeDefined();
  });
});

describe('members named in a list', () => {
  it('reads the names after "councillors, among them"', () => {
    const r = run('Four councillors, among them Ana Pike and Rose Tully, abstained.');
    expect(r.officials.map((p) => p.name)).toEqual(expect.arrayContaining(['Ana Pike', 'Rose Tully']));
  });

  it('reads a list set off by spaced hyphens as one set off by commas', () => {
    const authority = 'The national park authority refused the lodges by 9-3 in March.';
    const r = detect([
      authority,
      'The three members who voted against - Mr Alan Roe, Mrs Rose Tully and Cllr Bo Kerr - warned that the authority risked losing at appeal.',
    ]);
    expect(r.officials.map((p) => p.name)).toEqual(expect.arrayContaining(['Alan Roe', 'Rose Tully', 'Bo Kerr']));
  });
});

describe('a post in a company a relative clause looks back to', () => {
  it('keeps a former councillor who is a director of a company a person', () => {
    const r = run('Redgum Holdings is a company of which former councillor Ana Pike is a director. Mrs Pike denied any wrongdoing.');
    expect(byName(r.officials, 'Ana Pike')).toBeUndefined();
    expect(byName(r.people, 'Ana Pike')).toBeDefined();
  });
});
