/**
 * Whether a written word starts with a vowel sound or a consonant sound when
 * said aloud, which is what decides "a" or "an". Spelling answers for most
 * words; the exceptions are data (vocabulary/articleSounds.ts). Initialisms in
 * capitals are said letter by letter unless known to be said as a word;
 * numbers are said as numbers (8 "eight", 18 "eighteen", 1800s "eighteen
 * hundreds"). Where speakers differ, or the spelling cannot tell (a name, a
 * word in another language), the answer is `undefined`: the rule says nothing.
 */
import {
  EITHER_H,
  LETTER_NAMES,
  NUMBER_WORDS,
  SAID_AS_LETTERS,
  SAID_AS_WORD,
  SAID_EITHER_WAY,
  SILENT_H_STEMS,
  VOWEL_LETTER_CONSONANT_EXACT,
  VOWEL_LETTER_CONSONANT_STEMS,
  VOWEL_LETTER_NAMES,
  VOWEL_LETTER_VOWEL_EXACT,
  VOWEL_TWO_DIGIT,
} from '../vocabulary/articleSounds';

export interface InitialSound {
  vowel: boolean;
  /** How the start is said, when spelling does not show it: "em" for ML, "eight" for 8, "you" for user. */
  said?: string;
  /** The "h" is not said (hour, honest). */
  silentH?: boolean;
}

const AS_WORD = new Set(SAID_AS_WORD);
const AS_LETTERS = new Set(SAID_AS_LETTERS);
const EITHER = new Set([...SAID_EITHER_WAY, ...EITHER_H]);
const CONSONANT_EXACT = new Set(VOWEL_LETTER_CONSONANT_EXACT);
const VOWEL_EXACT = new Set(VOWEL_LETTER_VOWEL_EXACT);

/**
 * Consonant clusters an English word can start with. A word in capitals that
 * starts with another cluster (MBA, NLP, HTML) cannot be said as a word, so
 * it is said letter by letter.
 */
const ONSETS = new Set(
  'b c d f g h j k l m n p r s t v w y z bl br ch cl cr dr dw fl fr gl gn gr kn kl ph pl pr ps pn qu rh sc sch scr sh shr sk sl sm sn sp sph spl spr squ st str sw th thr tr tw wh wr'.split(
    ' ',
  ),
);

const VOWELS = 'aeiouy';

/** The consonants before the first vowel letter (y counts as a vowel after a consonant). */
function onset(word: string): string {
  let i = 0;
  while (i < word.length && !VOWELS.includes(word.charAt(i))) i++;
  return word.slice(0, i);
}

/** Can the letters be said as an English word? (a vowel, and a cluster English starts words with) */
function sayable(lower: string): boolean {
  const start = onset(lower);
  return start.length < lower.length && (start === '' || ONSETS.has(start));
}

function startsWithStem(word: string, stems: readonly string[]): boolean {
  return stems.some((stem) => word.startsWith(stem));
}

/** The sound of the first letter of `word` said by its name. */
function letterSound(word: string): InitialSound {
  const l = word.charAt(0).toLowerCase();
  return { vowel: VOWEL_LETTER_NAMES.has(l), said: LETTER_NAMES[l] };
}

/**
 * The first sound of a number as written at the start of `written` (digits, perhaps
 * with thousands commas, a decimal part, or a suffix such as "s", "th", "GB").
 */
export function numberSound(written: string): InitialSound | undefined {
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?([a-zA-Z]*)/.exec(written);
  if (!m) return undefined;
  const digits = m[1]!;
  let lead: string;
  if (digits.includes(',')) lead = digits.slice(0, digits.indexOf(','));
  else if (digits.length === 4) {
    // 1100 and 1800 are said "eleven hundred", "eighteen hundred" as often as "one thousand…";
    // a decade (the 1800s) is said the first way only.
    if (/^1[18]/.test(digits))
      return m[2] === 's' ? { vowel: true, said: digits.startsWith('11') ? 'eleven hundreds' : 'eighteen hundreds' } : undefined;
    lead = digits.charAt(0);
  } else lead = digits.slice(0, digits.length % 3 || 3);
  if (lead.length === 1) {
    if (lead === '0') return undefined; // "zero" or "oh"
    return { vowel: lead === '8', said: NUMBER_WORDS[lead] };
  }
  if (lead.length === 2) {
    const vowel = VOWEL_TWO_DIGIT.test(lead);
    return { vowel, said: vowel ? (lead === '11' ? 'eleven' : lead === '18' ? 'eighteen' : 'eighty') : undefined };
  }
  // Three digits: "eight hundred", "a hundred", "two hundred".
  return { vowel: lead.startsWith('8'), said: lead.startsWith('8') ? 'eight hundred' : undefined };
}

/**
 * The first sound of `word` (a token as written). `known` says whether the
 * dictionary knows a word, so that names and words of other languages, whose
 * sound the spelling may not show, are left alone. `beforeHyphen` is whether a
 * hyphen follows it ("x-ray", "e-mail", "p-value"): a single letter there is
 * said by its name.
 */
export function initialSound(word: string, known: (w: string) => boolean, beforeHyphen: boolean): InitialSound | undefined {
  if (word === '') return undefined;
  if (/^\p{N}/u.test(word)) return numberSound(word);
  if (!/^[A-Za-z]/.test(word)) return undefined;
  const lower = word.toLowerCase();
  if (EITHER.has(lower)) return undefined;
  // A single letter: said by its name ("an R package", "an x-axis"); a lower-case one alone is a variable.
  if (word.length === 1) return /[A-Z]/.test(word) || beforeHyphen ? letterSound(word) : undefined;
  // iOS, eBay, mRNA, gRPC: the lower-case first letter is said by its name.
  if (/^[a-z][A-Z]/.test(word)) return letterSound(word);
  // S3, F1, H100: a letter and a number, the letter said by its name.
  if (/^[A-Z]\d/.test(word)) return letterSound(word);
  // MoU, MoM, LoB: "X of Y", said letter by letter (LoRA, said as a word, is listed).
  if (/^[A-Z]o[A-Z]{1,2}s?$/.test(word) && !AS_WORD.has(lower)) return letterSound(word);
  const caps = /^[A-Z]+/.exec(word)?.[0] ?? '';
  if (caps.length >= 2) return initialismSound(word, caps);
  return spelledSound(word, lower, known);
}

/** A word starting with two capitals or more: NASA, MLOps, LLMs, S3 (digits follow), MSc. */
function initialismSound(word: string, caps: string): InitialSound | undefined {
  const rest = word.slice(caps.length);
  // Wholly in capitals, perhaps with digits or a plural: the initialism is the capitals.
  const whole = rest === '' || rest === 's' || /^\d/.test(rest);
  const name = (whole ? caps : word).toLowerCase();
  if (AS_WORD.has(name) || AS_WORD.has(caps.toLowerCase())) return { vowel: false };
  if (AS_LETTERS.has(name)) return letterSound(caps);
  if (!whole) return letterSound(caps); // MLOps, MSc, HBase, XGBoost: the capitals run into a word
  const first = caps.charAt(0).toLowerCase();
  // A vowel letter sounds alike said as a letter or as a word (an AI, an OKR), except U, said "you".
  if (first === 'u') return letterSound(first);
  if (first === 'e' && caps.startsWith('EU') && caps.length > 2) return undefined; // EULA "you-la", EUR
  if ('aeio'.includes(first)) return { vowel: true, said: LETTER_NAMES[first] };
  // So do letters whose names start with a consonant (a KPI, a GAN).
  if (!VOWEL_LETTER_NAMES.has(first)) return { vowel: false };
  // F, H, L, M, N, R, S, X: said as letters an, as a word a. Only what cannot be a word is certain.
  return sayable(caps.toLowerCase()) ? undefined : letterSound(first);
}

/** A word in lower case or capitalised: its sound by its spelling and the exception lists. */
function spelledSound(word: string, lower: string, known: (w: string) => boolean): InitialSound | undefined {
  const bare = lower.replace(/['’]s$/, '');
  const first = bare.charAt(0);
  if (CONSONANT_EXACT.has(bare)) return { vowel: false, said: 'w' };
  if (startsWithStem(bare, SILENT_H_STEMS)) return { vowel: true, silentH: true };
  if (!VOWEL_EXACT.has(bare) && startsWithStem(bare, VOWEL_LETTER_CONSONANT_STEMS)) return { vowel: false, said: 'you' };
  const isKnown = known(word);
  switch (first) {
    case 'a':
    case 'e':
    case 'i':
      return { vowel: true };
    case 'o':
      // "one" and kin are listed; "ou" in names may be said "w" (Ouellette).
      return isKnown || !bare.startsWith('ou') ? { vowel: true } : undefined;
    case 'u':
      return uSound(bare, isKnown);
    case 'y':
      // "yes", "young"; before a consonant (Yves, ytterbium) it may be a vowel.
      return VOWELS.includes(bare.charAt(1)) && bare.charAt(1) !== 'y' ? (isKnown ? { vowel: false } : undefined) : undefined;
    case 'x':
      return undefined; // "xylophone" z, "xkcd" ex
    default:
      // Said as a word, a consonant letter is a consonant sound (a report, a Murphy, a numpy array);
      // said letter by letter, only some are (a PhD, a dbt model). Unsayable ones (npm, Nguyen) are left alone.
      if (sayable(bare) || !VOWEL_LETTER_NAMES.has(first)) return { vowel: false };
      return undefined;
  }
}

/**
 * A "u" word not listed as said "you": the prefix un- and a "u" before two consonants
 * (umbrella, update, ultimate) are said with a vowel; a "u" before one consonant and
 * a vowel is usually "you" and is listed when it is, so an unlisted one is left alone.
 */
function uSound(bare: string, isKnown: boolean): InitialSound | undefined {
  if (!isKnown) return undefined;
  if (bare.startsWith('un')) return { vowel: true };
  const second = bare.charAt(1);
  const third = bare.charAt(2);
  if (VOWELS.includes(second)) return { vowel: true };
  if (third !== '' && !VOWELS.includes(third)) return { vowel: true };
  return undefined;
}
