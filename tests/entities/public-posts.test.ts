import { describe, expect, it } from 'vitest';
import { byName, detect, mentionTexts } from './helpers';

describe('generic posts in articles about public bodies', () => {
  it('makes "the director of finance" an official when the article is about a council', () => {
    const r = detect([
      'Quillbury District Council must close a £3.1m gap before April, councillors heard.',
      'The director of finance, Oswin Tarrant, said reserves would run out within two years. Mr Tarrant urged restraint.',
    ]);
    const p = byName(r.officials, 'Oswin Tarrant');
    expect(p?.role).toBe('director of finance');
    expect(mentionTexts(p)).toEqual(['Oswin Tarrant', 'Mr Tarrant']);
  });

  it('reads "was appointed interim chief executive" as an office in a council story', () => {
    const r = detect([
      'The council has been without a permanent leader of its staff since the summer, and the authority is under review.',
      'Rowena Blanchflower was appointed interim chief executive in March.',
    ]);
    expect(byName(r.officials, 'Rowena Blanchflower')?.role).toBe('interim chief executive');
  });

  it('gives a plural role before a list to every name in it', () => {
    const r = detect([
      'Parnell City Council has appointed a new chief executive, the council said on Friday.',
      'Two other senior directors, Ysolde Markham and Tobiah Eze, are also only in acting positions.',
    ]);
    expect(byName(r.officials, 'Ysolde Markham')?.role).toBe('senior director');
    expect(byName(r.officials, 'Tobiah Eze')?.role).toBe('senior director');
  });

  it('keeps posts at private bodies among people, however public the article', () => {
    const r = detect([
      'Fernlow Borough Council approved the depot, and the council will lease it for ten years.',
      "Linnea Brack, chief executive of Harrowgate Logistics, welcomed the decision. Ingram Lusk, Collaborate's chief executive, did too.",
      "The developer's director, Saoirse Penhale, said work would start in May. Quarrymoor Bank chief executive Aldous Finch agreed.",
      'The Fernlow Traders Association, which represents shops, objected. Its chief executive, Caspian Rudd, said parking would suffer.',
    ]);
    expect(r.officials).toEqual([]);
    for (const n of ['Linnea Brack', 'Ingram Lusk', 'Saoirse Penhale', 'Aldous Finch', 'Caspian Rudd']) expect(byName(r.people, n)).toBeDefined();
  });

  it('counts a post owned by the place of the council ("Fernlow\'s chief executive") as public', () => {
    const r = detect([
      'Fernlow Borough Council is to cut 40 posts, the council confirmed.',
      "Fernlow's chief executive Benedikt Oyelaran said the cuts were unavoidable.",
    ]);
    expect(byName(r.officials, 'Benedikt Oyelaran')?.role).toBe('chief executive');
  });

  it("makes a lower-case 'trustee' an official in a school board's story, but not a food bank's trustee", () => {
    const r = detect([
      'The Harwick Unified School District board voted on Monday to close Elm Street Elementary. Superintendent Lisa Grant said the district had no choice.',
      "'It was hard,' said trustee Bob Ames. Mo Khan, a trustee of the Harwick Food Bank, disagreed.",
    ]);
    expect(byName(r.officials, 'Bob Ames')?.role).toBe('trustee');
    expect(byName(r.people, 'Mo Khan')).toBeDefined();
  });

  it('reads an NHS trust named once, then called "the trust", as a public body', () => {
    const r = detect([
      "Fenmoor Hospitals NHS Foundation Trust's board met on Thursday. Chief executive Rajesh Menon said waits were too long.",
      "The trust's medical director, Dr Claire Oduya, said theatres would reopen. Unison branch secretary Kev Lamb disagreed.",
    ]);
    expect(byName(r.officials, 'Rajesh Menon')?.role).toBe('Chief executive');
    expect(byName(r.officials, 'Claire Oduya')?.role).toBe('medical director');
    expect(byName(r.people, 'Kev Lamb')).toBeDefined();
  });

  it('reads "the hospital trust" as an NHS body too, so "the trust\'s chief executive" is public', () => {
    const r = detect([
      'Patients at Fenmoor General Hospital are waiting 14 hours in A&E, a board meeting of the hospital trust heard.',
      "The trust's chief executive, Dr Amit Rao, said demand had risen. The Fenmoor Heritage Trust's chair, Jo Binns, said the museum would close.",
    ]);
    expect(byName(r.officials, 'Amit Rao')?.role).toBe('chief executive');
    expect(byName(r.people, 'Jo Binns')).toBeDefined();
  });

  it('reads "Chief nurse X" opening a sentence as a post in a public story, and a nurse alone as a calling', () => {
    const r = detect([
      'A board meeting of the hospital trust heard that patients wait 14 hours in A&E. The county council will call the trust in.',
      'Chief nurse Helen Boyd said 40 beds would open. Nurse Amy Reid, who has worked there for 20 years, said staff were exhausted.',
    ]);
    expect(byName(r.officials, 'Helen Boyd')?.role).toBe('Chief nurse');
    expect(byName(r.officials, 'Amy Reid')).toBeUndefined();
  });

  it('reads "Trust chair X" as the NHS trust\'s chair only in a story that names an NHS body', () => {
    const nhs = detect([
      "Fenmoor Hospitals NHS Foundation Trust's board met on Thursday.",
      'Trust chair Helen Carmody said the board would get monthly updates.',
    ]);
    expect(byName(nhs.officials, 'Helen Carmody')?.role).toBe('chair');
    const duty = detect([
      "Fenmoor Hospitals NHS Foundation Trust's board met on Thursday.",
      'Margaret Ellison, who chairs the trust, said the decision was hard.',
    ]);
    expect(byName(duty.officials, 'Margaret Ellison')).toBeDefined();
    const charity = detect(['Harwick Council met. The council agreed.', 'Trust chair Helen Carmody of the Harwick Wildlife Trust objected.']);
    expect(byName(charity.people, 'Helen Carmody')).toBeDefined();
  });

  it('does not promote posts when nothing public is mentioned', () => {
    const r = detect(["The bakery's new head of operations, Mirela Voss, started on Monday."]);
    expect(r.officials).toEqual([]);
  });
});

describe('minutes-style officers', () => {
  it('reads officers introduced with Mr/Ms and initials and a post in brackets', () => {
    const r = detect([
      'Present: Cllr B. Hollis (Chair) and Cllr N Abbey.',
      'Officers: Mr T. Varga (Head of Planning), Ms L Quaye (Principal Planning Officer) and Mrs W. Orme (Legal Adviser).',
      'Ms Quaye presented the report. Mr Varga said the highway authority had no objection. Mrs Orme advised members.',
    ]);
    expect(byName(r.officials, 'T. Varga')?.role).toBe('Head of Planning');
    expect(mentionTexts(byName(r.officials, 'T. Varga'))).toEqual(['Mr T. Varga', 'Mr Varga']);
    expect(mentionTexts(byName(r.officials, 'L Quaye'))).toEqual(['Ms L Quaye', 'Ms Quaye']);
    expect(mentionTexts(byName(r.officials, 'W. Orme'))).toEqual(['Mrs W. Orme', 'Mrs Orme']);
    expect(byName(r.officials, 'B. Hollis')?.role).toBe('Chair');
    expect(r.people).toEqual([]);
  });

  it('treats names listed under an "Officers:" label as officials', () => {
    const r = detect(['Officers: Mr G. Ambrose, Ms H Tindall.', 'Mr Ambrose explained the delay.']);
    expect(mentionTexts(byName(r.officials, 'G. Ambrose'))).toEqual(['Mr G. Ambrose', 'Mr Ambrose']);
    expect(byName(r.officials, 'H Tindall')).toBeDefined();
  });
});
