/**
 * Named word classes for the phrase language (`@determiner?`, `@adverb*`):
 * the small closed sets a pattern may let stand between its words.
 */
import { FORMS_OF_BE } from './beForms';

export const WORD_CLASSES = {
  /** Articles, demonstratives and possessives before a noun. */
  determiner: ['a', 'an', 'the', 'this', 'that', 'these', 'those', 'my', 'our', 'your', 'their', 'its', 'his', 'her', 'some', 'several', 'various'],
  /**
   * Adverbs writers slip into a stock phrase ("I am truly passionate", "was
   * successfully migrated"). Words ending in -ly count too (see `LY_NOT_ADVERBS`).
   */
  adverb: [
    'also',
    'always',
    'actually',
    'already',
    'still',
    'just',
    'so',
    'very',
    'really',
    'truly',
    'quite',
    'rather',
    'most',
    'more',
    'much',
    'ever',
    'never',
    'often',
    'again',
    'even',
    'further',
    'well',
    'indeed',
    'once',
    'recently',
    'previously',
    'currently',
    'now',
    'then',
  ],
  /** Forms of "be" and "have" and the modals that carry a tense before a verb. */
  auxiliary: [
    ...FORMS_OF_BE,
    'have',
    'has',
    'had',
    'having',
    'will',
    'would',
    'shall',
    'should',
    'can',
    'could',
    'may',
    'might',
    'must',
    'do',
    'does',
    'did',
  ],
  /** Subject pronouns of the writer. */
  writer: ['i', 'we'],
} as const satisfies Record<string, readonly string[]>;

export type WordClassName = keyof typeof WORD_CLASSES;

/** Words ending in -ly that are not adverbs, so `@adverb` does not swallow them. */
export const LY_NOT_ADVERBS: readonly string[] = [
  'only',
  'early',
  'family',
  'supply',
  'apply',
  'reply',
  'rely',
  'july',
  'italy',
  'daily',
  'weekly',
  'monthly',
  'quarterly',
  'yearly',
  'hourly',
  'ally',
  'assembly',
  'anomaly',
  'belly',
  'bully',
  'fly',
  'holy',
  'jelly',
  'lily',
  'multiply',
  'rally',
  'silly',
  'ugly',
  'friendly',
  'lovely',
  'likely',
  'lonely',
  'costly',
  'timely',
  'elderly',
  'orderly',
  'scholarly',
  'kelly',
  'emily',
  'sally',
  'molly',
  'polly',
  'billy',
  'holly',
  'reilly',
];

/**
 * Words before a lower-case "i" that make it an index, a variable or a list
 * number rather than the pronoun: "a sum over i", "row i", "part i", "let i".
 * Prepositions are here because the pronoun "I" never follows one directly.
 */
export const I_VARIABLE_BEFORE: readonly string[] = [
  'over',
  'index',
  'indices',
  'item',
  'items',
  'row',
  'rows',
  'column',
  'columns',
  'node',
  'nodes',
  'query',
  'element',
  'elements',
  'entry',
  'entries',
  'variable',
  'counter',
  'term',
  'terms',
  'subscript',
  'iteration',
  'epoch',
  'vector',
  'matrix',
  'cell',
  'position',
  'token',
  'dimension',
  'coordinate',
  'part',
  'parts',
  'section',
  'sections',
  'appendix',
  'chapter',
  'volume',
  'figure',
  'phase',
  'phases',
  'type',
  'class',
  'stage',
  'stages',
  'tier',
  'level',
  'levels',
  'grade',
  'option',
  'options',
  'step',
  'steps',
  'let',
  'each',
  'every',
  'the',
  'a',
  'an',
  'of',
  'for',
  'to',
  'with',
  'from',
  'at',
  'by',
  'about',
  'between',
  'among',
  'through',
  'per',
  'via',
  'into',
  'on',
];

/** Words after a lower-case "i" that show it is a variable: "i is the rate", "i denotes", "from i to j". */
export const I_VARIABLE_AFTER: readonly string[] = [
  'is',
  'has',
  'does',
  'equals',
  'denotes',
  'stands',
  'counts',
  'ranges',
  'runs',
  'starts',
  'goes',
  'indexes',
  'represents',
  'refers',
  'means',
  'iterates',
  'takes',
  'becomes',
  'varies',
  'loops',
  'increments',
  'from',
  'in',
  'over',
  'through',
  'to',
  'th',
];

/** Roman numerals a list numbers its items with ("i, ii and iii", "parts i to iv"). */
export const ROMAN_NUMERALS: readonly string[] = ['ii', 'iii', 'iv', 'v', 'vi', 'vii', 'viii', 'ix', 'x', 'xi', 'xii'];

/**
 * Ordinary words that open sentences: pronouns, determiners, prepositions,
 * conjunctions, question words, sentence adverbs and number words. One of them
 * in lower case after a full stop is a sentence that lost its capital ("…in
 * March. it now runs…"); a name written in lower case (pandas, dbt, iOS) is not
 * among them. Words ending in -ly count as well (see the rule).
 */
export const SENTENCE_OPENERS: readonly string[] = [
  ...['it', 'its', 'this', 'that', 'these', 'those', 'they', 'their', 'we', 'our', 'he', 'his', 'she', 'her', 'you', 'your', 'my'],
  ...['there', 'here', 'one', 'each', 'every', 'all', 'both', 'most', 'many', 'much', 'some', 'several', 'few', 'any', 'none', 'no'],
  ...['another', 'other', 'such', 'either', 'neither', 'everyone', 'everything', 'something', 'nothing', 'someone', 'nobody', 'the', 'an'],
  ...['in', 'on', 'at', 'by', 'for', 'from', 'with', 'without', 'within', 'after', 'before', 'during', 'since', 'until', 'over', 'under'],
  ...['across', 'through', 'throughout', 'between', 'among', 'against', 'despite', 'unlike', 'like', 'beyond', 'besides', 'instead'],
  ...['upon', 'into', 'toward', 'towards', 'along', 'around', 'outside', 'inside', 'above', 'below', 'alongside', 'following', 'thanks'],
  ...['and', 'but', 'or', 'so', 'yet', 'because', 'although', 'though', 'while', 'whereas', 'when', 'whenever', 'where', 'if', 'unless'],
  ...['once', 'as', 'whether', 'what', 'which', 'who', 'whose', 'why', 'how', 'however', 'also', 'then', 'now', 'today', 'later'],
  ...['first', 'second', 'third', 'next', 'last', 'still', 'even', 'only', 'just', 'not', 'never', 'always', 'often', 'sometimes'],
  ...['again', 'together', 'overall', 'meanwhile', 'moreover', 'furthermore', 'therefore', 'thus', 'hence', 'indeed', 'otherwise'],
  ...['perhaps', 'maybe', 'already', 'soon', 'yesterday', 'tomorrow', 'yes', 'please', 'thank', 'let', 'having', 'being', 'given'],
  ...['two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'half', 'more', 'less'],
  ...['about', 'nearly', 'almost', 'roughly', 'feel', 'looking', 'attached', 'enclosed', 'hope'],
];

/**
 * Abbreviations whose full stop does not end a sentence ("vs. the old rules",
 * "Acme Corp. on pricing", "et al. in"). Single letters and dotted forms
 * ("e.g.", "Ph.D.", "a.m.") are recognised by their shape.
 */
export const ABBREVIATIONS: readonly string[] = [
  ...['etc', 'vs', 'approx', 'no', 'nos', 'incl', 'cf', 'viz', 'al', 'corp', 'inc', 'ltd', 'co', 'llc', 'plc', 'bros', 'jr', 'sr'],
  ...['mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'ave', 'blvd', 'rd', 'dept', 'univ', 'assn', 'est', 'avg', 'min', 'max', 'ca'],
  ...['resp', 'esp', 'govt', 'intl', 'misc', 'fig', 'figs', 'eq', 'eqs', 'ref', 'refs', 'vol', 'vols', 'ch', 'chap', 'sec', 'pp', 'ed'],
  ...['eds', 'trans', 'rev', 'op', 'cit', 'ibid', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec'],
  ...['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'hr', 'hrs', 'mins', 'secs', 'yr', 'yrs', 'mo', 'mos'],
  ...['wk', 'wks', 'tel', 'ext', 'seq', 'et', 'pt', 'pts', 'lb', 'lbs', 'oz', 'ft', 'ie', 'eg', 'aka', 'cca', 'acc', 'abbr', 'approx'],
  ...['lt', 'col', 'capt', 'sgt', 'gov', 'sen', 'rep', 'hon', 'messrs', 'mme', 'dipl', 'ing', 'nr', 'tsp', 'tbsp', 'qty', 'dir', 'mgr'],
  ...['asst', 'assoc', 'ret', 'dist', 'div', 'mfg', 'natl', 'prov', 'vet', 'cont', 'contd', 'mil', 'bn', 'mn', 'tn', 'yoy', 'qoq'],
];

/** Names written with "!" that does not end a sentence ("Yahoo! for three years"). */
export const EXCLAIMED_NAMES: readonly string[] = ['yahoo', 'jeopardy', 'wham', 'oklahoma', 'mamma'];
