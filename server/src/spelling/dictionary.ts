/**
 * The dictionary of the `spelling` rule, read from two lists that
 * scripts/spellingWords.mjs writes at build time from the cspell dictionaries:
 *   words.txt         cspell's US and UK English (larger than Hunspell's: scalable,
 *                     recommender, genomic, lifecycle…), software, data-science,
 *                     AWS, Kubernetes and web terms, company names and people's
 *                     names, less every known misspelling (but a name the misspelling
 *                     list takes for a slip, "Bui", "Cleary", stays, capitalised);
 *   misspellings.txt  common misspellings and their corrections, the first suggestions.
 * A word is correct as the list writes it, or capitalised where the list has it in
 * lower case: "Okafor" passes, "okafor" does not. A listed word with a prefix
 * (misbooked), a regular ending (ensembled, checkpointed) or, in lower case, another
 * listed word (datamart, stablecoin) is correct too, unless it is a known misspelling.
 *
 * Measured against the Hunspell dictionaries (nspell, US + UK) this replaces:
 * 7.6 MB of heap and buffers instead of 18 MB, loaded in about the same time;
 * every Hunspell stem is listed except known misspellings (therefor, payed, thru).
 * The lists are kept as the files' bytes with an index of line starts and searched
 * by halving: a Set of their 450,000 lines would take tens of MB, and
 * cspell-trie-lib's own trie of the US and UK lists took 48 MB.
 *
 * The bundles find the files in dist/dictionary/ (written by scripts/build.mjs);
 * tests and the evaluation read them there too (scripts/devDictionary.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpellingDictionary } from '../engine';

/** The folder beside the bundle that holds `words.txt` and `misspellings.txt`. */
const BUNDLED_DICTIONARY_DIR = path.join(__dirname, 'dictionary');

export const DICTIONARY_FILES = ['words.txt', 'misspellings.txt'] as const;

export interface DictionaryFiles {
  /** Accepted words, one a line, sorted by their UTF-8 bytes; case as written. */
  words: Buffer;
  /** `misspelling<TAB>correction,correction` lines, sorted by the misspelling's UTF-8 bytes. */
  misspellings: Buffer;
}

export function dictionaryFromFiles(files: DictionaryFiles): SpellingDictionary {
  const words = new SortedLines(files.words);
  const misspellings = new SortedLines(files.misspellings);
  const listed = (word: string): boolean => words.has(word) || ((isCapitalised(word) || isUpperCase(word)) && words.has(word.toLowerCase()));
  const correct = (word: string): boolean =>
    listed(word) ||
    isOrdinal(word) ||
    (isBuilt(word.toLowerCase(), (w) => words.has(w), word === word.toLowerCase()) && !misspellings.has(word.toLowerCase()));
  return {
    correct,
    isKnownMisspelling: (word) => misspellings.has(word.toLowerCase()),
    suggest: (word) => {
      if (correct(word)) return [];
      const capitalised = isCapitalised(word);
      const recase = (fix: string): string => (capitalised ? fix.charAt(0).toUpperCase() + fix.slice(1) : fix);
      // A known misspelling: its curated corrections.
      const known = misspellings.value(word.toLowerCase());
      if (known) return known.split(',').map(recase);
      // Otherwise the listed words one edit away, likeliest slips first. Further away the
      // guesses are rarely what was meant (and a long run of letters would take long): none.
      const near = nearWords(word.toLowerCase(), (w) => words.has(w));
      // Two words whose space was lost ("myinterest", "smoothworkflow"): the two words, after any word a slip away.
      const split = spaceLost(word.toLowerCase(), (w) => words.has(w));
      return [...near, ...(split ? [split] : [])].map(recase);
    },
  };
}

/** Reads the dictionary from `dir` without blocking the server, so other rules report first. */
export async function loadDictionary(dir = BUNDLED_DICTIONARY_DIR): Promise<SpellingDictionary> {
  const [words, misspellings] = await Promise.all(DICTIONARY_FILES.map((name) => fs.promises.readFile(path.join(dir, name))));
  return dictionaryFromFiles({ words: words!, misspellings: misspellings! });
}

export function loadDictionarySync(dir = BUNDLED_DICTIONARY_DIR): SpellingDictionary {
  const [words, misspellings] = DICTIONARY_FILES.map((name) => fs.readFileSync(path.join(dir, name)));
  return dictionaryFromFiles({ words: words!, misspellings: misspellings! });
}

/**
 * Prefixes that make new words of known ones in the trade's prose (misbooked,
 * nonblocking, overprovisioned, multiregion, reindexing). Not "co", "de" or
 * "auto": too many slips start with them (colapse, cofirm, autometic).
 */
const PREFIXES = ['mis', 'non', 'over', 'under', 'multi', 'cross', 'semi', 'self', 're', 'un', 'pre'];

/**
 * Prefixes the trade uses as freely ("cointegrated", "depalletizing", "upweighting") but
 * that start many slips too ("colapse", "cofirmed", "deside"): taken only on a listed
 * word of five letters or more, and only when no listed word is one slip away
 * ("colapsed" is collapsed, "cofirmed" confirmed).
 */
const GUARDED_PREFIXES = ['co', 'de', 'up'];

/**
 * A prefix and a listed lower-case word of five letters or more ("misbooked":
 * mis + booked). The words cspell lists as misspellings are refused before this
 * is asked: of its 94,000, 390 have this shape (misstake, precense, overlowed).
 */
function isPrefixed(word: string, known: (word: string) => boolean): boolean {
  for (const prefix of PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length).replace(/^-/, '');
    if (rest.length >= 5 && known(rest)) return true;
  }
  for (const prefix of GUARDED_PREFIXES) {
    if (!word.startsWith(prefix)) continue;
    const rest = word.slice(prefix.length);
    if (rest.length >= 5 && /^[a-z]+$/.test(rest) && known(rest)) return nearWords(word, known).length === 0;
  }
  return false;
}

/**
 * A listed word with a prefix, an ending or another word added: how the trade makes its
 * words. Compounds only in lower case: a capitalised one is a name or a slip in one
 * ("Wallmart", "Snowflak", "Pintrest" are two words each).
 */
function isBuilt(word: string, known: (word: string) => boolean, lowerCase: boolean): boolean {
  return isPrefixed(word, known) || isInflected(word, known) || (lowerCase && isCompound(word, known));
}

/**
 * Short words that a missing space joins to the next one ("thisrole", "yourteam"): a
 * compound starting or ending with one of them is a slip, not a word.
 */
const JOINING_WORDS = new Set(
  (
    'this that these those with from your yours have will been were they them their there what when which would could ' +
    'should about into also more most very such some than then each every much many only just like here where while ' +
    'being does done make made over under upon onto whom whose'
  ).split(' '),
);

/**
 * Two listed lower-case words of four letters or more written as one, as the trade
 * writes its compounds ("stopwords", "datamart", "workstreams", "stablecoin"). Not when
 * either half is a word a missing space would join ("thisrole"), nor when a listed word
 * is one slip away ("leadreship").
 */
/** `word` as two listed words with a space between ("my interest"), the most even split; undefined when there is none. */
function spaceLost(word: string, known: (word: string) => boolean): string | undefined {
  let best: string | undefined;
  let bestShorter = 0;
  for (let i = 1; i < word.length; i++) {
    const first = word.slice(0, i);
    const second = word.slice(i);
    const shorter = Math.min(first.length, second.length);
    if (shorter <= bestShorter || (first.length === 1 && first !== 'a' && first !== 'i') || second.length === 1) continue;
    if (known(first) && known(second)) {
      best = `${first} ${second}`;
      bestShorter = shorter;
    }
  }
  return best;
}

/**
 * Long parts that do join without a space: a combining form ("cardio", "psycho",
 * "neuro": it ends in "o"), a prefix word ("counter", "inter"), or "-ability" on a verb.
 */
function joinsLong(first: string, second: string): boolean {
  return first.endsWith('o') || LONG_PREFIXES.has(first) || second === 'ability' || second === 'abilities';
}

const LONG_PREFIXES = new Set(['counter', 'inter', 'intra', 'multi', 'over', 'under', 'super', 'cross', 'hyper', 'ultra']);

function isCompound(word: string, known: (word: string) => boolean): boolean {
  if (word.length < 8 || !/^[a-z]+$/.test(word)) return false;
  for (let i = 4; i <= word.length - 4; i++) {
    const first = word.slice(0, i);
    const second = word.slice(i);
    if (JOINING_WORDS.has(first) || JOINING_WORDS.has(second)) continue;
    // "leadreship" is lead + reship, and one swap from "leadership": a word a slip away is what was meant.
    // Two long words side by side ("smoothworkflow", "developmentadoption") lost the space between them:
    // the closed compounds a field coins join a short word to another ("datamart", "stablecoin").
    if (known(first) && known(second))
      return nearWords(word, known).length === 0 && (Math.min(first.length, second.length) < 6 || joinsLong(first, second));
  }
  return false;
}

/**
 * Verbs whose past is not "-ed" ("understood", "undertook"), as the ends of longer
 * ones: "understanded", "withdrawed" and "overcomed" are slips, not inflections.
 */
const IRREGULAR_ENDINGS =
  /(?:stand|take|come|draw|get|see|give|go|do|make|write|think|teach|buy|build|bring|catch|run|speak|send|spend|split|mean|lose|win|hold|find|grow|throw|know|keep|feel|lead|leave|sell|tell|say|pay|meet|seek|fly|drive|break|begin|choose|rise|bear|wear|tear|hide|ride|strike|swing|cling|slide|light|fight|freeze|steal|weave|shoot|shine|sink|sit|lie|lay|hang|bend|lend|feed|breed|dig|stick|sweep|sleep|spin|deal|hurt|cost|shut|quit|let|set|put|cut|read|show|swim|sing|ring|drink|shrink|spring|forbid|forgive|undergo)$/;

/**
 * A regular inflection of a listed lower-case word of five letters or more that
 * the lists leave out: "ensembled", "ensembling" (ensemble), "checkpointed",
 * "vectorizer", "workstreams". Not where the last consonant should have doubled
 * ("submited", "occured": a single vowel and consonant end the stem), not an
 * "-e" kept before "-ing" or "-ed", and not "-ed" on a verb whose past is irregular.
 * Like prefixes, the words cspell lists as misspellings are refused before this is asked.
 */
function isInflected(word: string, known: (word: string) => boolean): boolean {
  for (const [suffix, pastLike] of INFLECTIONS) {
    if (!word.endsWith(suffix)) continue;
    const cut = word.slice(0, -suffix.length);
    // "ensembl" + "ing" is "ensemble" less its "e"; "ensemble" + "d" is "ensembled".
    const stems = suffix === 'ed' || suffix === 'ing' ? [cut, `${cut}e`] : [cut];
    for (const stem of stems) {
      if (stem.length < 5 || !known(stem)) continue;
      if (stem.endsWith('e') && (suffix.startsWith('e') || suffix.startsWith('i')) && stem === cut) continue; // "ensembleing"
      if (!stem.endsWith('e') && (suffix === 'd' || suffix === 'r' || suffix === 'rs')) continue;
      // "-s" after a hiss is "-es" ("processes", not "processs"), and "-es" only there.
      if (suffix === 's' && /(?:s|x|z|ch|sh)$/.test(stem)) continue;
      if (suffix === 'es' && !/(?:s|x|z|ch|sh)$/.test(stem)) continue;
      if (/[^aeiou][aeiou][bdgklmnprt]$/.test(stem) && /^[aeiu]/.test(suffix)) continue; // should have doubled
      if (pastLike && IRREGULAR_ENDINGS.test(stem)) continue;
      return true;
    }
  }
  return false;
}

/** Endings taken on listed words, and whether each makes a past form. */
const INFLECTIONS: ReadonlyArray<readonly [string, boolean]> = [
  ['s', false],
  ['es', false],
  ['ed', true],
  ['d', true],
  ['ing', false],
  // "-r" after "-e" makes a doer ("vectorizer"); "-er" is left out, since it also makes
  // comparatives a careful writer would not ("importanter").
  ['r', false],
  ['rs', false],
];

/** "Okafor": a first capital, the rest lower case. */
function isCapitalised(word: string): boolean {
  return word.length > 1 && /^\p{Lu}[\p{Ll}'’-]*$/u.test(word);
}

/** "SCALABLE": capitals only. */
function isUpperCase(word: string): boolean {
  return word.length > 1 && /^\p{Lu}[\p{Lu}'’-]*$/u.test(word);
}

/** "21st", "112th", "103rd": a number with its own ordinal ending. */
function isOrdinal(word: string): boolean {
  const m = /^(\d+)(st|nd|rd|th)$/i.exec(word);
  if (!m) return false;
  const n = Number(m[1]!.slice(-2));
  const ending = n >= 11 && n <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return m[2]!.toLowerCase() === ending;
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const VOWELS = 'aeiouy';
/** Keys next to each other on a QWERTY keyboard, where a finger slips. */
// prettier-ignore
const NEIGHBOURS: Record<string, string> = {
  q: 'wa', w: 'qes', e: 'wrd', r: 'etf', t: 'ryg', y: 'tuh', u: 'yij', i: 'uok', o: 'ipl', p: 'ol',
  a: 'qsz', s: 'adwx', d: 'sfec', f: 'dgrv', g: 'fhtb', h: 'gjyn', j: 'hkum', k: 'jli', l: 'ko',
  z: 'ax', x: 'zsc', c: 'xdv', v: 'cfb', b: 'vgn', n: 'bhm', m: 'nj',
};

/**
 * The words `known` accepts one edit from `word` (two letters swapped, a letter
 * doubled or undoubled, a vowel changed, a letter left out, a neighbouring key
 * struck, a letter added), likeliest first. About a thousand look-ups: a millisecond.
 */
function nearWords(word: string, known: (word: string) => boolean): string[] {
  const cost = new Map<string, number>();
  const consider = (candidate: string, c: number): void => {
    if (candidate === word || candidate.length === 0) return;
    if ((cost.get(candidate) ?? Infinity) > c) cost.set(candidate, c);
  };
  for (let i = 0; i < word.length; i++) {
    const before = word.slice(0, i);
    const after = word.slice(i + 1);
    const ch = word[i]!;
    if (i + 1 < word.length) consider(before + word[i + 1] + ch + word.slice(i + 2), 1); // swapped
    consider(before + after, ch === word[i - 1] || ch === word[i + 1] ? 1 : 3); // dropped: an extra letter, or a double undone
    for (const c of LETTERS) {
      if (c !== ch) consider(before + c + after, VOWELS.includes(c) && VOWELS.includes(ch) ? 2 : NEIGHBOURS[ch]?.includes(c) ? 3 : 4);
    }
  }
  for (let i = 0; i <= word.length; i++) {
    // A letter left out is the commonest slip of all.
    for (const c of LETTERS) consider(word.slice(0, i) + c + word.slice(i), c === word[i - 1] || c === word[i] ? 1 : 2.5); // added
  }
  return [...cost]
    .filter(([candidate]) => known(candidate))
    .sort((a, b) => a[1] - b[1])
    .map(([candidate]) => candidate);
}

/**
 * A sorted list of lines kept as bytes, searched by halving. A line's key ends at
 * a tab or at the line's end; `value` is what follows the tab.
 */
class SortedLines {
  /** Where each line starts: the only index kept (a line's key ends at its first tab or newline). */
  private readonly starts: Uint32Array;

  constructor(private readonly bytes: Buffer) {
    let count = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] !== NEWLINE && (i === 0 || bytes[i - 1] === NEWLINE)) count++;
    this.starts = new Uint32Array(count);
    let line = 0;
    for (let i = 0; i < bytes.length; i++) if (bytes[i] !== NEWLINE && (i === 0 || bytes[i - 1] === NEWLINE)) this.starts[line++] = i;
  }

  has(key: string): boolean {
    return this.find(key) >= 0;
  }

  value(key: string): string | undefined {
    const line = this.find(key);
    if (line < 0) return undefined;
    const keyEnd = this.keyEnd(this.starts[line]!);
    if (this.bytes[keyEnd] !== TAB) return '';
    let end = keyEnd + 1;
    while (end < this.bytes.length && this.bytes[end] !== NEWLINE) end++;
    return this.bytes.toString('utf8', keyEnd + 1, end);
  }

  private keyEnd(start: number): number {
    let end = start;
    while (end < this.bytes.length && this.bytes[end] !== NEWLINE && this.bytes[end] !== TAB) end++;
    return end;
  }

  private find(key: string): number {
    const wanted = Buffer.from(key, 'utf8');
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const mid = (low + high) >>> 1;
      const order = this.compareLine(this.starts[mid]!, wanted);
      if (order === 0) return mid;
      if (order < 0) low = mid + 1;
      else high = mid - 1;
    }
    return -1;
  }

  /** The line's key at `start` against `wanted`, byte by byte: below 0 if the line sorts first. */
  private compareLine(start: number, wanted: Buffer): number {
    const bytes = this.bytes;
    for (let i = 0; i < wanted.length; i++) {
      const b = start + i < bytes.length ? bytes[start + i]! : NEWLINE;
      if (b === NEWLINE || b === TAB) return -1; // the line's key is a prefix of the word
      if (b !== wanted[i]) return b - wanted[i]!;
    }
    const next = start + wanted.length < bytes.length ? bytes[start + wanted.length]! : NEWLINE;
    return next === NEWLINE || next === TAB ? 0 : 1;
  }
}

const NEWLINE = 0x0a;
const TAB = 0x09;
