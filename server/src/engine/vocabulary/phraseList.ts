/** Writes a vocabulary list compactly: phrases separated by commas. */
import type { PhraseEntry } from './phraseEntry';

export function phrases(list: string): PhraseEntry[] {
  return list.split(',').map((phrase) => ({ phrase: phrase.trim() }));
}

/** Names that are also ordinary words (Ray, Spark, Feast): they count only as written. */
export function capitalisedNames(list: string): PhraseEntry[] {
  return list.split(',').map((phrase) => ({ phrase: phrase.trim(), matchCase: true }));
}
