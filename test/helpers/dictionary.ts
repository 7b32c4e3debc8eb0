/** The spelling dictionaries from node_modules, loaded once for the tests. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpellingDictionary } from '../../server/src/engine';
import { dictionaryFromFiles } from '../../server/src/spelling/dictionary';

let loaded: SpellingDictionary | undefined;

export function testDictionary(): SpellingDictionary {
  const dir = (pkg: string) => path.dirname(require.resolve(pkg));
  loaded ??= dictionaryFromFiles({
    aff: fs.readFileSync(path.join(dir('dictionary-en'), 'index.aff')),
    dics: ['dictionary-en', 'dictionary-en-gb'].map((pkg) => fs.readFileSync(path.join(dir(pkg), 'index.dic'))),
  });
  return loaded;
}
