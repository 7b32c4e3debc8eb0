/** The spelling dictionaries from node_modules, loaded once for the tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpellingDictionary } from '../../server/src/engine';
import { dictionaryFromFiles } from '../../server/src/spelling/dictionary';

let loaded: SpellingDictionary | undefined;

export function testDictionary(): SpellingDictionary {
  loaded ??= dictionaryFromFiles(
    ['dictionary-en', 'dictionary-en-gb'].map((pkg) => {
      const dir = path.dirname(require.resolve(pkg));
      return { aff: fs.readFileSync(path.join(dir, 'index.aff')), dic: fs.readFileSync(path.join(dir, 'index.dic')) };
    }),
  );
  return loaded;
}
