/**
 * The spelling dictionary for tests and the evaluation, read as the server reads
 * it: from the word lists `npm run build` writes to dist/dictionary/ (written
 * here first when they are missing or out of date).
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SpellingDictionary } from '../server/src/engine';
import { DICTIONARY_FILES, loadDictionarySync } from '../server/src/spelling/dictionary';

/** From out/scripts/, two levels below the repository root. */
const REPO_ROOT = path.resolve(__dirname, '..', '..');
const DICTIONARY_DIR = path.join(REPO_ROOT, 'dist', 'dictionary');

let loaded: SpellingDictionary | undefined;

export function devDictionary(): SpellingDictionary {
  if (loaded) return loaded;
  // Written again when missing, or older than the script that writes them or the installed packages.
  const sources = ['scripts/spellingWords.mjs', 'package-lock.json'].map((file) => fs.statSync(path.join(REPO_ROOT, file)).mtimeMs);
  const written = DICTIONARY_FILES.map((name) => path.join(DICTIONARY_DIR, name)).map((file) =>
    fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0,
  );
  if (Math.min(...written) < Math.max(...sources)) {
    execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts', 'spellingWords.mjs'), DICTIONARY_DIR], { stdio: 'ignore' });
  }
  loaded = loadDictionarySync(DICTIONARY_DIR);
  return loaded;
}
