/**
 * Loads the Hunspell dictionaries (US and UK English) for the `spelling` rule.
 * The bundles find them in dist/dictionary/ (copied there by scripts/build.mjs);
 * tests point at the packages in node_modules. A word passes when either
 * dictionary knows it, so British and American spellings are both accepted.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import nspell from 'nspell';
import type { SpellingDictionary } from '../engine';

/** The folder beside the bundle that holds `en-us.aff`, `en-us.dic`, `en-gb.aff`, `en-gb.dic`. */
export const BUNDLED_DICTIONARY_DIR = path.join(__dirname, 'dictionary');

export const DIALECTS = ['en-us', 'en-gb'] as const;

export interface DictionaryFiles {
  aff: string | Buffer;
  dic: string | Buffer;
}

export function dictionaryFromFiles(files: readonly DictionaryFiles[]): SpellingDictionary {
  const spellers = files.map((f) => nspell(f.aff, f.dic));
  return {
    correct: (word) => spellers.some((s) => s.correct(word)),
    suggest: (word) => [...new Set(spellers.flatMap((s) => s.suggest(word)))],
  };
}

/** Reads the dictionaries from `dir` without blocking the server, so other rules report first. */
export async function loadDictionary(dir = BUNDLED_DICTIONARY_DIR): Promise<SpellingDictionary> {
  const files = await Promise.all(
    DIALECTS.map(async (dialect) => ({
      aff: await fs.promises.readFile(path.join(dir, `${dialect}.aff`)),
      dic: await fs.promises.readFile(path.join(dir, `${dialect}.dic`)),
    })),
  );
  return dictionaryFromFiles(files);
}

export function loadDictionarySync(dir = BUNDLED_DICTIONARY_DIR): SpellingDictionary {
  return dictionaryFromFiles(
    DIALECTS.map((dialect) => ({
      aff: fs.readFileSync(path.join(dir, `${dialect}.aff`)),
      dic: fs.readFileSync(path.join(dir, `${dialect}.dic`)),
    })),
  );
}
