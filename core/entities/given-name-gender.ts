/**
 * The usual sex of common English-language given names, so "Mrs Barker" can be told from "Mr
 * Barker" when both Barkers were introduced as "Cllr". Only names rarely given to the other sex are
 * listed ("Sam", "Alex", "Jo", "Lee", "Kim", "Kelly", "Jean" are not); anything unlisted says nothing.
 */

// prettier-ignore
const FEMALE = new Set(`
  abigail ada agnes alice alison amanda amber amy andrea angela ann anna anne annette anita barbara
  beatrice becky beth bethany betty beverley brenda bridget caroline carol catherine charlotte chloe
  christine claire clare daisy deborah debbie denise diana diane donna dorothy eileen elaine eleanor
  elizabeth ellen emily emma eva evelyn fiona frances gail gemma georgina geraldine gillian gloria
  hannah harriet hazel heather helen helena holly irene isabel jacqueline jane janet janice
  jennifer jenny jessica jill joan joanne josephine joyce judith judy julia julie karen katherine
  kathleen kathryn kate katie kirsty laura lauren linda lindsay lisa lorraine louise
  lucy lydia lynne maggie margaret maria marie marion martha mary maureen megan melanie michelle
  molly monica nancy naomi natalie nicola nora olivia pamela patricia paula pauline penny rachel
  rebecca rita rosa rosemary ruth sally samantha sandra sarah sharon sheila shirley sonia sophie stella
  stephanie susan suzanne tanya teresa theresa tina tracey tracy valerie vanessa veronica victoria
  wendy yvonne zoe priya anjali sunita fatima aisha amina
`.split(/\s+/).filter(Boolean));

// prettier-ignore
const MALE = new Set(`
  aaron adam alan albert alexander alfred andrew anthony arthur barry ben benjamin bernard bill bob
  brian bruce carl charles clive colin craig daniel darren david dean dennis derek des dominic donald
  douglas duncan edward eric ernest frank fred frederick gareth gary gavin geoffrey george gerald glen
  gordon graham greg gregory harold harry henry howard hugh ian jack jacob james jason jeff jeffrey
  jeremy jim john jonathan joseph joshua keith ken kenneth kevin larry leonard liam luke malcolm
  mark martin matthew michael mike neil nicholas nigel norman oliver patrick paul peter philip raymond
  richard robert roger ronald roy russell ryan scott sean simon stanley stephen steve steven stuart
  terry thomas timothy tom tony trevor victor walter wayne william rohan rajesh arjun mohammed
  muhammad ahmed omar
`.split(/\s+/).filter(Boolean));

/** 'f' or 'm' for a listed given name (any case), else undefined. */
export function givenNameGender(name: string | null): 'f' | 'm' | undefined {
  if (!name) return undefined;
  const n = name.toLowerCase();
  return FEMALE.has(n) ? 'f' : MALE.has(n) ? 'm' : undefined;
}
