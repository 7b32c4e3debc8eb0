// Writes the word lists the spelling rule reads (server/src/spelling/dictionary.ts)
// from the cspell dictionaries, decoded once here so the server needs neither
// cspell nor its trie reader at run time.
//   words.txt        general English (cspell's US and UK lists, larger than Hunspell's),
//                    software, data-science, cloud (AWS, Kubernetes) and web terms,
//                    company names and people's names (a name the misspelling list takes
//                    for a slip, "Bui", "Cleary", is kept). One word a line, sorted,
//                    written as the source writes it: a capitalised entry ("Okafor")
//                    is accepted only capitalised, a lower-case one in any case.
//   misspellings.txt common misspellings and their corrections ("recieved\treceived"),
//                    sorted: none of them is accepted from words.txt, and they are the
//                    first suggestions offered.
// Usage: node scripts/spellingWords.mjs <outDir>; scripts/build.mjs calls writeSpellingWords.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { Buffer } from 'node:buffer';
import { gunzipSync } from 'node:zlib';
import { pathToFileURL } from 'node:url';

const require = createRequire(import.meta.url);
/** A package's folder (the cspell packages export no package.json to resolve). */
function packageDir(name) {
  const dir = (require.resolve.paths(name) ?? []).map((base) => join(base, name)).find((d) => existsSync(join(d, 'package.json')));
  if (!dir) throw new Error(`${name} is not installed (npm install)`);
  return dir;
}

/** The cspell packages read, and which of their files. */
const TRIES = [
  ['@cspell/dict-en_us', 'en_US.trie.gz'],
  ['@cspell/dict-en-gb', 'en_GB.trie.gz'],
];
const WORD_LIST_PACKAGES = [
  '@cspell/dict-software-terms',
  '@cspell/dict-data-science',
  '@cspell/dict-aws',
  '@cspell/dict-k8s',
  '@cspell/dict-fullstack',
  '@cspell/dict-companies',
  '@cspell/dict-people-names',
];
const MISSPELLINGS = '@cspell/dict-en-common-misspellings';
/**
 * Lists of names: a capitalised entry of theirs stays accepted, capitalised only, even
 * where its lower case is a known misspelling. "Bui", "Damon", "Cleary", "Collison" and
 * some 300 more are people's names that the misspelling list takes for slips (of buoy,
 * daemon, clearly, collision), and "Synopsys" and "Varian" are companies.
 */
const NAME_PACKAGES = new Set(['@cspell/dict-people-names', '@cspell/dict-companies']);
/** A first capital and the rest lower case: how a name is written. */
const CAPITALISED = /^\p{Lu}[\p{Ll}'’-]+$/u;
/**
 * English words the misspelling list takes for slips, which a letter may mean:
 * kept accepted. (Of the 27 listed words the Hunspell dictionaries accepted, the
 * others are far likelier slips in a letter: loosing, payed, thru, therefor, dateset…)
 */
const REAL_WORDS = ['creche', 'creches', 'uncatalogued', 'discontentment', 'vertexes'];

/** A word as a letter writes it: letters, inner apostrophes and hyphens; no digits, dots or code. */
const WORD = /^\p{L}[\p{L}\p{M}'’-]*$/u;

/** The words of a .txt or .txt.gz cspell source list: one a line, `#` comments, `*`/`+` affix markers skipped. */
function listWords(file) {
  const raw = readFileSync(file);
  const text = file.endsWith('.gz') ? gunzipSync(raw).toString('utf8') : raw.toString('utf8');
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/#.*$/, '').trim())
    .filter((line) => line && !/^[!~]/.test(line) && !/[*+]/.test(line));
}

async function trieWords(file) {
  const { importTrie, iteratorTrieWords } = await import('cspell-trie-lib');
  const text = gunzipSync(readFileSync(file)).toString('utf8');
  const root = importTrie(text.split('\n').map((line) => `${line}\n`));
  // `~` marks the case- and accent-folded copies cspell adds for its own lookups: the
  // words as written are kept instead, so a name is accepted only capitalised.
  return [...iteratorTrieWords(root)].filter((w) => !w.startsWith('~') && !w.startsWith('!'));
}

function misspellings() {
  const dir = join(packageDir(MISSPELLINGS), 'dict');
  const corrections = new Map();
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    for (const definition of JSON.parse(readFileSync(join(dir, file), 'utf8')).dictionaryDefinitions ?? []) {
      for (const entry of [...(definition.flagWords ?? []), ...(definition.suggestWords ?? [])]) {
        const [typo, fixes] = entry.split('->').map((s) => s.trim());
        if (!typo || !fixes || !WORD.test(typo)) continue;
        const key = typo.toLowerCase();
        const all = new Set([
          ...(corrections.get(key) ?? []),
          ...fixes
            .split(',')
            .map((s) => s.trim())
            .filter(Boolean),
        ]);
        corrections.set(key, [...all]);
      }
    }
  }
  return corrections;
}

/** By UTF-8 bytes, the order the server's search compares in. */
const sortByBytes = (list) =>
  list
    .map((s) => Buffer.from(s, 'utf8'))
    .sort(Buffer.compare)
    .map((b) => b.toString('utf8'));

/** Written to a temporary file and renamed, so a reader never sees half a list. */
function writeAtomically(file, text) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, text);
  renameSync(temporary, file);
}

export async function writeSpellingWords(outDir) {
  mkdirSync(outDir, { recursive: true });
  const corrections = misspellings();
  for (const word of REAL_WORDS) corrections.delete(word);
  const words = new Set(REAL_WORDS);
  const names = new Set();
  for (const [pkg, file] of TRIES) for (const w of await trieWords(join(packageDir(pkg), file))) words.add(w);
  for (const pkg of WORD_LIST_PACKAGES) {
    const dir = join(packageDir(pkg), 'dict');
    for (const file of readdirSync(dir).filter((f) => /\.txt(\.gz)?$/.test(f))) {
      for (const w of listWords(join(dir, file))) {
        words.add(w);
        if (NAME_PACKAGES.has(pkg) && CAPITALISED.test(w)) names.add(w);
      }
    }
  }
  const accepted = sortByBytes([...words].filter((w) => WORD.test(w) && (!corrections.has(w.toLowerCase()) || names.has(w))));
  writeAtomically(join(outDir, 'words.txt'), `${accepted.join('\n')}\n`);
  const typos = sortByBytes([...corrections.keys()]).map((typo) => `${typo}\t${corrections.get(typo).join(',')}`);
  writeAtomically(join(outDir, 'misspellings.txt'), `${typos.join('\n')}\n`);
  for (const pkg of [...TRIES.map(([p]) => p), ...WORD_LIST_PACKAGES, MISSPELLINGS]) {
    const license = ['LICENSE', 'LICENSE.md', 'license'].map((f) => join(packageDir(pkg), f)).find((f) => existsSync(f));
    if (license) copyFileSync(license, join(outDir, `${pkg.replace('@cspell/', 'cspell-')}.license`));
  }
  return { words: accepted.length, misspellings: typos.length };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const outDir = process.argv[2];
  if (!outDir) throw new Error('usage: node scripts/spellingWords.mjs <outDir>');
  console.log(await writeSpellingWords(outDir));
}
