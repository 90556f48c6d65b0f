/**
 * Word lists the count rule uses to find the noun a number counts and to keep labels, ages and
 * adjectives out of it.
 */

/** Words that end in "s" without being plural nouns, or plurals that are not things counted. */
// prettier-ignore
export const NOT_PLURAL_NOUNS = new Set([
  'is', 'was', 'has', 'does', 'this', 'his', 'its', 'us', 'thus', 'plus', 'yes', 'less', 'unless',
  'across', 'always', 'perhaps', 'sometimes', 'whereas', 'afterwards', 'towards', 'besides', 'hers',
  'ours', 'yours', 'theirs', 'news', 'times', 'thirds', 'quarters', 'halves', 'fifths', 'tenths',
  'pounds', 'dollars', 'euros', 'cents', 'pence', 'percent', 'says', 'goes', 'gets', 'makes',
  'takes', 'comes', 'seems', 'means', 'was', 'as', 'whereas', 'odds', 'ends', 'ones',
]);
/** Time units belong to durations; a count of them is an age or a phrase ("seven years old"). */
export const TIME_UNITS = /^(?:years|months|weeks|days|hours|minutes|seconds|decades|fortnights)$/;
/** Plurals that do not end in "s" ("11 review criteria"; "46 gardaí": Irish police officers, the plural of garda, with or without its accent). */
// prettier-ignore
export const IRREGULAR_PLURALS = new Set(['people', 'children', 'men', 'women', 'staff', 'police', 'personnel', 'cattle', 'sheep', 'livestock', 'elk', 'deer', 'bison', 'moose', 'gardaí', 'gardai', 'criteria']);
/** Words that end the noun phrase: a number followed by one of these is not counting anything. */
// prettier-ignore
export const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'in', 'on', 'at', 'for', 'and', 'or', 'but', 'nor', 'were', 'was', 'are',
  'is', 'be', 'been', 'being', 'have', 'has', 'had', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'did', 'do', 'said', 'say', 'told', 'than', 'that', 'which', 'who', 'whom', 'whose', 'this',
  'these', 'those', 'per', 'from', 'by', 'with', 'as', 'into', 'also', 'it', 'its', 'their', 'his',
  'her', 'our', 'your', 'my', 'they', 'we', 'he', 'she', 'you', 'i', 'up', 'out', 'so', 'if', 'when',
  'where', 'after', 'before', 'since', 'until', 'while', 'about', 'over', 'under', 'between', 'all',
  'times', 'percent', 'hundred', 'thousand', 'million', 'billion', 'dozen',
]);
/** Head nouns that take an "of" complement as part of the name ("heads of service", "members of staff"). */
// prettier-ignore
export const OF_HEADS = new Set(['heads', 'members', 'directors', 'chiefs', 'chairs', 'acres', 'tonnes', 'items', 'cases', 'bags', 'hectares']);
/** A number right after these is a label, not a count ("No 10", "page 5", "section 106"). */
// prettier-ignore
export const LABEL_WORDS = new Set(['no', 'number', 'flat', 'house', 'plot', 'unit', 'rooms', 'page', 'pages', 'section', 'paragraph', 'clause', 'item', 'article', 'chapter', 'room', 'route', 'road', 'highway', 'hwy', 'interstate', 'junction', 'platform', 'bus', 'flight', 'aged', 'age', 'ward', 'rule', 'schedule', 'appendix', 'question', 'policy', 'minute', 'district', 'precinct', 'division', 'phase', 'stage', 'lot', 'zone', 'grade', 'level', 'change', 'variation', 'proposition', 'prop', 'measure', 'amendment']);
/** Words before a bare year-like number that make it a year ("in 2019 councils..."). */
// prettier-ignore
export const YEAR_CONTEXT = new Set(['in', 'by', 'since', 'the', 'of', 'until', 'from', 'before', 'after', 'during', 'between', 'and', 'to', 'early', 'late', 'mid', 'for', 'until', 'till', 'through', 'summer', 'spring', 'autumn', 'winter',
  'below', 'above', 'than', 'its', 'their', 'our', 'pre', 'post', 'versus', 'vs']);

/** Nouns a year describes ("below 2019 levels", "at 2024 prices"): a year-like number before one is the year. */
export const YEAR_NOUNS = new Set([
  'levels',
  'prices',
  'figures',
  'rates',
  'values',
  'standards',
  'terms',
  'baselines',
  'estimates',
  'projections',
  'numbers',
  'totals',
]);

/** Common adjectives before a counted noun; they are dropped from the unit ("two major vacancies"). */
// prettier-ignore
export const ADJECTIVES = new Set([
  'new', 'old', 'major', 'minor', 'other', 'more', 'extra', 'further', 'additional', 'senior', 'junior',
  'local', 'key', 'big', 'small', 'large', 'top', 'main', 'former', 'current', 'existing', 'empty',
  'vacant', 'young', 'elderly', 'nearby', 'separate', 'different', 'same', 'few', 'many', 'several',
  'various', 'fewer', 'high', 'low', 'long', 'short', 'full', 'part', 'previous', 'recent', 'last',
  'next', 'first', 'only', 'remaining', 'total', 'front', 'rear', 'single', 'double', 'own', 'good',
  'bad', 'poor', 'rich', 'great', 'most', 'some', 'earlier', 'later', 'larger', 'smaller', 'bigger', 'older', 'younger', 'rare', 'wealthy', 'busy', 'angry', 'happy', 'early', 'late', 'likely', 'such', 'very', 'just', 'nearly', 'almost', 'around',
]);
/**
 * Participles used as adjectives ("two aging schools", "three sitting councillors"). An -ing word is
 * otherwise kept, because it usually names the kind ("recycling centres", "polling stations").
 */
// prettier-ignore
export const PARTICIPLE_ADJECTIVES = new Set([
  'aging', 'ageing', 'growing', 'leading', 'outstanding', 'struggling', 'failing', 'declining', 'rising',
  'competing', 'missing', 'ongoing', 'upcoming', 'neighbouring', 'neighboring', 'surrounding', 'crumbling',
  'sitting', 'serving', 'acting', 'retiring', 'outgoing', 'incoming', 'standing', 'voting', 'remaining',
  'existing', 'increasing', 'worsening', 'overcrowded', 'underused', 'ailing', 'thriving', 'booming',
]);
/** Adjective endings ("additional", "serious", "affected", "affordable"). */
export const ADJECTIVE_ENDING = /(?:al|ous|ive|ful|ic|able|ible|ed|less|est|ary|ish|ent|ant|ly)$/;
/** Plurals that also name the kind of a following plural ("police officers", "staff members", "public works positions"). */
export const NOUN_MODIFIER_PLURALS = new Set([
  'police',
  'staff',
  'people',
  'women',
  'men',
  'goods',
  'works',
  'roads',
  'highways',
  'parks',
  'sports',
  'arts',
  'operations',
  'communications',
  // "two additional support needs schools", "40 special needs places".
  'needs',
  // "46 extra trades staff": a council's repairs workforce.
  'trades',
]);

/**
 * Compounds joined by "of" that describe a counted noun as one word does ("41 code of conduct
 * complaints", "12 freedom of information requests"); any other "of" ends the description.
 */
// prettier-ignore
export const OF_COMPOUNDS = new Set([
  'code of conduct', 'freedom of information', 'change of use', 'right of way', 'conflict of interest', 'cost of living',
  'breach of contract', 'certificate of occupancy', 'notice of intent', 'point of sale', 'state of emergency',
]);

/** Classifying adjectives that form a compound with their noun ("social workers", "civil servants"). */
// prettier-ignore
export const COMPOUND_ADJECTIVES = new Set(['social', 'civil', 'medical', 'electric', 'dental', 'political', 'mental', 'special', 'general']);
