/**
 * Time that grows with the input no faster than the input (issue 18, "time
 * without bounds"): a fuzz test of the engine and of its patterns over
 * generated long runs (spaces, tabs, brackets, one character repeated, nested
 * markup, a long word, a long job description, front matter, a long phrase
 * list), and the probe's own hostile inputs at the sizes that once took from
 * seconds to minutes.
 *
 * This is a growth test, not a timed threshold: for each input the size is
 * doubled until one run takes long enough for the timer to matter, then the
 * time at 2n (the fastest of a few runs, caches emptied before each) must stay
 * within `MAX_RATIO` of the time at n. Quadratic work gives 4, cubic 8.
 */
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyze, type AnalyzeOptions } from '../../server/src/engine';
import { removalEdit } from '../../server/src/engine/checks/edits';
import { resetCaches } from '../../server/src/engine/memory/caches';
import { paragraphShape } from '../../server/src/engine/structure/sentences';
import { readSuppressions } from '../../server/src/engine/suppression';
import { readJobDescription } from '../../server/src/engine/tailoring/jobDescription';
import { readFrontMatter } from '../../server/src/engine/text/frontMatter';
import { testDictionary } from '../helpers/dictionary';

/** Time at 2n over time at n, at most: linear is 2, with room for a noisy 2-core machine. */
const MAX_RATIO = 3;
/**
 * A run at n must take at least this long before its growth is judged: below
 * it, a quadratic step with a large linear part still looks linear (spelling
 * suggestions for a long word grew ×1.7 from 256 to 512 letters, ×5.7 from
 * 1,024 to 2,048).
 */
const MIN_MS = 100;
/** Runs per size; the fastest counts. */
const RUNS = 3;

function fastest(run: () => void): number {
  let best = Infinity;
  for (let i = 0; i < RUNS; i++) {
    resetCaches();
    const t = performance.now();
    run();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

/**
 * Doubles `n` from `start` until a run takes `MIN_MS` more than the run at 0
 * (the rest of the letter, read cold), then compares that extra time at 2n with
 * the extra time at n.
 */
function assertLinear(make: (n: number) => () => void, start: number, maxN: number): void {
  const base = fastest(make(0));
  let n = start;
  let t = fastest(make(n)) - base;
  while (t < MIN_MS && n * 2 <= maxN) {
    n *= 2;
    t = fastest(make(n)) - base;
  }
  let t2 = fastest(make(2 * n)) - base;
  // A garbage collection or another process landing in every run at one size is noise, not growth:
  // measure both sizes again, up to twice. Quadratic growth fails every time.
  for (let retry = 0; retry < 2 && t2 > MAX_RATIO * t; retry++) {
    t = Math.min(t, fastest(make(n)) - base);
    t2 = Math.min(t2, fastest(make(2 * n)) - base);
  }
  // Both sizes too fast to tell from timer noise (a bound such as `maxN` was reached): nothing grew.
  if (t2 < MIN_MS) return;
  const ratio = t2 / Math.max(t, 1);
  assert.ok(ratio <= MAX_RATIO, `n = ${n}: ${t.toFixed(1)} ms over ${base.toFixed(1)} ms, 2n: ${t2.toFixed(1)} ms (×${ratio.toFixed(2)})`);
}

/** Large enough that the engine reads every generated input whole. */
const WHOLE: AnalyzeOptions = { maxLength: 10_000_000 };

function analyzing(text: (n: number) => string, options: (n: number) => AnalyzeOptions = () => ({})): (n: number) => () => void {
  return (n) => {
    const t = text(n);
    // With the spelling dictionary, as the editor checks: a long word once went to its compound rules whole.
    const o = { ...WHOLE, spelling: testDictionary(), ...options(n) };
    return () => void analyze(t, o);
  };
}

const LETTER = 'Dear Ms. Rivera,\n\nI built the feature store.\n\nI cut costs by 30%.\n\nBest regards,\nSam\n';

/** Generated long runs, each placed inside a letter's prose. */
const RUNS_OF: ReadonlyArray<[string, (n: number) => string]> = [
  ['spaces before a hedge', (n) => `It scaled${' '.repeat(n)}well, maybe.`],
  ['tabs before a hedge', (n) => `It scaled${'\t'.repeat(n)}well, maybe.`],
  ['spaces and a comma before a hedge', (n) => `It scaled${' '.repeat(n)},${' '.repeat(n)}I think.`],
  ['an unclosed [', (n) => `[${'a'.repeat(n)}`],
  ['[ repeated', (n) => '['.repeat(n)],
  ['< repeated', (n) => '<'.repeat(n)],
  ['an unclosed <', (n) => `<${'a'.repeat(n)}`],
  ['{{ repeated', (n) => '{{'.repeat(n)],
  ['an unclosed {{', (n) => `{{${'a '.repeat(n)}`],
  ['one letter repeated (a long word)', (n) => `I built ${'k'.repeat(n)} here.`],
  ['- repeated', (n) => `I built ${'-'.repeat(n)} here.`],
  ['** repeated', (n) => '**'.repeat(n)],
  ['**word repeated', (n) => '**a '.repeat(n)],
  ['_ repeated', (n) => '_'.repeat(n)],
  ['<!-- repeated', (n) => '<!--'.repeat(n)],
  ['<!-- coach-disable repeated', (n) => '<!-- coach-disable '.repeat(n)],
  ['well-known repeated', (n) => 'well-known '.repeat(n)],
  ['a sentence repeated', (n) => 'I think I am a team player. '.repeat(n)],
  ['a: b lines', (n) => 'a: b\n'.repeat(n)],
  // The phrase language's gaps and the class checks built on it.
  ['auxiliaries before a participle', (n) => `The model ${'was '.repeat(n)}successfully deployed.`],
  ['adverbs inside a pattern', (n) => `I contributed to the ${'really '.repeat(n)}development of it.`],
  ['a hedge repeated', (n) => 'I think that I might perhaps '.repeat(n)],
  ['a waiting closer repeated', (n) => 'I look forward to hearing from you soon and '.repeat(n)],
  ['an announcement repeated', (n) => 'I am writing to apply for the role and '.repeat(n)],
  ['a tool list', (n) => `I know ${'Python, '.repeat(n)}and SQL.`],
  ['one line per sentence', (n) => 'I built the feature store.\n'.repeat(n)],
  ['hard-wrapped prose', (n) => 'I built the feature store and it\nserved the ranking team well,\n'.repeat(n)],
];

describe('linear growth (issue 18)', function () {
  this.timeout(60_000);

  describe('analyze over generated long runs', () => {
    for (const [name, run] of RUNS_OF) {
      it(name, () =>
        assertLinear(
          analyzing((n) => LETTER.replace('I cut costs', `${run(n)} I cut costs`)),
          256,
          1 << 20,
        ),
      );
    }

    it('a salutation line of addressees', () =>
      assertLinear(
        analyzing((n) => LETTER.replace('Dear Ms. Rivera,', `Dear ${'Sir or Madam and '.repeat(n)}team,`)),
        256,
        1 << 18,
      ));

    it('front matter of a: b lines', () =>
      assertLinear(
        analyzing((n) => `---\n${'a: b\n'.repeat(n)}---\n${LETTER}`),
        256,
        1 << 20,
      ));

    it('a job description of Data repeated', () =>
      assertLinear(
        analyzing(
          () => LETTER,
          (n) => ({ job: { text: 'Data '.repeat(n) } }),
        ),
        256,
        1 << 20,
      ));

    it('a job description with a Company: line of spaces', () =>
      assertLinear(
        analyzing(
          () => LETTER,
          (n) => ({ job: { text: `Company: a${' '.repeat(n)}b` } }),
        ),
        1024,
        1 << 22,
      ));

    it('a fresh list of project phrases on each check', () =>
      assertLinear(
        analyzing(
          () => LETTER,
          (n) => ({ phrases: Array.from({ length: n }, (_, i) => ({ phrase: `i word${i}` })) }),
        ),
        1024,
        1 << 15,
      ));
  });

  describe('the patterns on their own', () => {
    it('removal edits after a run of spaces', () =>
      assertLinear(
        (n) => {
          const text = `It scaled${' '.repeat(n)}, well, maybe.`;
          const start = text.indexOf('maybe');
          return () => {
            for (let i = 0; i < 20; i++) removalEdit(text, start, start + 5, 0);
          };
        },
        256,
        1 << 22,
      ));

    it('removal edits before a run of spaces', () =>
      assertLinear(
        (n) => {
          const text = `Maybe,${' '.repeat(n)}it scaled`;
          return () => {
            for (let i = 0; i < 20; i++) removalEdit(text, 0, 5, 0);
          };
        },
        256,
        1 << 22,
      ));

    it('control comments left open', () =>
      assertLinear(
        (n) => {
          const text = '<!-- coach-disable '.repeat(n);
          return () => void readSuppressions(text);
        },
        256,
        1 << 20,
      ));

    it('paragraph shapes of one long sentence', () =>
      assertLinear(
        (n) => {
          const text = 'well-known '.repeat(n);
          return () => void paragraphShape(text);
        },
        4096,
        1 << 18,
      ));

    it('job descriptions: role and company patterns', () =>
      assertLinear(
        (n) => {
          const text = `${'Data '.repeat(n)}\n\nCompany: a${' '.repeat(n)}b\n\nAbout A${' '.repeat(n)}x\n`;
          return () => void readJobDescription(text);
        },
        256,
        1 << 18,
      ));

    it('front matter', () =>
      assertLinear(
        (n) => {
          const text = `---\n${'a: b\n'.repeat(n)}---\nHello.\n`;
          return () => void readFrontMatter(text);
        },
        256,
        1 << 21,
      ));
  });

  describe('the probe’s inputs complete at its sizes', function () {
    const cases: ReadonlyArray<[string, string, AnalyzeOptions?]> = [
      ['It scaled + 8,000 spaces + well, maybe.', `It scaled${' '.repeat(8000)}well, maybe.`],
      ['[ + 199,999 letters', `[${'a'.repeat(199_999)}`],
      ['one 200,000-letter word', 'k'.repeat(200_000)],
      ['a job description of Data × 40,000', LETTER, { job: { text: 'Data '.repeat(40_000) } }],
      ['Company: a + 100,000 spaces + b', LETTER, { job: { text: `Company: a${' '.repeat(100_000)}b` } }],
      ['well-known × 18,000', 'well-known '.repeat(18_000)],
      ['<!-- coach-disable × 10,000', '<!-- coach-disable '.repeat(10_000)],
      ['5 MB of a: b lines', `---\n${'a: b\n'.repeat(1_000_000)}---\n${LETTER}`],
      ['20,000 project phrases', LETTER, { phrases: Array.from({ length: 20_000 }, (_, i) => ({ phrase: `i word${i}` })) }],
    ];
    for (const [name, text, options] of cases) {
      it(name, () => {
        resetCaches();
        const result = analyze(text, { spelling: testDictionary(), ...options });
        assert.ok(Array.isArray(result.findings));
      });
    }
  });
});
