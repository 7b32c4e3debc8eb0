/**
 * Loads the Hunspell dictionaries for the `spelling` rule, so British and
 * American spellings both pass. The US list is loaded whole; of the UK list only
 * the entries the US list lacks (about 1,300 of 50,000: colour, organised…) get
 * a second speller, a small fraction of the memory a second full speller takes
 * (measured: 9 MB less resident memory in the server with one letter open).
 * Both lists share one affix file. The bundles find the files in dist/dictionary/
 * (copied there by scripts/build.mjs); tests point at the packages in node_modules.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import type { SpellingDictionary } from '../engine';

/** The folder beside the bundle that holds `en.aff`, `en-us.dic` and `en-gb.dic`. */
const BUNDLED_DICTIONARY_DIR = path.join(__dirname, 'dictionary');

const WORD_LISTS = ['en-us.dic', 'en-gb.dic'] as const;

export interface DictionaryFiles {
  aff: string | Buffer;
  dics: ReadonlyArray<string | Buffer>;
}

export function dictionaryFromFiles(files: DictionaryFiles): SpellingDictionary {
  const [first, ...others] = files.dics.map((dic) => dic.toString());
  const known = new Set(entries(first ?? ''));
  const compound = compoundRuleFlags(files.aff.toString());
  // A supplement keeps the entries the first list lacks, and the words the compound rules are
  // built from (the digits and ordinal endings behind "21st"): without them those rules
  // degenerate and the speller accepts any word containing "mp" or "1t".
  const supplement = (dic: string): string =>
    entriesText(entries(dic).filter((line) => !known.has(line) || flagsOf(line).some((flag) => compound.has(flag))));
  const spellers = [first ?? '', ...others.map(supplement)].map((dic) => nspell(files.aff, dic));
  const correct = (word: string): boolean => spellers.some((s) => s.correct(word));
  return {
    correct,
    // The full list suggests; the small UK supplement would search much wider for a near
    // miss and take far longer, so it is asked only when the full list has nothing.
    suggest: (word) => {
      if (correct(word) || !oneEditFromAWord(word, correct)) return [];
      for (const speller of spellers) {
        const suggestions = speller.suggest(word);
        if (suggestions.length > 0) return suggestions;
      }
      return [];
    },
  };
}

/** Reads the dictionaries from `dir` without blocking the server, so other rules report first. */
export async function loadDictionary(dir = BUNDLED_DICTIONARY_DIR): Promise<SpellingDictionary> {
  const [aff, ...dics] = await Promise.all(['en.aff', ...WORD_LISTS].map((name) => fs.promises.readFile(path.join(dir, name))));
  return dictionaryFromFiles({ aff: aff!, dics });
}

export function loadDictionarySync(dir = BUNDLED_DICTIONARY_DIR): SpellingDictionary {
  return dictionaryFromFiles({
    aff: fs.readFileSync(path.join(dir, 'en.aff')),
    dics: WORD_LISTS.map((name) => fs.readFileSync(path.join(dir, name))),
  });
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether a letter added, dropped, changed, or two swapped, turn `word` into
 * a known word (about a millisecond). When none does, nspell widens its search
 * to two edits, which takes up to a second for a word far from any other
 * ("onnxruntime", a stray string of letters), and its guesses there are rarely
 * what was meant: such a word gets no suggestions.
 */
function oneEditFromAWord(word: string, correct: (word: string) => boolean): boolean {
  const w = word.toLowerCase();
  for (let i = 0; i <= w.length; i++) {
    const before = w.slice(0, i);
    if (i < w.length && correct(before + w.slice(i + 1))) return true;
    if (i + 1 < w.length && correct(before + w[i + 1] + w[i] + w.slice(i + 2))) return true;
    for (const c of LETTERS) {
      if (correct(before + c + w.slice(i))) return true;
      if (i < w.length && c !== w[i] && correct(before + c + w.slice(i + 1))) return true;
    }
  }
  return false;
}

/** The flags the affix file's COMPOUNDRULE patterns are made of ("n*1t" → n, 1, t). */
function compoundRuleFlags(aff: string): Set<string> {
  const flags = new Set<string>();
  for (const m of aff.matchAll(/^COMPOUNDRULE[ \t]+(\S+)[ \t]*$/gm)) {
    if (/^\d+$/.test(m[1]!)) continue; // the count line
    for (const flag of m[1]!.replace(/[*?()]/g, '')) flags.add(flag);
  }
  return flags;
}

/** The flags of a .dic entry ("0th/pt" → p, t). */
function flagsOf(line: string): string[] {
  const slash = line.indexOf('/');
  return slash < 0 ? [] : [...line.slice(slash + 1).split(/\s/)[0]!];
}

/** The entries of a .dic file: every line after the count, without blanks. */
function entries(dic: string): string[] {
  return dic
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '');
}

function entriesText(lines: readonly string[]): string {
  return `${lines.length}\n${lines.join('\n')}\n`;
}
