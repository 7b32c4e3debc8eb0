/**
 * The proofreading part of `npm run eval`: runs the four lists of
 * test/eval/proofreading/ (issue 13) through the engine, and harper.js beside
 * it on the grammar sentences; summarises them with the locked split apart,
 * prints the "Proofreading" table and checks its thresholds.
 */
import { performance } from 'node:perf_hooks';
import { analyze, type SpellingDictionary } from '../../server/src/engine';
import type { CorpusProblem } from './corpus';
import type { Harper } from './baselines';
import { scaffoldText } from './harness';
import { checkFieldWord, checkMisspelling, checkSlip, checkTrap, type MisspellingResult } from './proofreading';
import {
  type FieldWord,
  GRAMMAR_RULES,
  type GrammarItem,
  isCapitalised,
  isLockedItem,
  type Misspelling,
  type ProofreadingLists,
} from './proofreadingLists';
import { lpad, pad, pct, rate, type Rate } from './rates';

/** A share over a whole list, and over its unlocked and locked parts. */
export interface Split {
  all: Rate;
  unlocked: Rate;
  locked: Rate;
}

/** Share of harper.js and of the coach on the grammar sentences, each read on its own, and the time each took. */
export interface Peers {
  /** The coach: slips caught by their labelled rule and traps flagged by a proofreading rule, as in the table above it. */
  coach: { slips: Rate; traps: Rate; msPerSentence: number };
  /** harper.js with its default linters: a sentence counts as flagged when any lint is raised on it. */
  harper: { slips: Rate; traps: Rate; msPerSentence: number };
  /** The same, leaving out its spelling lints. */
  harperWithoutSpelling: { slips: Rate; traps: Rate };
  perRule: Array<{ rule: string; slips: Rate; traps: Rate; slipsWithoutSpelling: Rate; trapsWithoutSpelling: Rate }>;
}

/** The `proofreading` section of eval/results.json. A summary entry is null when its list is missing. */
export interface ProofreadingResults {
  dir: string;
  files: string[];
  missing: string[];
  problems: CorpusProblem[];
  counts: {
    fieldWords: number | null;
    misspellings: number | null;
    capitalisedMisspellings: number | null;
    slips: number | null;
    traps: number | null;
    locked: { fieldWords: number; misspellings: number; slips: number; traps: number };
  };
  summary: {
    /** Field words a `spelling` finding overlaps. */
    fieldWordsFlagged: Split | null;
    /** Misspellings a `spelling` or `confused-word` finding overlaps. */
    misspellingsCaught: Split | null;
    capitalisedCaught: Split | null;
    /** Of all misspellings: the first fix writes the correction. */
    firstSuggestionRight: Split | null;
    /** Of all misspellings: some fix writes the correction. */
    correctionInSuggestions: Split | null;
    /** Slips caught by their labelled rule. */
    slipsCaught: Split | null;
    /** Traps any proofreading rule raises a finding on. */
    trapsFlagged: Split | null;
  };
  perRule: Array<{ rule: string; slips: Split; traps: Split; trapsFlaggedByThisRule: number }>;
  /** For each proofreading rule, how many traps (of any label) it raised a finding on. */
  trapsFlaggedBy: Record<string, number>;
  /** Unlocked items only: the locked split is counted, never listed. */
  fieldWordsFlagged: Array<{ file: string; line: number; word: string; fired: string[] }>;
  misspellingsMissed: Array<{ file: string; line: number; misspelling: string; correction: string; fired: string[] }>;
  slipsMissed: Array<{ file: string; line: number; rule: string; fired: string[]; sentence: string }>;
  trapsFlagged: Array<{ file: string; line: number; rule: string; fired: string[]; sentence: string }>;
  /** Only when the baselines run (not with `--no-baselines`). */
  peers: Peers | undefined;
}

/** What `--check` holds the lists to (each skipped while its list is missing). */
export interface ProofreadingThresholds {
  maxFieldWordsFlagged: number | undefined;
  minMisspellingsCaught: number | undefined;
  minSlipsCaught: number | undefined;
  maxTrapsFlagged: number | undefined;
}

interface Run<T, R> {
  item: T;
  result: R;
  locked: boolean;
}

function runAll<T extends FieldWord | Misspelling | GrammarItem, R>(items: T[] | undefined, check: (item: T) => R): Array<Run<T, R>> | undefined {
  return items?.map((item) => ({ item, result: check(item), locked: isLockedItem(item) }));
}

function split<T, R>(runs: Array<Run<T, R>>, hit: (run: Run<T, R>) => boolean): Split {
  const share = (part: Array<Run<T, R>>) => rate(part.filter(hit).length, part.length);
  return { all: share(runs), unlocked: share(runs.filter((r) => !r.locked)), locked: share(runs.filter((r) => r.locked)) };
}

/** Harper and the coach on each sentence alone, timed; run before the checks so the coach's paragraph memo is cold. */
async function runPeers(
  slips: GrammarItem[],
  traps: GrammarItem[],
  spelling: SpellingDictionary,
  harper: Harper,
): Promise<Omit<Peers, 'coach'> & { coachMs: number }> {
  const sentences = [...slips, ...traps].map((s) => s.sentence);
  // Warm both up on the scaffold, so neither pays its first-run cost in the timing.
  analyze(scaffoldText(), { format: 'plaintext', spelling, spellingSuggestions: false });
  await harper(scaffoldText());
  let started = performance.now();
  for (const sentence of sentences) analyze(sentence, { format: 'plaintext', spelling, spellingSuggestions: false });
  const coachMs = (performance.now() - started) / Math.max(sentences.length, 1);
  const kinds = new Map<string, string[]>();
  started = performance.now();
  for (const sentence of sentences)
    kinds.set(
      sentence,
      (await harper(sentence)).map((l) => l.kind),
    );
  const harperMs = (performance.now() - started) / Math.max(sentences.length, 1);
  const any = (s: GrammarItem) => (kinds.get(s.sentence) ?? []).length > 0;
  const notSpelling = (s: GrammarItem) => (kinds.get(s.sentence) ?? []).some((k) => k !== 'Spelling');
  const share = (items: GrammarItem[], hit: (s: GrammarItem) => boolean) => rate(items.filter(hit).length, items.length);
  return {
    coachMs: round(coachMs),
    harper: { slips: share(slips, any), traps: share(traps, any), msPerSentence: round(harperMs) },
    harperWithoutSpelling: { slips: share(slips, notSpelling), traps: share(traps, notSpelling) },
    perRule: rulesOf(slips, traps).map((rule) => {
      const s = slips.filter((x) => x.rule === rule);
      const t = traps.filter((x) => x.rule === rule);
      return {
        rule,
        slips: share(s, any),
        traps: share(t, any),
        slipsWithoutSpelling: share(s, notSpelling),
        trapsWithoutSpelling: share(t, notSpelling),
      };
    }),
  };
}

const round = (ms: number) => Math.round(ms * 100) / 100;

/** The nine grammar rules, then any other rule a list labels. */
function rulesOf(slips: GrammarItem[], traps: GrammarItem[]): string[] {
  const extra = [...new Set([...slips, ...traps].map((i) => i.rule))].filter((r) => !(GRAMMAR_RULES as readonly string[]).includes(r)).sort();
  return [...GRAMMAR_RULES, ...extra];
}

/** Checks every item of the lists there are; with `harper`, also the peers on the grammar sentences. */
export async function runProofreading(
  lists: ProofreadingLists,
  spelling: SpellingDictionary,
  harper: Harper | undefined,
): Promise<ProofreadingResults> {
  const peers = harper && lists.slips && lists.traps ? await runPeers(lists.slips, lists.traps, spelling, harper) : undefined;

  const words = runAll(lists.fieldWords, (w) => checkFieldWord(w.word, spelling));
  const misspellings = runAll(lists.misspellings, (m) => checkMisspelling(m.misspelling, m.correction, spelling));
  const slips = runAll(lists.slips, (s) => checkSlip(s.rule, s.sentence, spelling));
  const traps = runAll(lists.traps, (t) => checkTrap(t.sentence, spelling));

  const capitalised = misspellings?.filter((m) => isCapitalised(m.item.misspelling));
  const of = <T, R>(runs: Array<Run<T, R>> | undefined, hit: (run: Run<T, R>) => boolean) => (runs ? split(runs, hit) : null);
  const caught = (r: Run<Misspelling, MisspellingResult>) => r.result.caught;
  const summary: ProofreadingResults['summary'] = {
    fieldWordsFlagged: of(words, (r) => r.result.flagged),
    misspellingsCaught: of(misspellings, caught),
    capitalisedCaught: of(capitalised, caught),
    firstSuggestionRight: of(misspellings, (r) => r.result.firstRight),
    correctionInSuggestions: of(misspellings, (r) => r.result.amongFixes),
    slipsCaught: of(slips, (r) => r.result.caught),
    trapsFlagged: of(traps, (r) => r.result.fired.length > 0),
  };

  const trapsFlaggedBy: Record<string, number> = {};
  for (const t of traps ?? []) for (const id of t.result.fired) trapsFlaggedBy[id] = (trapsFlaggedBy[id] ?? 0) + 1;
  const perRule = rulesOf(lists.slips ?? [], lists.traps ?? []).map((rule) => ({
    rule,
    slips: split(
      (slips ?? []).filter((s) => s.item.rule === rule),
      (r) => r.result.caught,
    ),
    traps: split(
      (traps ?? []).filter((t) => t.item.rule === rule),
      (r) => r.result.fired.length > 0,
    ),
    trapsFlaggedByThisRule: trapsFlaggedBy[rule] ?? 0,
  }));

  const count = <T>(items: T[] | undefined) => (items ? items.length : null);
  const locked = <T, R>(runs: Array<Run<T, R>> | undefined) => (runs ?? []).filter((r) => r.locked).length;
  const unlocked = <T, R>(runs: Array<Run<T, R>> | undefined) => (runs ?? []).filter((r) => !r.locked);
  return {
    dir: lists.dir,
    files: lists.files,
    missing: lists.missing,
    problems: lists.problems,
    counts: {
      fieldWords: count(lists.fieldWords),
      misspellings: count(lists.misspellings),
      capitalisedMisspellings: count(capitalised),
      slips: count(lists.slips),
      traps: count(lists.traps),
      locked: { fieldWords: locked(words), misspellings: locked(misspellings), slips: locked(slips), traps: locked(traps) },
    },
    summary,
    perRule,
    trapsFlaggedBy: Object.fromEntries(Object.entries(trapsFlaggedBy).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))),
    fieldWordsFlagged: unlocked(words)
      .filter((r) => r.result.flagged)
      .map((r) => ({ file: r.item.file, line: r.item.line, word: r.item.word, fired: r.result.fired })),
    misspellingsMissed: unlocked(misspellings)
      .filter((r) => !r.result.caught)
      .map((r) => ({ file: r.item.file, line: r.item.line, misspelling: r.item.misspelling, correction: r.item.correction, fired: r.result.fired })),
    slipsMissed: unlocked(slips)
      .filter((r) => !r.result.caught)
      .map((r) => ({ file: r.item.file, line: r.item.line, rule: r.item.rule, fired: r.result.fired, sentence: r.item.sentence })),
    trapsFlagged: unlocked(traps)
      .filter((r) => r.result.fired.length > 0)
      .map((r) => ({ file: r.item.file, line: r.item.line, rule: r.item.rule, fired: r.result.fired, sentence: r.item.sentence })),
    peers:
      peers && summary.slipsCaught && summary.trapsFlagged
        ? {
            coach: { slips: summary.slipsCaught.all, traps: summary.trapsFlagged.all, msPerSentence: peers.coachMs },
            harper: peers.harper,
            harperWithoutSpelling: peers.harperWithoutSpelling,
            perRule: peers.perRule,
          }
        : undefined,
  };
}

const cell = (r: Rate) => `${pct(r)} (${r.hits}/${r.n})`;

/** The "Proofreading" part of the printed report. */
export function printProofreading(p: ProofreadingResults, verbose: boolean): string[] {
  const out: string[] = [];
  const c = p.counts;
  const n = (x: number | null) => (x === null ? 'missing' : String(x));
  out.push(
    `Proofreading (${p.dir}): field words ${n(c.fieldWords)}, misspellings ${n(c.misspellings)}` +
      (c.capitalisedMisspellings === null ? '' : ` (${c.capitalisedMisspellings} capitalised)`) +
      `, grammar slips ${n(c.slips)}, grammar traps ${n(c.traps)}; locked ${c.locked.fieldWords}, ${c.locked.misspellings}, ${c.locked.slips}, ${c.locked.traps}.`,
  );
  for (const file of p.missing) out.push(`  ${file} is not there yet: its part is skipped.`);
  if (p.problems.length > 0) {
    out.push(`  Unreadable lines: ${p.problems.length}`);
    for (const problem of p.problems.slice(0, 20)) out.push(`    ${problem.file}:${problem.line}: ${problem.message}`);
  }
  if (p.files.length === 0) return out;
  out.push(`  ${pad('measure', 44)}${lpad('all', 20)}${lpad('unlocked', 20)}${lpad('locked', 20)}`);
  const row = (label: string, s: Split | null) => {
    if (s) out.push(`  ${pad(label, 44)}${lpad(cell(s.all), 20)}${lpad(cell(s.unlocked), 20)}${lpad(cell(s.locked), 20)}`);
  };
  const s = p.summary;
  row('field words flagged by spelling', s.fieldWordsFlagged);
  row('misspellings caught', s.misspellingsCaught);
  row('  capitalised misspellings caught', s.capitalisedCaught);
  row('  correction is the first suggestion', s.firstSuggestionRight);
  row('  correction among the suggestions', s.correctionInSuggestions);
  row('grammar slips caught by their rule', s.slipsCaught);
  row('grammar traps flagged (any proofreading rule)', s.trapsFlagged);
  const by = Object.entries(p.trapsFlaggedBy);
  if (by.length > 0) out.push(`  rules flagging traps: ${by.map(([id, k]) => `${id} ${k}`).join(', ')}`);
  if (s.slipsCaught || s.trapsFlagged) {
    out.push('');
    out.push('  Grammar per rule: slips caught by the rule, and its traps flagged by any proofreading rule (locked split apart)');
    const peers = p.peers;
    out.push(
      `  ${pad('rule', 26)}${lpad('slips', 7)}${lpad('caught', 9)}${lpad('locked', 14)}${lpad('traps', 7)}${lpad('flagged', 9)}${lpad('locked', 9)}${lpad('fp by rule', 12)}` +
        (peers ? `${lpad('harper slips', 14)}${lpad('harper traps', 14)}` : ''),
    );
    for (const r of p.perRule) {
      const h = peers?.perRule.find((x) => x.rule === r.rule);
      out.push(
        `  ${pad(r.rule, 26)}${lpad(r.slips.all.n, 7)}${lpad(pct(r.slips.all), 9)}${lpad(`${pct(r.slips.locked)} (${r.slips.locked.n})`, 14)}` +
          `${lpad(r.traps.all.n, 7)}${lpad(`${r.traps.all.hits}/${r.traps.all.n}`, 9)}${lpad(`${r.traps.locked.hits}/${r.traps.locked.n}`, 9)}${lpad(r.trapsFlaggedByThisRule, 12)}` +
          (h ? `${lpad(pct(h.slips), 14)}${lpad(pct(h.traps), 14)}` : ''),
      );
    }
    out.push(`  (fp by rule: traps of any label this rule raised a finding on${peers ? '; harper: any lint on the sentence read alone' : ''}.)`);
  }
  if (p.peers) {
    const { coach, harper, harperWithoutSpelling: hs } = p.peers;
    out.push('');
    out.push('  Beside harper.js on the grammar sentences (harper reads each sentence alone; any lint counts)');
    out.push(`  ${pad('checker', 68)}${lpad('slips flagged', 20)}${lpad('traps flagged', 20)}${lpad('ms a sentence', 15)}`);
    out.push(
      `  ${pad('cover-letter-coach (slip: its rule; trap: any proofreading rule)', 68)}${lpad(cell(coach.slips), 20)}${lpad(cell(coach.traps), 20)}${lpad(coach.msPerSentence.toFixed(2), 15)}`,
    );
    out.push(
      `  ${pad('harper.js (any lint)', 68)}${lpad(cell(harper.slips), 20)}${lpad(cell(harper.traps), 20)}${lpad(harper.msPerSentence.toFixed(2), 15)}`,
    );
    out.push(`  ${pad('harper.js (any lint but its spelling lints)', 68)}${lpad(cell(hs.slips), 20)}${lpad(cell(hs.traps), 20)}${lpad('', 15)}`);
    out.push('  (ms a sentence: the whole engine or linter on each sentence alone, as plain text, after a warm-up.)');
  }
  if (verbose) {
    out.push('');
    out.push('  Field words flagged by spelling (locked split not listed)');
    for (const w of p.fieldWordsFlagged) out.push(`    ${w.file}:${w.line} ${w.word} [${w.fired.join(',')}]`);
    out.push('  Misspellings missed (locked split not listed)');
    for (const m of p.misspellingsMissed) out.push(`    ${m.file}:${m.line} ${m.misspelling} → ${m.correction} fired [${m.fired.join(',')}]`);
    out.push('  Grammar slips missed (locked split not listed)');
    for (const m of p.slipsMissed) out.push(`    ${m.file}:${m.line} [${m.rule}] fired [${m.fired.join(',')}] ${m.sentence}`);
    out.push('  Grammar traps flagged (locked split not listed)');
    for (const t of p.trapsFlagged) out.push(`    ${t.file}:${t.line} [${t.rule}] fired [${t.fired.join(',')}] ${t.sentence}`);
  }
  return out;
}

/** The thresholds not met, each saying which number misses which target; a missing list is not checked. */
export function proofreadingFailures(p: ProofreadingResults, t: ProofreadingThresholds): string[] {
  const failures: string[] = [];
  const target = (x: number) => `${(x * 100).toFixed(1)}%`;
  const check = (s: Split | null, limit: number | undefined, what: string, most: boolean) => {
    if (!s || limit === undefined || s.all.n === 0) return;
    const r = s.all.rate ?? 0;
    if (most ? r > limit : r < limit) failures.push(`proofreading: ${what} ${cell(s.all)} ${most ? '>' : '<'} ${target(limit)}`);
  };
  check(p.summary.fieldWordsFlagged, t.maxFieldWordsFlagged, 'field words flagged', true);
  check(p.summary.misspellingsCaught, t.minMisspellingsCaught, 'misspellings caught', false);
  check(p.summary.slipsCaught, t.minSlipsCaught, 'grammar slips caught', false);
  check(p.summary.trapsFlagged, t.maxTrapsFlagged, 'grammar traps flagged', true);
  return failures;
}
