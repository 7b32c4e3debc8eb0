/** Reading the corpus files from disk: test/eval/ and the regression sets in ../shared/eval/. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  type CorpusProblem,
  type ExpectedFinding,
  isLetterFile,
  parseExpected,
  parseStrong,
  parseWeak,
  sidecarNames,
  type StrongItem,
  type WeakItem,
} from './corpus';

/** The repository: the first folder above this file with package.json and server/src/engine (from out/scripts/eval/ once compiled). */
export const ROOT = findRoot(__dirname);

function findRoot(from: string): string {
  let dir = from;
  while (!fs.existsSync(path.join(dir, 'package.json')) || !fs.existsSync(path.join(dir, 'server', 'src', 'engine'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no repository above ${from}`);
    dir = up;
  }
  return dir;
}

/** The corpus written for the repository. */
export const CORPUS_DIR = path.join(ROOT, 'test', 'eval');

/** Where outside review sets are kept, beside the repository. */
export const SHARED_EVAL_DIR = path.join(ROOT, '..', 'shared', 'eval');

export interface LetterCase {
  /** Relative to the repository, or to the shared folder for a regression set. */
  file: string;
  path: string;
  text: string;
  /** Undefined when the letter has no sidecar. */
  expected: ExpectedFinding[] | undefined;
}

export interface Corpus {
  weak: WeakItem[];
  strong: StrongItem[];
  letters: LetterCase[];
  problems: CorpusProblem[];
  /** The files read, relative to `base`. */
  files: string[];
}

function tsvFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.tsv'))
    .sort()
    .map((f) => path.join(dir, f));
}

function readLetters(dir: string, base: string, problems: CorpusProblem[]): LetterCase[] {
  if (!fs.existsSync(dir)) return [];
  const letters: LetterCase[] = [];
  for (const name of fs.readdirSync(dir).sort()) {
    const full = path.join(dir, name);
    if (!fs.statSync(full).isFile() || !isLetterFile(name)) continue;
    const sidecar = sidecarNames(name)
      .map((n) => path.join(dir, n))
      .find((p) => fs.existsSync(p));
    let expected: ExpectedFinding[] | undefined;
    if (sidecar !== undefined) {
      const parsed = parseExpected(fs.readFileSync(sidecar, 'utf8'), path.relative(base, sidecar));
      expected = parsed.items;
      problems.push(...parsed.problems);
    }
    letters.push({ file: path.relative(base, full), path: full, text: fs.readFileSync(full, 'utf8'), expected });
  }
  return letters;
}

/** test/eval/: weak/*.tsv, strong/*.tsv, letters/. */
export function loadCorpus(dir = CORPUS_DIR): Corpus {
  const corpus: Corpus = { weak: [], strong: [], letters: [], problems: [], files: [] };
  for (const file of tsvFiles(path.join(dir, 'weak'))) {
    const parsed = parseWeak(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file));
    corpus.weak.push(...parsed.items);
    corpus.problems.push(...parsed.problems);
    corpus.files.push(path.relative(ROOT, file));
  }
  for (const file of tsvFiles(path.join(dir, 'strong'))) {
    const parsed = parseStrong(fs.readFileSync(file, 'utf8'), path.relative(ROOT, file));
    corpus.strong.push(...parsed.items);
    corpus.problems.push(...parsed.problems);
    corpus.files.push(path.relative(ROOT, file));
  }
  corpus.letters = readLetters(path.join(dir, 'letters'), ROOT, corpus.problems);
  return corpus;
}

/**
 * The review sets in ../shared/eval/: the folder itself and each folder in it
 * that holds `weak.tsv`, `strong.tsv` or `letters/`. Empty when there is none.
 */
export function loadRegression(dir = SHARED_EVAL_DIR): Corpus {
  const corpus: Corpus = { weak: [], strong: [], letters: [], problems: [], files: [] };
  if (!fs.existsSync(dir)) return corpus;
  const sets = [
    dir,
    ...fs
      .readdirSync(dir)
      .sort()
      .map((name) => path.join(dir, name)),
  ].filter((d) => fs.statSync(d).isDirectory());
  const base = path.dirname(dir);
  for (const set of sets) {
    const weak = path.join(set, 'weak.tsv');
    if (fs.existsSync(weak)) {
      const parsed = parseWeak(fs.readFileSync(weak, 'utf8'), path.relative(base, weak));
      corpus.weak.push(...parsed.items);
      corpus.problems.push(...parsed.problems);
      corpus.files.push(path.relative(base, weak));
    }
    const strong = path.join(set, 'strong.tsv');
    if (fs.existsSync(strong)) {
      const parsed = parseStrong(fs.readFileSync(strong, 'utf8'), path.relative(base, strong));
      corpus.strong.push(...parsed.items);
      corpus.problems.push(...parsed.problems);
      corpus.files.push(path.relative(base, strong));
    }
    corpus.letters.push(...readLetters(path.join(set, 'letters'), base, corpus.problems));
  }
  return corpus;
}
