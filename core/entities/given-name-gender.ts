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
  edna iris gwen gwendolyn bronwen morwenna rhiannon sian siobhan ffion cerys catrin nia carys angharad eleri
  delyth nerys mairead niamh aoife roisin orla ciara sinead grainne caitlin kirsten morag isla ailsa mhairi
  eilidh allison alyssa amelia audrey ava bella brooke brittany camila carla carmen cassandra cecilia celia
  cheryl cindy colleen constance crystal cynthia danielle darlene dawn debra delores dolores doris edith
  elena elise ella eloise erica erin esther ethel faith felicity florence gabrielle gina grace greta gwyneth
  hayley heidi hilda ida imogen ingrid isabella ivy jade jasmine josie joy juanita june kayla kimberly
  kristen kristin leah leanne leila lena lillian lily lois lola loretta lori lorna louisa lucia lucille luisa
  mabel madeline mandy marcia marilyn marjorie marlene martina maxine maya melissa meredith mildred millie
  miranda miriam mona myra nadia nadine natasha nell nicole nina noreen olga paige patsy pearl peggy phoebe
  phyllis polly priscilla rachael regina renee rhonda roberta rochelle rose rosalind rosie roxanne ruby
  sabrina sadie selina serena shauna sheryl silvia sylvia susie tamara tammy tara thelma tiffany trudy una
  ursula vera vicky viola violet wanda winifred yolanda yvette zara zainab sana shabana parveen rukhsana
  nasreen shazia farah yasmin deepa kavita meera neha pooja rekha shanti usha lakshmi geeta gita rani nisha
  preeti sushila ngozi chioma folake marisol graciela ana consuelo esperanza inez ines lourdes
  ellie evie maisie poppy lottie libby
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
  rhys gethin huw dafydd emyr iwan owain aled ieuan gruffydd rhodri geraint tomos evan seamus ciaran cormac
  declan eoin fergus hamish angus alasdair alistair ruairi callum euan connor kayden brandon bradley brett
  chad christopher clarence clifford clint cody curtis damian damon dan danny darryl dave dwayne earl eddie
  edgar edwin elliot elijah ethan eugene everett felix floyd franklin gabriel gilbert glenn grant guy harvey
  herbert herman hugo isaac ivan jake jared jerome jerry jimmy joe joel jon julian justin karl kieran kyle
  lance lawrence lewis lloyd louis lucas luis manuel marcus mario marvin max melvin miguel miles mitchell
  nathan nathaniel neville nick noah oscar owen pedro percy phil ralph randall randy reginald rex ricardo
  rick rodney roland ron samuel seth shane shaun spencer ted terence theodore tim toby todd tommy travis troy
  vernon vincent wade warren wesley wilbur will zachary raj ravi sanjay sunil vijay anil amit ashok deepak
  dinesh imran hassan hussein tariq khalid yusuf ibrahim bilal faisal jamal kwame kofi chinedu emeka tunde
  alfie archie freddie ollie reggie
`.split(/\s+/).filter(Boolean));

/** 'f' or 'm' for a listed given name (any case), else undefined. */
export function givenNameGender(name: string | null): 'f' | 'm' | undefined {
  if (!name) return undefined;
  const n = name.toLowerCase();
  return FEMALE.has(n) ? 'f' : MALE.has(n) ? 'm' : undefined;
}
