/** The spelling dictionaries as the server reads them, loaded once for the tests (see scripts/devDictionary.ts). */
import type { SpellingDictionary } from '../../server/src/engine';
import { devDictionary } from '../../scripts/devDictionary';

export function testDictionary(): SpellingDictionary {
  return devDictionary();
}
