/**
 * Property-based tests (fast-check) over generated and mutated letters: the
 * engine never throws, every range and every fix is a valid piece of the
 * document, fix-all settles within three rounds, offsets survive CRLF, tabs,
 * emoji and combining marks, and the caches never change a result.
 *
 * Bounded so the file runs in a few seconds: small texts, a few hundred runs.
 * A failure prints the seed and the shrunk counterexample; rerun it with
 * `fc.assert(..., { seed, path })`.
 *
 * The runs use a fixed seed, so a test run is repeatable and CI judges the same
 * inputs every time; set FC_SEED to another number (or "random") to explore.
 */
import * as assert from 'node:assert/strict';
import * as fc from 'fast-check';
import { analyze, type AnalysisResult, type AnalyzeOptions, applyEdits, fixAllEdits, type TextEdit } from '../../server/src/engine';
import { resetCaches } from '../../server/src/engine/memory/caches';
import { testDictionary } from '../helpers/dictionary';

const RUNS = 300;

const seedSetting = process.env.FC_SEED ?? '20261122';
if (seedSetting !== 'random') fc.configureGlobal({ seed: Number(seedSetting) });

// --- fragments ------------------------------------------------------------------

const WEAK = [
  'I am a team player.',
  'I am passionate about machine learning.',
  'I think I would be a great fit.',
  'I leveraged cutting-edge tools in order to deliver synergy.',
  'I helped with the migration and was responsible for the model.',
  'I have exposure to Spark, Airflow, Kafka, dbt and Ray.',
  'I improved accuracy by 3%.',
  'I look forward to hearing from you.',
  'I am writing to apply for the role.',
  'Although I do not have a PhD, I placed in the top 5% on Kaggle.',
  'We utilize a number of the the models.',
  'The model was deployed by the team.',
  'I have hands-on skills in LLMs, RAG, agents and prompt engineering.',
  'I am the perfect fit and a fast learner.',
];

const STRONG = [
  'I rebuilt the demand forecast for 140 stores and overstock fell 17%.',
  'Moving retraining to nightly cut forecast error 11% and saved $2.4M.',
  'Could we find 30 minutes next week?',
  'p99 latency fell from 180 ms to 42 ms on A10G GPUs.',
  'Our churn model now pages me before the analysts notice drift.',
];

const MARKDOWN = [
  '**bold claim**',
  '_emphasis_',
  '[our post](https://example.com/post)',
  '`inline code`',
  '```\nI am passionate about code\n```',
  '    indented code line',
  '- a list item',
  '1. an ordered item',
  '# A heading',
  '> a quotation',
  '<div>html</div>',
  '![image](pic.png)',
  'https://example.com/x',
  'name@example.com',
  '---',
  '***',
  '| a | b |\n|---|---|\n| 1 | 2 |',
  '<!-- an unclosed comment',
  '```unclosed fence',
];

const PLACEHOLDERS = ['[Company Name]', '[X]%', '[Your Name]', '<Company>', '{{role}}', '[production metric, e.g. p99 latency]'];

const IGNORE_COMMENTS = [
  '<!-- coach-disable-file -->',
  '<!-- coach-disable-file hedging -->',
  '<!-- coach-disable passion-cliche -->',
  '<!-- coach-enable passion-cliche -->',
  '<!-- coach-disable -->',
  '<!-- coach-enable -->',
  '<!-- coach-disable-next-line -->',
  '<!-- coach-disable-next-line self-assessed-trait, hedging -->',
];

const UNICODE = [
  '🚀',
  '👩‍💻',
  '🇬🇧',
  'e\u0301',
  'n\u0303a\u0308',
  'Café',
  'naïve',
  'Zürich',
  '東京',
  'Ωmega',
  '\u200b',
  '\u00a0',
  '\ufeff',
  '’',
  '“quoted”',
  '\t',
  'x\uD800y',
  '\uDC00',
];

const FRONT_MATTER = [
  '',
  '---\ntarget: 250\nindustry: tech\ncompany: Acme Robotics\n---\n\n',
  '---\nlength: senior\n---\n\n',
  '---\ntarget: [250\n---\n\n',
  '---\ntarget: two hundred\n---\n\n',
  '---\nindustry: space\n---\n\n',
  '---\n- just\n- a list\n---\n\n',
  '---\n: : :\n\t- bad\n---\n\n',
  '---\ntarget: 250\n', // never closed: not front matter
  '\ufeff---\ncompany: Byte Order\n---\n\n',
];

const SEPARATORS = ['\n\n', '\r\n\r\n', '\n', '\r\n', ' ', '\t', '  \n', '\n\n\n'];

const fragment: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...WEAK) },
  { weight: 3, arbitrary: fc.constantFrom(...STRONG) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN) },
  { weight: 1, arbitrary: fc.constantFrom(...PLACEHOLDERS) },
  { weight: 1, arbitrary: fc.constantFrom(...IGNORE_COMMENTS) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: fc.constantFrom('\uD83D', '\uDE80', '\u0301', '\r', '\n', '`', '<', '-', '*', '#'), maxLength: 6 }) },
);

const body: fc.Arbitrary<string> = fc
  .array(fc.tuple(fragment, fc.constantFrom(...SEPARATORS)), { maxLength: 14 })
  .map((parts) => parts.map(([f, s]) => f + s).join(''));

/** A letter: front matter, salutation, body and sign-off, each optional; perhaps all CRLF. */
const letter: fc.Arbitrary<string> = fc
  .record({
    frontMatter: fc.constantFrom(...FRONT_MATTER),
    salutation: fc.constantFrom('', 'Dear Priya,\n\n', 'To whom it may concern,\n\n', 'Dear [Hiring Manager],\n\n'),
    body,
    signOff: fc.constantFrom('', '\n\nBest,\nJordan Lee', '\n\nSincerely,\n[Your Name]\n'),
    crlf: fc.boolean(),
  })
  .map(({ frontMatter, salutation, body: b, signOff, crlf }) => {
    const text = frontMatter + salutation + b + signOff;
    return crlf ? text.replace(/\r?\n/g, '\r\n') : text;
  });

type Mutation =
  { kind: 'insert'; at: number; text: string } | { kind: 'delete'; at: number; length: number } | { kind: 'duplicate'; at: number; length: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), text: fragment }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 40 }) }),
  fc.record({ kind: fc.constant('duplicate' as const), at: fc.nat(), length: fc.integer({ min: 1, max: 60 }) }),
);

function mutate(text: string, mutations: readonly Mutation[]): string {
  let result = text;
  for (const m of mutations) {
    const at = result.length === 0 ? 0 : m.at % (result.length + 1);
    if (m.kind === 'insert') result = result.slice(0, at) + m.text + result.slice(at);
    else if (m.kind === 'delete') result = result.slice(0, at) + result.slice(at + m.length);
    else result = result.slice(0, at) + result.slice(at, at + m.length) + result.slice(at);
  }
  return result;
}

/** Generated letters, and the same letters cut, spliced and duplicated at random places. */
const document: fc.Arbitrary<string> = fc.oneof(
  letter,
  fc.tuple(letter, fc.array(mutation, { minLength: 1, maxLength: 5 })).map(([text, ms]) => mutate(text, ms)),
);

const format = fc.constantFrom<AnalyzeOptions['format']>('markdown', 'plaintext');

// --- checks ---------------------------------------------------------------------

const isHigh = (code: number) => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** True when `offset` falls between the two halves of a surrogate pair (an emoji cut in two). */
function splitsPair(text: string, offset: number): boolean {
  return offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
}

function assertRangesInside(text: string, result: AnalysisResult): void {
  for (const f of result.findings) {
    const where = `${f.ruleId} at ${f.offset}+${f.length} in ${JSON.stringify(text)}`;
    assert.ok(Number.isInteger(f.offset) && Number.isInteger(f.length), `integer range: ${where}`);
    assert.ok(f.offset >= 0 && f.length >= 0 && f.offset + f.length <= text.length, `range inside the document: ${where}`);
    assert.equal(f.text, text.slice(f.offset, f.offset + f.length), `finding text is the flagged span: ${where}`);
    assert.ok(!splitsPair(text, f.offset) && !splitsPair(text, f.offset + f.length), `range does not cut an emoji in two: ${where}`);
  }
}

function assertValidEdits(text: string, edits: readonly TextEdit[], what: string): void {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  sorted.forEach((edit, i) => {
    assert.ok(
      Number.isInteger(edit.offset) && edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= text.length,
      `${what}: edit ${JSON.stringify(edit)} inside ${JSON.stringify(text)}`,
    );
    assert.equal(typeof edit.newText, 'string');
    const next = sorted[i + 1];
    if (next) assert.ok(edit.offset + edit.length <= next.offset, `${what}: edits overlap in ${JSON.stringify(text)}`);
  });
}

// --- properties -----------------------------------------------------------------

describe('property: any letter', function () {
  this.timeout(20_000);

  it('is analysed without throwing, with every finding inside the document', () => {
    fc.assert(
      fc.property(document, format, (text, fmt) => {
        const result = analyze(text, { format: fmt });
        assertRangesInside(text, result);
        assert.deepEqual(result.failures, [], 'no rule threw');
        for (const [key, value] of Object.entries(result.stats)) {
          if (typeof value === 'number') assert.ok(Number.isFinite(value) && value >= 0, `stats.${key} = ${value}`);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('offers only fixes that are valid edits', () => {
    fc.assert(
      fc.property(document, format, (text, fmt) => {
        for (const finding of analyze(text, { format: fmt }).findings) {
          for (const fix of finding.fixes) {
            assert.ok(fix.title.length > 0, `${finding.ruleId} fix has a title`);
            assert.ok(fix.edits.length > 0, `${finding.ruleId} fix "${fix.title}" changes something`);
            assertValidEdits(text, fix.edits, `${finding.ruleId} fix "${fix.title}"`);
            applyEdits(text, fix.edits);
          }
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('settles under fix-all within three rounds', () => {
    fc.assert(
      fc.property(document, format, (original, fmt) => {
        let text = original;
        for (let round = 0; round < 3; round++) {
          const edits = fixAllEdits(analyze(text, { format: fmt }).findings);
          if (edits.length === 0) return;
          assertValidEdits(text, edits, `fix-all round ${round + 1}`);
          text = applyEdits(text, edits);
        }
        assert.deepEqual(fixAllEdits(analyze(text, { format: fmt }).findings), [], `still fixing after 3 rounds: ${JSON.stringify(original)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('gets the same result however warm the caches are', () => {
    fc.assert(
      fc.property(document, fc.array(mutation, { minLength: 1, maxLength: 3 }), format, (text, ms, fmt) => {
        const first = analyze(text, { format: fmt });
        analyze(mutate(text, ms), { format: fmt }); // fills the caches with the neighbouring text
        assert.deepEqual(analyze(text, { format: fmt }), first);
      }),
      { numRuns: 150 },
    );
  });

  it('re-checks an edited letter to exactly what a fresh analysis finds', () => {
    // Findings are remembered per paragraph and placed again where the paragraph
    // now stands; a keystroke must never leave a stale or misplaced finding.
    const spelling = testDictionary();
    const options = fc.constantFrom<AnalyzeOptions>(
      {},
      { spelling },
      { spelling, phrases: [{ phrase: 'team player', replacement: 'teammate' }], words: ['Priya'] },
      { format: 'plaintext', spelling },
    );
    fc.assert(
      fc.property(document, fc.array(mutation, { minLength: 1, maxLength: 3 }), options, (text, ms, opts) => {
        analyze(text, opts);
        let edited = text;
        for (const m of ms) {
          edited = mutate(edited, [m]);
          analyze(edited, opts); // each step re-uses what the step before remembered
        }
        // Another context in between (a company typed into the front matter, say) must not leak into this one.
        analyze(edited, { ...opts, words: ['Rivera'], phrases: [{ phrase: 'the model' }] });
        const remembered = analyze(edited, opts);
        resetCaches();
        assert.deepEqual(remembered, analyze(edited, opts), `after editing ${JSON.stringify(text)} into ${JSON.stringify(edited)}`);
      }),
      { numRuns: 200 },
    );
  });

  it('with the spelling dictionary, still offers only valid fixes', () => {
    const spelling = testDictionary();
    const words = fc.constantFrom('recieved', 'managment', 'shipped', 'teh', 'Kubernetes', 'naïve', 'e\u0301t\u00e9', '🚀ranker', 'colour', 'p99');
    const text = fc
      .array(fc.tuple(words, fc.constantFrom(' ', '. ', '\r\n\r\n', '\t', ', ')), { maxLength: 10 })
      .map((ps) => ps.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, (t) => {
        const result = analyze(t, { spelling });
        assertRangesInside(t, result);
        for (const f of result.findings) for (const fix of f.fixes) assertValidEdits(t, fix.edits, `${f.ruleId} fix`);
      }),
      { numRuns: 40 },
    );
  });
});

// --- offsets ------------------------------------------------------------------------

/** Prose with CRLF, tabs, emoji, combining marks and other multi-unit characters, but nothing a rule flags. */
const SAFE_WORDS = [
  'model',
  'latency',
  'Café',
  'naïve',
  'résumé',
  'Zürich',
  '東京',
  'data',
  'shipped',
  '42',
  '3.5%',
  'e\u0301',
  'n\u0303',
  '🚀',
  '👩‍💻',
  '🇬🇧',
  'Ωmega',
  '“quoted”',
  'it’s',
];
const safeLine = fc
  .tuple(
    fc.constantFrom(...SAFE_WORDS.filter((w) => /^\p{L}/u.test(w))),
    fc.array(fc.tuple(fc.constantFrom(' ', '\t', ' \t '), fc.constantFrom(...SAFE_WORDS)), { maxLength: 8 }),
  )
  .map(([first, rest]) => first + rest.map(([s, w]) => s + w).join(''));
const safePrefix = fc
  .array(fc.tuple(safeLine, fc.constantFrom('\n', '\r\n', '\n\n', '\r\n\r\n', '. ', '.\t')), { maxLength: 6 })
  .map((lines) => lines.map(([l, s]) => l + s).join(''));

const PLANTED = [
  { sentence: 'I am a team player.', phrase: 'team player', rule: 'self-assessed-trait' },
  { sentence: 'We adopted cutting-edge tooling.', phrase: 'cutting-edge', rule: 'buzzword' },
  { sentence: 'We built it in order to ship faster.', phrase: 'in order to', rule: 'wordy-phrase' },
  { sentence: 'I have exposure to Spark.', phrase: 'exposure to', rule: 'vague-experience' },
  { sentence: 'I helped with the launch.', phrase: 'helped with', rule: 'weak-ownership-verb' },
];

describe('property: offsets', () => {
  it('a weak phrase planted after any prefix of CRLF, tabs, emoji and combining marks is flagged exactly there', () => {
    fc.assert(
      fc.property(
        safePrefix,
        fc.constantFrom(...PLANTED),
        fc.constantFrom('\n\n', '\r\n\r\n', '. ', ' \t'),
        safePrefix,
        format,
        (prefix, planted, separator, suffix, fmt) => {
          // After a line break, leading blanks would indent the sentence into a Markdown code block.
          const before = prefix === '' ? '' : prefix + (/\n$/.test(prefix) ? separator.replace(/^[ \t]+/, '') : separator);
          const text = before + planted.sentence + (suffix === '' ? '' : '\r\n\r\n' + suffix);
          const offset = before.length + planted.sentence.indexOf(planted.phrase);
          const found = analyze(text, { format: fmt }).findings.filter((f) => f.ruleId === planted.rule);
          assert.ok(
            found.some((f) => f.offset === offset && f.length === planted.phrase.length && f.text === planted.phrase),
            `${planted.rule} on "${planted.phrase}" at ${offset} in ${JSON.stringify(text)}; got ${JSON.stringify(found.map((f) => [f.offset, f.text]))}`,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a fix applied after such a prefix replaces exactly the phrase', () => {
    fc.assert(
      fc.property(safePrefix, format, (prefix, fmt) => {
        const before = prefix === '' ? '' : prefix + '\n\n';
        const text = `${before}We utilize Spark daily.`;
        const finding = analyze(text, { format: fmt }).findings.find((f) => f.ruleId === 'wordy-phrase');
        assert.ok(finding, `wordy-phrase in ${JSON.stringify(text)}`);
        assert.equal(applyEdits(text, finding.fixes[0]!.edits), `${before}We use Spark daily.`);
      }),
      { numRuns: 150 },
    );
  });
});
