/**
 * How words start when said aloud, for choosing "a" or "an". English spelling
 * mostly tells (a vowel letter, a vowel sound); these lists hold the words it
 * does not: vowel letters said with a consonant ("user", "one"), an "h" that is
 * silent ("hour"), and initialisms said as a word ("NASA") rather than letter
 * by letter ("an ML model"). Words whose first sound differs between speakers
 * ("historic", "SQL") are listed as either, and the rule leaves them alone.
 * All entries are lower case.
 */
import { wordTable } from './wordTable';

/**
 * Words starting with "u", "eu", "ew" or "o" but said with a consonant ("you",
 * "w"): a user, a unique, a European, a one-off. A word counts when it starts
 * with one of these stems (see `VOWEL_LETTER_CONSONANT_EXACT` for short words
 * that would otherwise catch longer ones).
 */
export const VOWEL_LETTER_CONSONANT_STEMS: readonly string[] = [
  // u- said "you"
  'unanim',
  'unic',
  'unif',
  'unilat',
  'union',
  'uniq',
  'unison',
  'unisex',
  'unit',
  'univ',
  'unix',
  'unipolar',
  'unimodal',
  'unidirectional',
  'uniaxial',
  'unicellular',
  'usa',
  'use',
  'usi',
  'usu',
  'uter',
  'uti',
  'utop',
  'ubiq',
  'ukr',
  'ukulele',
  'ura',
  'ure',
  'uri',
  'uro',
  'uru',
  'ugand',
  'uvula',
  // eu- and ewe, said "you"
  'eu',
  'ewe',
];

/** Whole words said with a consonant though they start with a vowel letter. */
export const VOWEL_LETTER_CONSONANT_EXACT: readonly string[] = ['one', 'ones', "one's", 'oneself', 'onesie', 'onetime', 'once', 'ouija'];

/** Exceptions to the stems above: words that start like them but with a vowel sound. */
export const VOWEL_LETTER_VOWEL_EXACT: readonly string[] = ['euler', 'eulerian', 'unionised', 'unionized'];

/** Words whose "h" is silent: an hour, an honest, an heir. Stems; a longer word with the stem counts too. */
export const SILENT_H_STEMS: readonly string[] = ['hour', 'honest', 'honour', 'honor', 'heir'];

/**
 * Words said either way ("a historic" and "an historic", "a herb" and "an
 * herb", "a unionised" and "an unionised"), mostly with an "h", and names whose
 * sound the spelling does not show: the rule says nothing about the article
 * before them.
 */
export const EITHER_H: readonly string[] = [
  // "unionised" is "you-" (a union) or "un-" (not ionised)
  'unionised',
  'unionized',
  'herb',
  'herbs',
  'herbal',
  'herbalist',
  'herbicide',
  'historic',
  'historical',
  'historically',
  'historian',
  'hotel',
  'hotelier',
  'habitual',
  'habitually',
  'hypothesis',
  'hypothetical',
  'heroic',
  'hysterical',
  'horrific',
  'homage',
  'hors',
  'haute',
  'hermès',
  'hermes',
  'hernández',
  'hernandez',
];

/** The letters whose names start with a vowel sound: "an F1 score", "an HR team", "an S3 bucket". */
export const VOWEL_LETTER_NAMES: ReadonlySet<string> = new Set(['a', 'e', 'f', 'h', 'i', 'l', 'm', 'n', 'o', 'r', 's', 'x']);

/** How each letter is said, for the message ("em" for M). */
export const LETTER_NAMES: Readonly<Record<string, string>> = wordTable({
  a: 'ay',
  b: 'bee',
  c: 'see',
  d: 'dee',
  e: 'ee',
  f: 'ef',
  g: 'gee',
  h: 'aitch',
  i: 'eye',
  j: 'jay',
  k: 'kay',
  l: 'el',
  m: 'em',
  n: 'en',
  o: 'oh',
  p: 'pee',
  q: 'cue',
  r: 'ar',
  s: 'ess',
  t: 'tee',
  u: 'you',
  v: 'vee',
  w: 'double-you',
  x: 'ex',
  y: 'why',
  z: 'zed',
});

/**
 * Initialisms in capitals said as a word, whose first sound is the letter's
 * sound rather than its name: a NASA grant, a SaaS product, a LAN party. Only
 * those starting with a letter whose name has a vowel sound (F, H, L, M, N, R,
 * S, X) matter; the others sound alike either way.
 */
export const SAID_AS_WORD: readonly string[] = [
  'faang',
  'fafsa',
  'fema',
  'ferpa',
  'fico',
  'fifa',
  'fifo',
  'finra',
  'fortran',
  'hedis',
  'hepa',
  'hipaa',
  'hitech',
  'hud',
  'lamp',
  'lan',
  'laser',
  'libor',
  'lidar',
  'lifo',
  'lime',
  'lisp',
  'lora',
  'maga',
  'mapi',
  'mash',
  'matlab',
  'mean',
  'mece',
  'mern',
  'mers',
  'midi',
  'mimo',
  'mooc',
  'nafta',
  'naics',
  'nasa',
  'nasdaq',
  'nato',
  'nemo',
  'nicu',
  'noaa',
  'nimby',
  'radar',
  'rag',
  'raid',
  'ram',
  'reit',
  'rest',
  'rom',
  'saas',
  'saml',
  'sars',
  'scada',
  'scrum',
  'scuba',
  'sepa',
  'shap',
  'siem',
  'sim',
  'slam',
  'smart',
  'smote',
  'snap',
  'soap',
  'soar',
  'sofr',
  'sonar',
  'sonia',
  'sox',
  'spac',
  'swat',
  'swift',
  'swot',
];

/**
 * Initialisms said letter by letter although their letters could be read as a
 * word: an MIT intern, an SEO audit, an LED panel. Letter clusters no English
 * word starts with (MBA, HTML, NLP) need no entry.
 */
export const SAID_AS_LETTERS: readonly string[] = [
  'fa',
  'feu',
  'hiv',
  'hoa',
  'la',
  'led',
  'lse',
  'ma',
  'mep',
  'mit',
  'mis',
  'mou',
  'ms',
  'nih',
  'nus',
  'nyu',
  'ra',
  'ria',
  'roa',
  'roe',
  'sec',
  'seo',
  'sla',
  'sle',
  'sme',
  'sre',
  'sso',
  'suv',
  'xai',
];

/**
 * Initialisms said both ways, so both articles are right: "a SQL query" and "an
 * SQL query", "a FAQ" and "an FAQ".
 */
export const SAID_EITHER_WAY: readonly string[] = [
  'faq',
  'faqs',
  'nas',
  'nav',
  'roi',
  'sap',
  'sas',
  'sat',
  'sku',
  'skus',
  'soc',
  'sop',
  'sow',
  'sql',
  'sqlite',
  'haccp',
  'url',
  'urls',
  'eula',
];

/** How a number's first word starts when said: 8 "eight", 11 "eleven", 18 "eighteen", 80 "eighty". */
export const NUMBER_WORDS: Readonly<Record<string, string>> = wordTable({
  '0': 'zero',
  '1': 'one',
  '2': 'two',
  '3': 'three',
  '4': 'four',
  '5': 'five',
  '6': 'six',
  '7': 'seven',
  '8': 'eight',
  '9': 'nine',
});

/** Two-digit numbers said with a vowel: eleven, eighteen, and eighty to eighty-nine. */
export const VOWEL_TWO_DIGIT = /^(?:11|18|8\d)$/;

/**
 * Words after "a" that show it is a letter or a variable, not the article ("a
 * and b", "if a is larger"), and after "an", words in another language ("an
 * der Universität"). The rule skips the pair.
 */
export const NOT_AFTER_ARTICLE: readonly string[] = [
  'and',
  'or',
  'nor',
  'but',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'to',
  'of',
  'in',
  'on',
  'at',
  'by',
  'for',
  'with',
  'from',
  'as',
  'than',
  'then',
  'the',
  'a',
  'an',
  'it',
  'its',
  'if',
  'so',
  'has',
  'have',
  'had',
  'does',
  'do',
  'did',
  'will',
  'would',
  'can',
  'could',
  'should',
  'may',
  'might',
  'must',
  'equals',
  'plus',
  'minus',
  'times',
  'not',
  'der',
  'die',
  'das',
  'den',
  'dem',
  'des',
  'einer',
  'einem',
  'la',
  'le',
  'les',
  'el',
  'los',
  'las',
  'del',
];

/**
 * Words before a lower-case "a" that make it a label ("part a", "option a",
 * "question a"), not the article.
 */
export const LABELS_BEFORE_A: readonly string[] = [
  'part',
  'parts',
  'section',
  'question',
  'option',
  'plan',
  'type',
  'step',
  'item',
  'point',
  'appendix',
  'figure',
  'fig',
  'table',
  'exhibit',
  'schedule',
  'clause',
  'paragraph',
  'grade',
  'level',
  'tier',
  'vitamin',
  'variable',
  'matrix',
  'vector',
  'column',
  'row',
  'variant',
  'version',
  'phase',
  'series',
  'round',
  'stage',
  'group',
  'class',
  'category',
  'team',
  'case',
  'model',
  'letter',
  'label',
  'arm',
  'cohort',
  'site',
  'node',
  'set',
];
