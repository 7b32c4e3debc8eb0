/**
 * Doubled words that English allows, for `repeated-word`: "had had", "that that",
 * reduplicated words ("bye bye", "mahi mahi") and place names ("Wagga Wagga").
 */

/** Words that may stand twice in a row in correct English: "What it had had was…", "He said that that model…", "I gave her her first ticket". */
export const ALLOWED_DOUBLES: readonly string[] = ['had', 'that', 'her', 'do'];

/** Words English doubles on purpose, and names made of one word twice (places the dictionary knows as words). */
export const REDUPLICATIONS: readonly string[] = [
  'bye',
  'ha',
  'haha',
  'hear',
  'knock',
  'tsk',
  'yada',
  'blah',
  'chop',
  'mahi',
  'bora',
  'walla',
  'wagga',
  'pago',
  'baden',
  'sing',
  'woy',
  'kurri',
  'grong',
  'mitta',
  'gin',
  'bua',
  'humbert',
  'duran',
  'tutu',
  'couscous',
  'cous',
  'dum',
  'yo',
  // Intensifiers said twice for emphasis ("something really really big"): a choice of style, not a typo.
  'really',
  'very',
  'so',
];

/**
 * Words a name never doubles, so capitals do not excuse them: "The The model",
 * "I I shipped".
 */
export const FUNCTION_WORDS: readonly string[] = [
  'the',
  'a',
  'an',
  'to',
  'of',
  'and',
  'or',
  'in',
  'on',
  'at',
  'for',
  'with',
  'by',
  'from',
  'is',
  'are',
  'was',
  'were',
  'be',
  'i',
  'we',
  'my',
  'our',
  'it',
  'this',
];

/**
 * "Is is" is right only after a clause that ends in "is" ("What it is is a…",
 * "All it is is…"): one of these words a few words before it.
 */
export const IS_IS_OPENERS: readonly string[] = [
  'what',
  'whatever',
  'all',
  'where',
  'how',
  'why',
  'who',
  'thing',
  'problem',
  'point',
  'question',
  'issue',
  'reason',
];
