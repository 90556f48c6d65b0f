import { testNative } from '../native-regexp';
/**
 * A state named by its people's adjective ("Tunisian Prime Minister X", "French President Y") or by
 * its seat of government ("White House press secretary Z"): a government, never a firm. Title-owner
 * readers otherwise take an unknown capitalised word before a title for a private body's name.
 */

/** Adjectives of nations and states, lower-case (one word each; "South African" is read by its last word). */
// prettier-ignore
const NATION_ADJECTIVES = new Set(`
  american british english scottish welsh irish french german italian spanish portuguese dutch belgian swiss
  austrian polish czech slovak slovenian hungarian romanian bulgarian greek turkish cypriot maltese russian ukrainian
  belarusian lithuanian latvian estonian swedish norwegian danish finnish icelandic serbian croatian bosnian albanian
  georgian armenian azerbaijani kazakh uzbek mongolian canadian mexican brazilian argentine argentinian chilean
  colombian venezuelan peruvian bolivian ecuadorian uruguayan paraguayan cuban jamaican haitian chinese japanese korean
  taiwanese indian pakistani bangladeshi nepali nepalese lankan afghan iranian iraqi syrian lebanese jordanian
  israeli palestinian saudi qatari emirati kuwaiti yemeni omani egyptian libyan tunisian algerian moroccan sudanese
  ethiopian somali kenyan ugandan tanzanian rwandan nigerian ghanaian senegalese cameroonian congolese african
  zimbabwean zambian malawian australian zealand indonesian malaysian singaporean filipino thai vietnamese cambodian burmese
  moldovan montenegrin macedonian kosovan luxembourgish bahraini ivorian malian angolan mozambican namibian eritrean
  tajik kyrgyz turkmen laotian bhutanese maldivian fijian samoan tongan guatemalan honduran salvadoran nicaraguan rican
  panamanian trinidadian barbadian bahamian
`.trim().split(/\s+/));

/** Seats of government that stand for it in news copy ("White House spokesman", "Downing Street sources"). */
const SEAT_OF_GOVERNMENT_RE = /^(?:the[ \u00A0]+)?(?:White[ \u00A0]+House|Downing[ \u00A0]+Street|Kremlin|Elys[ée]e|Number[ \u00A0]+10|No\.?[ \u00A0]*10)$/;

/** Is `owner` ("Tunisian", "South African", "the White House") a state, named by its adjective or its seat? */
export function isNationOwner(owner: string): boolean {
  const trimmed = owner.trim();
  if (testNative(SEAT_OF_GOVERNMENT_RE, trimmed)) return true;
  const words = trimmed.split(/[ \u00A0]+/);
  // One or two words ("South African", "New Zealand"), capitalised, the last a nation's adjective.
  return words.length <= 2 && words.every((w) => /^[A-Z]/.test(w)) && NATION_ADJECTIVES.has(words[words.length - 1]!.toLowerCase());
}
