/**
 * Is an unknown capitalised word a slip in a word a letter capitalises (a
 * month, a weekday, a language, a country or city, a large employer, a tool, a
 * job title word)? Most unknown capitalised words are names (Okafor, Zentrix,
 * Veritrade), and a name is often one letter from an ordinary English word
 * (Dockery and rockery, Karas and karma), so only the capitalised words of
 * vocabulary/properNouns.ts and the tool list are taken as what was meant, and
 * only when the slip keeps the first letter and is small: one letter added,
 * dropped, changed or swapped with its neighbour, and not of the kinds by which
 * names differ from words (`nameLike`). Words of four letters take only a swap
 * ("Juen"): any other change to them makes a name as often as a typo ("Vissa").
 */
import { createCache } from '../memory/caches';
import { PROPER_NOUNS } from '../vocabulary/properNouns';
import { TOOLS } from '../vocabulary/terms';

interface Candidate {
  /** Lower case, for comparing. */
  lower: string;
  /** As a letter writes it: the correction offered. */
  written: string;
}

/** The shortest word a slip is looked for in: shorter ones have too many neighbours among names. */
const MIN_LENGTH = 4;

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** The candidates by first letter, so a word is compared with a few dozen of them, not all. */
const BY_FIRST_LETTER: ReadonlyMap<string, readonly Candidate[]> = (() => {
  const written = new Map<string, string>();
  for (const noun of PROPER_NOUNS) written.set(noun.toLowerCase(), noun);
  for (const tool of TOOLS) {
    for (const word of tool.phrase.toLowerCase().split(/[\s|]+/)) {
      // Letters only: "k8s" and "ggplot2" are not written capitalised in prose.
      if (/^[a-z]{4,}$/.test(word) && !written.has(word)) written.set(word, capitalise(word));
    }
  }
  const index = new Map<string, Candidate[]>();
  for (const [lower, form] of written) {
    if (lower.length < MIN_LENGTH) continue;
    const list = index.get(lower[0]!) ?? [];
    list.push({ lower, written: form });
    index.set(lower[0]!, list);
  }
  return index;
})();

/** Every candidate by its lower case: how a letter writes it. */
const WRITTEN: ReadonlyMap<string, string> = new Map([...BY_FIRST_LETTER.values()].flat().map((c) => [c.lower, c.written]));

/** How a letter writes a capitalised word we know ("javascript" → "JavaScript"), or undefined. */
export function properForm(word: string): string | undefined {
  return WRITTEN.get(word.toLowerCase());
}

/** Verdicts per word: the same names come back on every keystroke. */
const verdicts = createCache<string, string | null>('capitalisedSlips');

/**
 * The word `word` (capitalised, unknown to the dictionary, without a possessive)
 * is likely a slip of, as a letter writes it ("Janaury" → "January"), or
 * undefined when it is far from every capitalised word we know.
 */
export function capitalisedSlipOf(word: string): string | undefined {
  let verdict = verdicts.get(word);
  if (verdict === undefined) {
    verdict = findSlip(word.toLowerCase()) ?? null;
    verdicts.set(word, verdict);
  }
  return verdict ?? undefined;
}

/** The word of `candidates` (as written) that `word` is one slip from, by the same measure as capitalisedSlipOf. */
export function slipAmong(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  return findSlip(
    lower,
    candidates.filter((c) => c.charAt(0).toLowerCase() === lower.charAt(0)).map((c) => ({ lower: c.toLowerCase(), written: c })),
  );
}

function findSlip(word: string, candidates: readonly Candidate[] = BY_FIRST_LETTER.get(word[0] ?? '') ?? []): string | undefined {
  // Letters only, and no accents: "Kraków", "Montréal" and "Zürich" are written so on purpose.
  if (word.length < MIN_LENGTH || !/^[a-z]+$/.test(word)) return undefined;
  for (const candidate of candidates) {
    const c = candidate.lower;
    if (c === word || isPlural(word, c) || isPlural(c, word)) continue;
    if (Math.abs(c.length - word.length) > 1 || distance(word, c, 1) > 1) continue;
    if (Math.min(c.length, word.length) <= MIN_LENGTH ? !swapped(word, c) : nameLike(word, c)) continue;
    return candidate.written;
  }
  return undefined;
}

/** "Jenkin" for Jenkins, "Germans" for German: a plural's s is a word or a name, not a slip. */
function isPlural(longer: string, shorter: string): boolean {
  return longer === `${shorter}s` || longer === `${shorter}es`;
}

/** Two neighbours swapped ("Juen" for June): the only slip taken in a word of four letters. */
function swapped(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}

const VOWELS = new Set(['a', 'e', 'i', 'o', 'u']);
const ENDINGS_OF_OTHER_LANGUAGES = new Set(['a', 'i', 'o', 'u']);
/** Letters names trade for each other ("Jenkyns", "Erik", "Brasil"): a different spelling of a name more often than a slip. */
const NAME_VARIANTS = new Set(['iy', 'yi', 'ck', 'kc', 'sz', 'zs']);

/**
 * The one difference between `word` and `candidate` (one letter apart) is how names and
 * words of other languages differ from ours, rather than how fingers slip: a letter added
 * at the end that does not double the one before it ("Merckx", "Nvidian"), a vowel
 * changed or added at the end ("Aprile", "Universita", "Adobo"), the last letter dropped
 * where a vowel other than e is left at the end ("Directo"), or an i for
 * a y, a c for a k or an s for a z ("Jenkyns", "Brasil").
 */
function nameLike(word: string, candidate: string): boolean {
  const last = word[word.length - 1]!;
  if (word.length === candidate.length + 1 && word.startsWith(candidate)) return last !== candidate[candidate.length - 1];
  // The last letter dropped, leaving a word that ends as Italian or Spanish ones do ("Directo").
  if (word.length === candidate.length - 1 && candidate.startsWith(word)) return ENDINGS_OF_OTHER_LANGUAGES.has(last);
  if (word.length === candidate.length && word.slice(0, -1) === candidate.slice(0, -1)) {
    return VOWELS.has(last) || VOWELS.has(candidate[candidate.length - 1]!);
  }
  if (word.length === candidate.length) {
    let i = 0;
    while (word[i] === candidate[i]) i++;
    if (word.slice(i + 1) === candidate.slice(i + 1) && NAME_VARIANTS.has(word[i]! + candidate[i]!)) return true;
  }
  return false;
}

/**
 * The optimal string alignment distance (insertions, deletions, substitutions,
 * and swaps of neighbours, each counting one), or more than `limit` as soon as
 * it is sure to be. The words are short, so a table of their lengths is cheap.
 */
function distance(a: string, b: string, limit: number): number {
  const n = a.length;
  const m = b.length;
  let previous2: number[] = [];
  let previous: number[] = Array.from({ length: m + 1 }, (_, j) => j);
  for (let i = 1; i <= n; i++) {
    const current: number[] = [i];
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, previous2[j - 2]! + 1);
      current.push(d);
      if (d < rowMin) rowMin = d;
    }
    if (rowMin > limit) return limit + 1;
    previous2 = previous;
    previous = current;
  }
  return previous[m]!;
}
