/**
 * Surname styles that broke co-reference or recall: particle surnames, common-word surnames,
 * place-word surnames, quoted nicknames, a role after a sentence-initial word, and a firm's post.
 */
import { describe, expect, it } from 'vitest';
import { byName, detect } from './helpers';

const texts = (list: { name: string; mentions: { text: string }[] }[], name: string): string[] | undefined =>
  list.find((p) => p.name === name)?.mentions.map((m) => m.text);

describe('particle surnames', () => {
  it('links "Van der Berg" and "De la Cruz" back to the full names', () => {
    const r = detect([
      'Alderman Joost Van der Berg and Councilmember Lucia de la Cruz clashed over the levy.',
      'Van der Berg said the levy was fair. De la Cruz disagreed, and later de la Cruz walked out.',
    ]);
    expect(texts(r.officials, 'Joost Van der Berg')).toEqual(['Alderman Joost Van der Berg', 'Van der Berg']);
    expect(texts(r.officials, 'Lucia de la Cruz')).toEqual(['Councilmember Lucia de la Cruz', 'De la Cruz', 'de la Cruz']);
    expect(r.people).toEqual([]);
  });

  it('keeps Welsh and Irish particles with the surname ("Mr ap Rhys", "Ní Bhriain")', () => {
    const r = detect([
      'Councillor Iolo ap Rhys tabled the motion. Mr ap Rhys said it was overdue.',
      'Labour councillor Órla Ní Bhriain seconded it. "We waited long enough," Ní Bhriain said.',
    ]);
    expect(texts(r.officials, 'Iolo ap Rhys')).toEqual(['Councillor Iolo ap Rhys', 'Mr ap Rhys']);
    expect(texts(r.officials, 'Órla Ní Bhriain')).toEqual(['Órla Ní Bhriain', 'Ní Bhriain']);
  });

  it('still reads a capitalised "Van" or "Al" first as a given name', () => {
    const r = detect(['Councillor Al Brennan and Councillor Van Tollis voted against.']);
    expect(byName(r.officials, 'Al Brennan')).toBeDefined();
    expect(byName(r.officials, 'Van Tollis')).toBeDefined();
  });
});

describe('surnames that are common words', () => {
  it('refers "Cllr Green" and "Mr Said" back to known people only', () => {
    const r = detect([
      'Cabinet member Councillor Petra Green defended the plan, while trader Omar Said, who sells fabric, opposed it.',
      '"It is fair," Cllr Green said. Mr Said replied that it was not.',
      'Mr Speaker called order.',
    ]);
    expect(texts(r.officials, 'Petra Green')).toEqual(['Councillor Petra Green', 'Cllr Green']);
    expect(texts(r.people, 'Omar Said')).toEqual(['Omar Said', 'Mr Said']);
    expect(r.officials).toHaveLength(1);
  });

  it('accepts a place-word surname when the article treats it as a person', () => {
    const r = detect([
      'Neighbour Doreen Hall said the lane floods. Retired teacher Ivy Marsh, who walks there daily, agreed.',
      '"It is a river every winter," Mrs Hall said.',
      'Visitors to Kingsley Hall were not asked.',
    ]);
    expect(byName(r.people, 'Doreen Hall')?.mentions.map((m) => m.text)).toEqual(['Doreen Hall', 'Mrs Hall']);
    expect(byName(r.people, 'Ivy Marsh')).toBeDefined();
    expect(byName(r.people, 'Kingsley Hall')).toBeUndefined();
  });
});

describe('other styles', () => {
  it('keeps a quoted nickname inside the mention and resolves it later', () => {
    const r = detect(['Selectman Walter "Buzz" Kimura said the vote was rushed.', '"Buzz has a point," the chair said. Kimura asked for a delay.']);
    expect(texts(r.officials, 'Walter Kimura')).toEqual(['Selectman Walter "Buzz" Kimura', 'Buzz', 'Kimura']);
  });

  it('reads "Local MLA" as a role despite the sentence-initial "Local"', () => {
    const r = detect(['Local MLA Declan Farrow said he would write to the minister. Mr Farrow said no more.']);
    expect(texts(r.officials, 'Declan Farrow')).toEqual(['Declan Farrow', 'Mr Farrow']);
  });

  it("does not make a firm's planning director an official", () => {
    const r = detect([
      'The developer, Larchmont Estates, said most homes would be affordable. Its planning director, Wes Ambrose, told the council committee the firm would pay for classrooms.',
    ]);
    expect(byName(r.officials, 'Wes Ambrose')).toBeUndefined();
    expect(byName(r.people, 'Wes Ambrose')).toBeDefined();
  });
});

describe('names written surname first', () => {
  it('joins "Mr Yoon" and "Nagy" to "Mayor Yoon Suk-min" and "Councillor Nagy Ferenc" when the article uses the first word so', () => {
    const r = detect([
      'Mayor Yoon Suk-min said the city would appeal. Mr Yoon added that he would meet the council.',
      'Councillor Nagy Ferenc, the cabinet member for housing, backed him. Cllr Nagy said the vote was close, and Nagy has sat on the council since 2015.',
    ]);
    expect(texts(r.officials, 'Yoon Suk-min')).toEqual(['Mayor Yoon Suk-min', 'Mr Yoon']);
    expect(texts(r.officials, 'Nagy Ferenc')).toEqual(['Councillor Nagy Ferenc', 'Cllr Nagy', 'Nagy']);
    expect(r.people).toEqual([]);
  });

  it('reads a Korean given name ("Ji-woo") as a sign the surname comes first', () => {
    const r = detect([
      'Harwick District Council voted to remove its leader, Cllr Park Ji-woo, on Tuesday.',
      'Park, who has led the council since 2021, will stay on as a ward member.',
    ]);
    expect(texts(r.officials, 'Park Ji-woo')).toEqual(['Cllr Park Ji-woo', 'Park']);
  });

  it('does not read "Mrs Lee" as Lee Anderson, whom the article calls "Mr Anderson"', () => {
    const r = detect(['Harwick Council met. Reform MP Lee Anderson spoke. Mr Anderson said so.', 'Mrs Lee, who lives on Elm Road, said she was worried.']);
    expect(texts(r.officials, 'Lee Anderson')).toEqual(['Lee Anderson', 'Mr Anderson']);
    expect(texts(r.people, 'Lee')).toEqual(['Mrs Lee']);
  });

  it('keeps a titled word that is the given name of two people, or of nobody, as a surname of its own', () => {
    const r = detect(['Councillor Grant Hollis and Councillor Grant Mbeki voted against the plan.', 'Mr Grant, a resident of Elm Road, said he was pleased.']);
    expect(texts(r.officials, 'Grant Hollis')).toEqual(['Councillor Grant Hollis']);
    expect(texts(r.officials, 'Grant Mbeki')).toEqual(['Councillor Grant Mbeki']);
    expect(texts(r.people, 'Grant')).toEqual(['Mr Grant']);
  });

  it('finds a Spanish name by its first surname ("García" for María García López), but not a middle name someone else goes by', () => {
    const r = detect([
      'Councillor María García López, cabinet member for housing, presented the plan. García López said it was overdue, and García added that rents would rise. Ms García said so.',
      "The council's chief executive, Dr Mary Ann Cole, replied. Ann Petty, a resident, disagreed, and Mr Ann did not come.",
    ]);
    expect(texts(r.officials, 'María García López')).toEqual(['Councillor María García López', 'García López', 'García', 'Ms García']);
    expect(texts(r.officials, 'Mary Ann Cole')).toEqual(['Dr Mary Ann Cole']);
  });
});

describe('common-word surnames that speak', () => {
  it('reads "May said" and "Said told" as the councillors named so, and a speaking common word as no one otherwise', () => {
    const r = detect([
      "Harwick Council's cabinet met. Cllr Bill May voted against. May said it was wrong.",
      'Cllr Amy Said spoke. Said told the meeting she was pleased. Housing said nothing, and Labour said less.',
    ]);
    expect(texts(r.officials, 'Bill May')).toEqual(['Cllr Bill May', 'May']);
    expect(texts(r.officials, 'Amy Said')).toEqual(['Cllr Amy Said', 'Said']);
    expect([...r.officials, ...r.people].map((p) => p.name).sort()).toEqual(['Amy Said', 'Bill May']);
  });
});

describe('names straight after an opening quote', () => {
  it("finds a name opening a quote in straight single quotes ('Lisa has been terrific'), as in curly or double ones", () => {
    const r = detect([
      'Superintendent Lisa Grant spoke to the Harwick school board.',
      "'Lisa has been terrific,' said board member Kay Moss. ‘Grant has done well,’ she added. 'Cllr Hale is wrong,' said Ann Ray.",
      "Councillor Siobhan O'Neill voted. O'Neill said so.",
    ]);
    expect(texts(r.officials, 'Lisa Grant')).toEqual(['Superintendent Lisa Grant', 'Lisa', 'Grant']);
    expect(texts(r.officials, 'Hale')).toEqual(['Cllr Hale']);
    expect(texts(r.officials, "Siobhan O'Neill")).toEqual(["Councillor Siobhan O'Neill", "O'Neill"]);
  });

  it("reads a short given name inside single-quoted speech as the person ('I think Jim is right')", () => {
    const r = detect([
      'Harwick Council met. Cllr James Harris proposed it.',
      "'I think Jim is right,' said Cllr Ann Lyle. The councillors' plan, which Jim backed, passed.",
    ]);
    expect(texts(r.officials, 'James Harris')).toEqual(['Cllr James Harris', 'Jim']);
  });
});

describe('Hawaiian names', () => {
  it('keeps the ʻokina inside a name ("Kaʻaihue"), and links the surname', () => {
    const r = detect(['The Makaloa County Council voted 6-3.', 'Council Chair Leimomi Kaʻaihue said the rate was fair. Kaʻaihue said so.']);
    expect(r.officials.map((p) => [p.name, p.mentions.map((m) => m.text)])).toEqual([['Leimomi Kaʻaihue', ['Council Chair Leimomi Kaʻaihue', 'Kaʻaihue']]]);
  });
});
