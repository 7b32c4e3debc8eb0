/**
 * `npm run eval`: the engine against the labelled corpus in test/eval/ (and the
 * review sets in ../shared/eval/ when present, reported apart), with write-good
 * and harper.js beside it, and against the proofreading lists of
 * test/eval/proofreading/ (issue 13; a list not there yet is skipped). Prints
 * the tables, writes eval/results.json, and exits 0 unless `--check` is given
 * and a threshold is not met.
 *
 *   node out/scripts/eval/eval.js [--check] [--min-recall 0.9] [--min-locked-recall 0.9]
 *     [--max-strong-fp 0.02] [--letters-exact] [--max-field-words-flagged 0]
 *     [--min-misspellings-caught 0.9] [--min-slips-caught 0.85] [--max-traps-flagged 0.02]
 *     [--proofreading-dir DIR] [--no-baselines] [--verbose] [--out FILE]
 *
 * `--check` alone holds the corpus to THRESHOLDS; a threshold given on the
 * command line replaces its default.
 *
 * Sentences of the locked split are counted, never listed: the README explains why.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, type SpellingDictionary } from '../../server/src/engine';
import { CliJobs } from '../../server/src/cli/cliJob';
import { formatForPath } from '../../server/src/lsp/format';
import { loadBaselines, loadHarper } from './baselines';
import { compareFindings, type ExpectedFinding, isLocked, type StrongItem, VOICES, type WeakItem } from './corpus';
import { checkStrong, checkWeak, lineOf, loadSpelling, type StrongResult, type WeakResult } from './harness';
import { CORPUS_DIR, type LetterCase, loadCorpus, loadRegression, ROOT } from './load';
import { loadProofreading } from './proofreadingLists';
import { printProofreading, proofreadingFailures, runProofreading } from './proofreadingReport';
import { lpad, pad, pct, rate, type Rate } from './rates';

/** What `--check` demands by default: the targets `npm test` holds the rules to (test/unit/evalThresholds.test.ts). */
export const THRESHOLDS = {
  /** Weak sentences caught by their labelled rule(s), over the whole corpus. */
  minRecall: 0.9,
  /** The same, on the locked split alone. */
  minLockedRecall: 0.9,
  /** Strong sentences flagged at warning or error by any rule (spelling included). */
  maxStrongFp: 0.02,
  /** Every letter raises exactly the findings of its sidecar. */
  lettersExact: true,
  /** Proofreading (issue 13): field words a spelling finding touches. */
  maxFieldWordsFlagged: 0,
  /** Misspellings caught by `spelling` or `confused-word`. */
  minMisspellingsCaught: 0.9,
  /** Grammar slips caught by their labelled rule. */
  minSlipsCaught: 0.85,
  /** Correct grammar traps any proofreading rule raises a finding on. */
  maxTrapsFlagged: 0.02,
} as const;

interface Options {
  check: boolean;
  minRecall: number | undefined;
  minLockedRecall: number | undefined;
  maxStrongFp: number | undefined;
  lettersExact: boolean;
  maxFieldWordsFlagged: number | undefined;
  minMisspellingsCaught: number | undefined;
  minSlipsCaught: number | undefined;
  maxTrapsFlagged: number | undefined;
  proofreadingDir: string;
  baselines: boolean;
  verbose: boolean;
  out: string;
}

function parseArgs(argv: string[]): Options {
  const options: Options = {
    check: false,
    minRecall: undefined,
    minLockedRecall: undefined,
    maxStrongFp: undefined,
    lettersExact: false,
    maxFieldWordsFlagged: undefined,
    minMisspellingsCaught: undefined,
    minSlipsCaught: undefined,
    maxTrapsFlagged: undefined,
    proofreadingDir: path.join(CORPUS_DIR, 'proofreading'),
    baselines: true,
    verbose: false,
    out: path.join(ROOT, 'eval', 'results.json'),
  };
  const number = (flag: string, value: string | undefined): number => {
    const n = Number(value);
    if (value === undefined || !Number.isFinite(n)) throw new Error(`${flag} needs a number`);
    return n;
  };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split('=', 2) as [string, string | undefined];
    const value = () => inline ?? argv[++i];
    if (flag === '--check') options.check = true;
    else if (flag === '--min-recall') options.minRecall = number(flag, value());
    else if (flag === '--min-locked-recall') options.minLockedRecall = number(flag, value());
    else if (flag === '--max-strong-fp') options.maxStrongFp = number(flag, value());
    else if (flag === '--letters-exact') options.lettersExact = true;
    else if (flag === '--max-field-words-flagged') options.maxFieldWordsFlagged = number(flag, value());
    else if (flag === '--min-misspellings-caught') options.minMisspellingsCaught = number(flag, value());
    else if (flag === '--min-slips-caught') options.minSlipsCaught = number(flag, value());
    else if (flag === '--max-traps-flagged') options.maxTrapsFlagged = number(flag, value());
    else if (flag === '--proofreading-dir') options.proofreadingDir = path.resolve(value() ?? '');
    else if (flag === '--no-baselines') options.baselines = false;
    else if (flag === '--verbose') options.verbose = true;
    else if (flag === '--out') options.out = path.resolve(value() ?? '');
    else throw new Error(`unknown option ${flag}`);
  }
  if (options.check) {
    options.minRecall ??= THRESHOLDS.minRecall;
    options.minLockedRecall ??= THRESHOLDS.minLockedRecall;
    options.maxStrongFp ??= THRESHOLDS.maxStrongFp;
    options.lettersExact ||= THRESHOLDS.lettersExact;
    options.maxFieldWordsFlagged ??= THRESHOLDS.maxFieldWordsFlagged;
    options.minMisspellingsCaught ??= THRESHOLDS.minMisspellingsCaught;
    options.minSlipsCaught ??= THRESHOLDS.minSlipsCaught;
    options.maxTrapsFlagged ??= THRESHOLDS.maxTrapsFlagged;
  }
  return options;
}

interface WeakRun {
  item: WeakItem;
  result: WeakResult;
  locked: boolean;
}

interface StrongRun {
  item: StrongItem;
  result: StrongResult;
  locked: boolean;
}

function runWeak(items: WeakItem[], spelling: SpellingDictionary): WeakRun[] {
  return items.map((item) => ({ item, result: checkWeak(item.sentence, item.rules, spelling), locked: isLocked(item.sentence) }));
}

function runStrong(items: StrongItem[], spelling: SpellingDictionary): StrongRun[] {
  return items.map((item) => ({ item, result: checkStrong(item.sentence, spelling), locked: isLocked(item.sentence) }));
}

/** Recall of a set of weak runs: all labelled rules fired. */
const recall = (runs: WeakRun[]): Rate => rate(runs.filter((r) => r.result.caught).length, runs.length);

/** Per rule: of the sentences labelled with it, how many it caught. */
const ruleRecall = (runs: WeakRun[], rule: string): Rate => {
  const labelled = runs.filter((r) => r.item.rules.includes(rule));
  return rate(labelled.filter((r) => !r.result.missed.includes(rule)).length, labelled.length);
};

const strongFp = (runs: StrongRun[], ignore: readonly string[] = []): Rate =>
  rate(runs.filter((r) => r.result.loud.some((id) => !ignore.includes(id))).length, runs.length);

const quietRate = (runs: StrongRun[]): Rate => rate(runs.filter((r) => r.result.quiet.length > 0).length, runs.length);

function countBy<T>(items: T[], keys: (item: T) => string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) for (const key of keys(item)) counts.set(key, (counts.get(key) ?? 0) + 1);
  return new Map([...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

interface LetterRun {
  file: string;
  expected: boolean;
  matched: number;
  missing: ExpectedFinding[];
  unexpected: ExpectedFinding[];
  exact: boolean;
  /** Findings at warning or error, as `rule@line` (what a letter without a sidecar is read by). */
  loud: string[];
}

async function runLetters(letters: LetterCase[], spelling: SpellingDictionary): Promise<LetterRun[]> {
  const jobs = new CliJobs(ROOT, undefined);
  const runs: LetterRun[] = [];
  for (const letter of letters) {
    const job = await jobs.forLetter(letter.path, letter.text);
    const result = analyze(letter.text, { format: formatForPath(letter.path), spelling, spellingSuggestions: false, job: job?.job });
    const actual = result.findings.map((f) => ({ ruleId: f.ruleId, line: lineOf(letter.text, f.offset) }));
    const { matched, missing, unexpected } = compareFindings(actual, letter.expected ?? []);
    runs.push({
      file: letter.file,
      expected: letter.expected !== undefined,
      matched: matched.length,
      missing,
      unexpected,
      exact: letter.expected !== undefined && missing.length === 0 && unexpected.length === 0,
      loud: result.findings
        .filter((f) => f.severity === 'warning' || f.severity === 'error')
        .map((f) => `${f.ruleId}@${lineOf(letter.text, f.offset)}`),
    });
  }
  return runs;
}

function letterTotals(runs: LetterRun[]) {
  const judged = runs.filter((r) => r.expected);
  return {
    letters: runs.length,
    withSidecar: judged.length,
    exact: judged.filter((r) => r.exact).length,
    matched: judged.reduce((n, r) => n + r.matched, 0),
    missing: judged.reduce((n, r) => n + r.missing.length, 0),
    unexpected: judged.reduce((n, r) => n + r.unexpected.length, 0),
  };
}

async function main(): Promise<number> {
  const options = parseArgs(process.argv.slice(2));
  const started = Date.now();
  const corpus = loadCorpus();
  const regression = loadRegression();
  const spelling = loadSpelling();

  const weak = runWeak(corpus.weak, spelling);
  const strong = runStrong(corpus.strong, spelling);
  const regWeak = runWeak(regression.weak, spelling);
  const regStrong = runStrong(regression.strong, spelling);
  const letters = await runLetters(corpus.letters, spelling);
  const regLetters = await runLetters(regression.letters, spelling);

  const rules = [...new Set([...corpus.weak, ...regression.weak].flatMap((w) => w.rules))].sort();
  const trapRules = [...new Set(corpus.strong.map((s) => s.trap).filter((t): t is string => t !== undefined))];
  for (const t of trapRules) if (!rules.includes(t)) rules.push(t);
  rules.sort();

  const perRule = rules.map((rule) => {
    const traps = strong.filter((s) => s.item.trap === rule);
    return {
      rule,
      weak: corpus.weak.filter((w) => w.rules.includes(rule)).length,
      recall: ruleRecall(weak, rule),
      locked: ruleRecall(
        weak.filter((w) => w.locked),
        rule,
      ),
      regression: ruleRecall(regWeak, rule),
      traps: strongFp(traps),
      trapsByThisRule: rate(traps.filter((s) => s.result.loud.includes(rule)).length, traps.length),
      strongFlaggedByThisRule: strong.filter((s) => s.result.loud.includes(rule)).length,
    };
  });

  const voices = [...new Set([...VOICES, ...corpus.weak.map((w) => w.voice ?? '(none)')])];
  const perVoice = voices.map((voice) => ({
    voice,
    recall: recall(weak.filter((w) => (w.item.voice ?? '(none)') === voice)),
    strongFp: strongFp(strong.filter((s) => (s.item.voice ?? '(none)') === voice)),
  }));

  const summary = {
    recall: recall(weak),
    recallUnlocked: recall(weak.filter((w) => !w.locked)),
    recallLocked: recall(weak.filter((w) => w.locked)),
    recallRegression: recall(regWeak),
    strongFp: strongFp(strong),
    strongFpLocked: strongFp(strong.filter((s) => s.locked)),
    strongFpWithoutSpelling: strongFp(strong, ['spelling']),
    strongFpTraps: strongFp(strong.filter((s) => s.item.trap !== undefined)),
    strongQuiet: quietRate(strong),
    strongFpRegression: strongFp(regStrong),
    strongFpRegressionWithoutSpelling: strongFp(regStrong, ['spelling']),
    letters: letterTotals(letters),
    lettersRegression: letterTotals(regLetters),
  };

  const baselines: Array<{ name: string; weakFlagged: Rate; strongFlagged: Rate; regressionWeakFlagged: Rate; regressionStrongFlagged: Rate }> = [];
  baselines.push({
    name: 'cover-letter-coach (any finding on weak; warning/error on strong)',
    weakFlagged: rate(weak.filter((w) => w.result.flagged).length, weak.length),
    strongFlagged: summary.strongFp,
    regressionWeakFlagged: rate(regWeak.filter((w) => w.result.flagged).length, regWeak.length),
    regressionStrongFlagged: summary.strongFpRegression,
  });
  if (options.baselines) {
    for (const baseline of await loadBaselines()) {
      const count = async (sentences: string[]) => {
        let hits = 0;
        for (const s of sentences) if (await baseline.flags(s)) hits++;
        return rate(hits, sentences.length);
      };
      baselines.push({
        name: baseline.name,
        weakFlagged: await count(corpus.weak.map((w) => w.sentence)),
        strongFlagged: await count(corpus.strong.map((s) => s.sentence)),
        regressionWeakFlagged: await count(regression.weak.map((w) => w.sentence)),
        regressionStrongFlagged: await count(regression.strong.map((s) => s.sentence)),
      });
    }
  }

  const proofreading = await runProofreading(
    loadProofreading(options.proofreadingDir, ROOT),
    spelling,
    options.baselines ? await loadHarper() : undefined,
  );

  // ---- print
  const out: string[] = [];
  const c = corpus;
  out.push(
    `Corpus: ${c.weak.length} weak (${weak.filter((w) => w.locked).length} locked), ${c.strong.length} strong ` +
      `(${c.strong.filter((s) => s.trap !== undefined).length} traps, ${strong.filter((s) => s.locked).length} locked), ` +
      `${c.letters.length} letters (${summary.letters.withSidecar} with expected findings) from ${c.files.length} files.`,
  );
  out.push(
    regression.files.length + regression.letters.length > 0
      ? `Regression set (../shared/eval): ${regression.weak.length} weak, ${regression.strong.length} strong, ${regression.letters.length} letters.`
      : 'Regression set (../shared/eval): not present.',
  );
  if (c.problems.length + regression.problems.length > 0) {
    out.push(`Unreadable lines: ${c.problems.length + regression.problems.length}`);
    for (const p of [...c.problems, ...regression.problems].slice(0, 20)) out.push(`  ${p.file}:${p.line}: ${p.message}`);
  }
  out.push('');
  out.push('Recall by the right rule, per rule (locked split and regression set apart); strong traps flagged at warning/error');
  out.push(
    `  ${pad('rule', 26)}${lpad('weak', 6)}${lpad('recall', 9)}${lpad('locked', 14)}${lpad('regression', 14)}${lpad('traps fp', 12)}${lpad('strong fp', 11)}`,
  );
  const cell = (r: Rate) => `${pct(r)} (${r.n})`;
  for (const r of perRule) {
    out.push(
      `  ${pad(r.rule, 26)}${lpad(r.weak, 6)}${lpad(pct(r.recall), 9)}${lpad(cell(r.locked), 14)}${lpad(cell(r.regression), 14)}` +
        `${lpad(r.traps.n === 0 ? '–' : `${r.traps.hits}/${r.traps.n}`, 12)}${lpad(r.strongFlaggedByThisRule, 11)}`,
    );
  }
  out.push("  (traps fp: the rule's trap sentences flagged at warning/error by any rule; strong fp: strong sentences this rule flags.)");
  out.push('');
  out.push('Recall per voice, and strong sentences flagged at warning/error per voice');
  for (const v of perVoice) out.push(`  ${pad(v.voice, 16)} recall ${lpad(cell(v.recall), 13)}   strong fp ${lpad(cell(v.strongFp), 13)}`);
  out.push('');
  const s = summary;
  out.push('Overall');
  out.push(`  recall by the right rule      ${cell(s.recall)}; unlocked ${cell(s.recallUnlocked)}; locked split ${cell(s.recallLocked)}`);
  out.push(`  regression set recall         ${cell(s.recallRegression)}`);
  out.push(
    `  strong flagged warning/error  ${cell(s.strongFp)}; locked ${cell(s.strongFpLocked)}; traps ${cell(s.strongFpTraps)}; without spelling ${cell(s.strongFpWithoutSpelling)}`,
  );
  out.push(`  strong with information/hint  ${cell(s.strongQuiet)}`);
  out.push(`  regression strong flagged     ${cell(s.strongFpRegression)}; without spelling ${cell(s.strongFpRegressionWithoutSpelling)}`);
  const loudRules = countBy(strong, (r) => r.result.loud);
  if (loudRules.size > 0) out.push(`  rules flagging strong sentences: ${[...loudRules].map(([id, n]) => `${id} ${n}`).join(', ')}`);
  // Counts only: which rules to make more careful, never which sentences.
  const lockedLoudRules = countBy(
    strong.filter((r) => r.locked),
    (r) => r.result.loud,
  );
  if (lockedLoudRules.size > 0) out.push(`    of them on the locked split: ${[...lockedLoudRules].map(([id, n]) => `${id} ${n}`).join(', ')}`);
  const l = s.letters;
  out.push(
    `  letters                       ${l.exact}/${l.withSidecar} exact; ${l.matched} matched, ${l.missing} missing, ${l.unexpected} unexpected` +
      (l.letters > l.withSidecar ? ` (${l.letters - l.withSidecar} without a sidecar)` : ''),
  );
  if (regression.letters.length > 0) {
    const rl = s.lettersRegression;
    out.push(
      `  regression letters            ${rl.exact}/${rl.withSidecar} exact; ${rl.matched} matched, ${rl.missing} missing, ${rl.unexpected} unexpected` +
        (rl.letters > rl.withSidecar ? ` (${rl.letters - rl.withSidecar} without a sidecar)` : ''),
    );
  }
  out.push('');
  out.push('Letters');
  for (const r of [...letters, ...regLetters]) {
    const detail = (fs: ExpectedFinding[]) => fs.map((f) => `${f.ruleId}@${f.line}`).join(' ');
    out.push(
      `  ${pad(r.file, 48)} ${!r.expected ? `no sidecar; warning/error: ${r.loud.join(' ') || 'none'}` : r.exact ? 'exact' : `missing [${detail(r.missing)}] unexpected [${detail(r.unexpected)}]`}`,
    );
  }
  out.push('');
  out.push('Baselines: share of weak sentences flagged at all, and of strong sentences flagged');
  out.push(`  ${pad('linter', 66)}${lpad('weak', 14)}${lpad('strong', 14)}${lpad('reg. weak', 14)}${lpad('reg. strong', 14)}`);
  for (const b of baselines) {
    out.push(
      `  ${pad(b.name, 66)}${lpad(cell(b.weakFlagged), 14)}${lpad(cell(b.strongFlagged), 14)}${lpad(cell(b.regressionWeakFlagged), 14)}${lpad(cell(b.regressionStrongFlagged), 14)}`,
    );
  }
  if (options.verbose) {
    out.push('');
    out.push('Missed weak sentences (locked split not listed)');
    for (const w of [...weak, ...regWeak].filter((r) => !r.result.caught && !r.locked)) {
      out.push(`  ${w.item.file}:${w.item.line} [${w.result.missed.join(',')}] fired [${w.result.fired.join(',')}] ${w.item.sentence}`);
    }
    out.push('Strong sentences flagged at warning/error (locked split not listed)');
    for (const r of [...strong, ...regStrong].filter((r) => r.result.loud.length > 0 && !r.locked)) {
      out.push(`  ${r.item.file}:${r.item.line} [${r.result.loud.join(',')}] ${r.item.sentence}`);
    }
  }

  out.push('');
  out.push(...printProofreading(proofreading, options.verbose));

  // ---- thresholds
  const failures: string[] = [];
  if (options.check) {
    const below = (r: Rate, min: number | undefined, what: string) => {
      if (min !== undefined && (r.rate === null || r.rate < min)) failures.push(`${what} ${pct(r)} < ${(min * 100).toFixed(1)}%`);
    };
    below(s.recall, options.minRecall, 'recall');
    below(s.recallLocked, options.minLockedRecall, 'locked-split recall');
    if (options.maxStrongFp !== undefined && (s.strongFp.rate ?? 0) > options.maxStrongFp) {
      failures.push(`strong flagged ${pct(s.strongFp)} > ${(options.maxStrongFp * 100).toFixed(1)}%`);
    }
    if (options.lettersExact && (l.exact < l.withSidecar || l.withSidecar === 0)) failures.push(`letters exact ${l.exact}/${l.withSidecar}`);
    failures.push(...proofreadingFailures(proofreading, options));
    out.push('');
    out.push(failures.length === 0 ? 'Thresholds met.' : `Thresholds not met: ${failures.join('; ')}`);
  }
  out.push('');
  out.push(`Done in ${((Date.now() - started) / 1000).toFixed(1)} s; wrote ${path.relative(process.cwd(), options.out) || options.out}.`);
  console.log(out.join('\n'));

  // ---- results.json (locked sentences as counts only)
  const results = {
    generated: new Date().toISOString(),
    corpus: {
      files: c.files,
      weak: c.weak.length,
      strong: c.strong.length,
      traps: c.strong.filter((x) => x.trap !== undefined).length,
      letters: c.letters.length,
      lockedWeak: weak.filter((w) => w.locked).length,
      lockedStrong: strong.filter((x) => x.locked).length,
      problems: c.problems,
    },
    regression: { files: regression.files, weak: regression.weak.length, strong: regression.strong.length, letters: regression.letters.length },
    summary,
    perRule,
    perVoice,
    letters: [...letters, ...regLetters],
    baselines,
    misses: [...weak, ...regWeak]
      .filter((r) => !r.result.caught && !r.locked)
      .map((r) => ({ file: r.item.file, line: r.item.line, rules: r.item.rules, fired: r.result.fired, sentence: r.item.sentence })),
    strongFlagged: [...strong, ...regStrong]
      .filter((r) => r.result.loud.length > 0 && !r.locked)
      .map((r) => ({ file: r.item.file, line: r.item.line, rules: r.result.loud, trap: r.item.trap, sentence: r.item.sentence })),
    proofreading,
    thresholds: options.check ? { failures } : undefined,
  };
  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(options.out, await formatJson(JSON.stringify(results, null, 2), options.out));
  return failures.length > 0 ? 1 : 0;
}

/** Formats the JSON as `npm run format` would, so that `prettier --check .` accepts the file. */
async function formatJson(json: string, file: string): Promise<string> {
  const prettier = await import('prettier');
  const config = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(json, { ...config, filepath: file });
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(2);
  },
);
