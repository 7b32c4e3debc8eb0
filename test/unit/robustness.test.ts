/**
 * Inputs a writer never means to give the coach, which must still come back
 * quickly and calmly: huge files, one enormous line, a binary file opened as
 * text, broken front matter, and user strings full of regular-expression syntax.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { analyze, type AnalysisResult, type AnalyzeOptions, DEFAULT_MAX_LENGTH } from '../../server/src/engine';
import { testDictionary } from '../helpers/dictionary';
import { REPO_ROOT } from '../helpers/paths';

/**
 * Generous: only the first 200,000 characters are read, and reading that much
 * prose cold takes 1–4 s on the 2-core CI machine while other work runs.
 * A regression to "reads the whole file" or to quadratic work blows well past it.
 */
const BUDGET_MS = 8000;

function timed(text: string, options: AnalyzeOptions = {}): { result: AnalysisResult; ms: number } {
  const start = performance.now();
  const result = analyze(text, options);
  return { result, ms: performance.now() - start };
}

/** Deterministic bytes (a linear congruential generator), NUL and every other value included. */
function randomBytes(length: number, seed: number): Buffer {
  const bytes = Buffer.alloc(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (Math.imul(state, 1103515245) + 12345) >>> 0;
    bytes[i] = state >>> 24;
  }
  return bytes;
}

/** Distinct paragraphs of letter prose, so no cache makes the big document cheap. */
function prose(chars: number, separator: string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < chars; i++) {
    const p =
      `In quarter ${(i % 4) + 1} of year ${2000 + (i % 25)} I rebuilt forecast ${i} for ${i % 97} stores, and overstock fell ${i % 41}%. ` +
      `I am a team player who shipped model ${i * 7} at ${i % 300} ms p99 for client ${i % 13}.`;
    parts.push(p);
    length += p.length + separator.length;
  }
  return parts.join(separator);
}

function assertTooLong(text: string, result: AnalysisResult): void {
  const tooLong = result.findings.filter((f) => f.ruleId === 'document-too-long');
  assert.equal(tooLong.length, 1, 'one document-too-long finding');
  const at = tooLong[0]!.offset;
  assert.ok(at <= DEFAULT_MAX_LENGTH && at >= DEFAULT_MAX_LENGTH * 0.9, `reading stops near ${DEFAULT_MAX_LENGTH}, not at ${at}`);
  for (const f of result.findings) {
    assert.ok(f.offset >= 0 && f.offset + f.length <= text.length, `${f.ruleId} inside the document`);
    if (f.ruleId !== 'document-too-long') assert.ok(f.offset + f.length <= at, `${f.ruleId} at ${f.offset} lies in the part that was read`);
  }
}

describe('robustness: size', function () {
  this.timeout(BUDGET_MS * 4); // the budget assertion, not mocha, should report a slow run

  it('a 5 MB document returns within the budget, checked up to maxLength and saying so', () => {
    const text = prose(5 * 1024 * 1024, '\n\n');
    const { result, ms } = timed(text);
    assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms`);
    assertTooLong(text, result);
    assert.ok(result.stats.words > 10_000, 'the part that was read is checked');
    assert.ok(
      result.findings.some((f) => f.ruleId === 'self-assessed-trait'),
      'rules still report in the part read',
    );
  });

  it('a 1 MB single line returns within the budget, cut at maxLength', () => {
    const text = prose(1024 * 1024, ' ');
    assert.ok(!text.includes('\n'));
    const { result, ms } = timed(text);
    assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms`);
    assertTooLong(text, result);
    assert.equal(result.findings.find((f) => f.ruleId === 'document-too-long')!.offset, DEFAULT_MAX_LENGTH, 'no line break to stop at');
  });

  it('a binary file decoded as text returns within the budget, in Markdown and plain text', () => {
    const bytes = randomBytes(300 * 1024, 7);
    assert.ok(bytes.includes(0), 'the bytes include NUL');
    const text = bytes.toString('utf8');
    for (const format of ['markdown', 'plaintext'] as const) {
      const { result, ms } = timed(text, { format });
      assert.ok(ms < BUDGET_MS, `${format} took ${Math.round(ms)} ms`);
      assert.deepEqual(result.failures, [], `${format}: no rule threw`);
      assertTooLong(text, result);
    }
  });

  it('a real binary file (the PNG icon) decoded as text is checked without trouble', () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, 'images', 'icon.png')).toString('utf8');
    const { result, ms } = timed(text);
    assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms`);
    assert.deepEqual(result.failures, []);
    for (const f of result.findings) assert.ok(f.offset >= 0 && f.offset + f.length <= text.length);
  });

  it('a document exactly maxLength long is read whole', () => {
    const text = prose(DEFAULT_MAX_LENGTH, '\n\n').slice(0, DEFAULT_MAX_LENGTH);
    assert.equal(text.length, DEFAULT_MAX_LENGTH);
    assert.equal(analyze(text).findings.filter((f) => f.ruleId === 'document-too-long').length, 0);
    const longer = text + 'x';
    assert.equal(analyze(longer).findings.filter((f) => f.ruleId === 'document-too-long').length, 1);
  });

  // Once quadratic: an e-mail pattern retried from every position of a long run with no "@".
  it('a 1 MB single line with no spaces (a hash, a hex dump) returns within the budget', () => {
    const { result, ms } = timed('a'.repeat(1024 * 1024));
    assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms`);
    assert.equal(result.findings.filter((f) => f.ruleId === 'document-too-long').length, 1);
  });

  // Once a RangeError: Markdown nested thousands of levels deep overflowed the parser's stack.
  it('deeply nested Markdown (5,000 ">" or "- " levels) is analysed without throwing', () => {
    for (const text of [
      '>'.repeat(5000) + ' I am a team player.',
      '- '.repeat(5000) + 'I am a team player.',
      '*'.repeat(10000) + 'a' + '*'.repeat(10000),
    ]) {
      const { ms } = timed(text);
      assert.ok(ms < BUDGET_MS, `took ${Math.round(ms)} ms`);
    }
  });
});

describe('robustness: malformed front matter', () => {
  const BODY = '\n\nI am a team player.';
  const cases: Array<{ name: string; frontMatter: string; line: number; text?: string }> = [
    { name: 'an unclosed bracket', frontMatter: '---\ntarget: [250\n---', line: 1 },
    { name: 'an unclosed quote', frontMatter: '---\ncompany: "Acme\nindustry: tech\n---', line: 2 },
    { name: 'a repeated key', frontMatter: '---\ntarget: 250\ntarget: 300\n---', line: 2 },
    { name: 'a tab used for indentation', frontMatter: '---\n\tcompany: Acme\n---', line: 1 },
    { name: 'bad indentation', frontMatter: '---\n  target: 250\n bad: indent\n---', line: 2 },
    { name: 'a list instead of key: value lines', frontMatter: '---\n- target\n- 250\n---', line: 1 },
    { name: 'a target that is not a number', frontMatter: '---\ntarget: two hundred\n---', line: 1, text: 'two hundred' },
    { name: 'an unknown industry', frontMatter: '---\nindustry: space\n---', line: 1, text: 'space' },
    { name: 'CRLF line ends', frontMatter: '---\r\ncompany: Acme\r\ntarget: [250\r\n---', line: 2 },
  ];
  for (const c of cases) {
    it(`${c.name}: exactly one invalid-front-matter finding, at its line; the letter is still checked with the defaults`, () => {
      const text = c.frontMatter + BODY;
      const result = analyze(text);
      const problems = result.findings.filter((f) => f.ruleId === 'invalid-front-matter');
      assert.equal(problems.length, 1, JSON.stringify(problems.map((p) => p.message)));
      const problem = problems[0]!;
      const closing = text.lastIndexOf('---', c.frontMatter.length);
      assert.ok(problem.offset > 3 && problem.offset + problem.length <= closing, `inside the block: ${problem.offset}+${problem.length}`);
      assert.equal(text.slice(0, problem.offset).split('\n').length - 1, c.line, `on line ${c.line + 1}`);
      if (c.text) assert.equal(problem.text, c.text);
      assert.ok(problem.message.length > 0);
      assert.equal(result.stats.target, 250, 'the default target applies');
      assert.ok(
        result.findings.some((f) => f.ruleId === 'self-assessed-trait'),
        'the body is still checked',
      );
    });
  }
});

describe('robustness: user strings are never regular expressions', () => {
  const METACHARACTERS = ['(a+)+$', '[', '.*', '\\d+', '^', '$', '(?<x>', '\\', 'a{1,99999}', '+', '?', '|', ')'];

  it('phrases full of regex syntax neither throw nor hang, and match only as words', () => {
    const phrases = [...METACHARACTERS.map((phrase) => ({ phrase })), { phrase: 'C++ wizard', replacement: '$1 engineer $&' }];
    const text = `I am a C++ wizard. ${'a'.repeat(40)}! Anything goes, 42 times. aaaa aa`;
    const { result, ms } = timed(text, { phrases });
    assert.ok(ms < 1000, `took ${Math.round(ms)} ms (a compiled "(a+)+$" would backtrack for ever)`);
    const flagged = result.findings.filter((f) => f.ruleId === 'custom-phrase');
    assert.ok(!flagged.some((f) => /^a{2,}$/.test(f.text)), 'runs of "a" are not flagged');
    assert.ok(!flagged.some((f) => f.text === '42' || f.text.startsWith('Anything')), '".*" and "\\d+" do not act as patterns');
    const wizard = flagged.find((f) => f.text === 'C++ wizard');
    assert.ok(wizard, 'the literal phrase is found');
    assert.equal(wizard.fixes[0]?.edits[0]?.newText, '$1 engineer $&', 'the replacement is used as written');
  });

  // "$&" in the flagged text was once read as a replacement pattern.
  it('a flagged text containing "$&" appears in the message as written', () => {
    const text = 'We made cost $& savings.';
    const finding = analyze(text, { phrases: [{ phrase: 'cost savings', message: 'Avoid {phrase}.' }] }).findings.find(
      (f) => f.ruleId === 'custom-phrase',
    );
    assert.equal(finding?.message, 'Avoid cost $& savings.');
  });

  it('ignored texts with regex syntax neither throw nor match more than themselves', () => {
    const text = 'I am a team player.';
    const flagged = (ignore: AnalyzeOptions['ignore']) => analyze(text, { ignore }).findings.filter((f) => f.ruleId === 'self-assessed-trait');
    for (const pattern of METACHARACTERS) assert.equal(flagged([{ rule: 'self-assessed-trait', text: pattern }]).length, 1, pattern);
    assert.equal(flagged([{ rule: 'self-assessed-trait', text: 'team.player' }]).length, 1, '"." is a dot, not any character');
    assert.equal(flagged([{ rule: 'self-assessed-trait', text: 'team player' }]).length, 0, 'the exact text is ignored');
    assert.equal(flagged([{ rule: '.*', text: 'team player' }]).length, 1, 'a rule id is not a pattern either');
  });

  it('ignore comments with regex syntax in their rule ids neither throw nor silence other rules', () => {
    const text = '<!-- coach-disable-file (a+)+$ [ .* self-.* -->\nI am a team player.';
    assert.equal(analyze(text).findings.filter((f) => f.ruleId === 'self-assessed-trait').length, 1);
  });

  it('dictionary words with regex syntax accept only themselves', () => {
    const spelling = testDictionary();
    const text = 'I recieved the award.';
    const misspelled = (words: string[]) =>
      analyze(text, { spelling, words })
        .findings.filter((f) => f.ruleId === 'spelling')
        .map((f) => f.text);
    assert.deepEqual(misspelled(['.*', 'rec.eved', 'recie[a-z]+', ...METACHARACTERS]), ['recieved']);
    assert.deepEqual(misspelled(['recieved']), []);
  });

  it('no user-supplied string reaches the RegExp constructor or a string method that compiles one', () => {
    const MARK = 'zqxv';
    const OriginalRegExp = RegExp;
    const seen: string[] = [];
    const record = (pattern: unknown) => {
      if (typeof pattern === 'string') seen.push(pattern);
      else if (pattern instanceof OriginalRegExp) seen.push(pattern.source);
    };
    const proto = String.prototype as unknown as Record<'match' | 'matchAll' | 'search', (this: string, p: unknown) => unknown>;
    const originals = { match: proto.match, matchAll: proto.matchAll, search: proto.search };
    globalThis.RegExp = new Proxy(OriginalRegExp, {
      construct(target, args: [string | RegExp, string?]) {
        record(args[0]);
        return Reflect.construct(target, args);
      },
      apply(target, thisArg, args: [string | RegExp, string?]) {
        record(args[0]);
        return Reflect.apply(target, thisArg, args);
      },
    });
    for (const name of ['match', 'matchAll', 'search'] as const) {
      const original = originals[name];
      proto[name] = function (this: string, pattern: unknown) {
        if (typeof pattern === 'string') record(pattern); // a string here is compiled as a pattern
        return original.call(this, pattern);
      };
    }
    try {
      const text = [
        '---',
        `company: ${MARK}(a+)+ Corp`,
        '---',
        '',
        `Dear ${MARK}[ team,`,
        '',
        `I am a ${MARK}.* wizard and a team player at ${MARK}(a+)+ Corp. I cut p99 latency 40% for 3M users.`,
        '',
        'Best,',
        'Jo',
      ].join('\n');
      analyze(text, {
        phrases: [{ phrase: `${MARK}.* wizard`, replacement: `${MARK}$1`, message: `${MARK}[ {phrase}` }],
        ignore: [{ rule: 'hedging', text: `${MARK}(a+)+$` }],
        words: [`${MARK}[a-z]+`],
        job: { text: `Company: ${MARK}(a+)+ Corp\n\nWe are hiring a Machine Learning Engineer who knows ${MARK}[ and PyTorch.` },
        spelling: testDictionary(),
      });
    } finally {
      globalThis.RegExp = OriginalRegExp;
      Object.assign(proto, originals);
    }
    const leaked = seen.filter((source) => source.toLowerCase().includes(MARK));
    assert.deepEqual(leaked, [], 'a user-supplied string was compiled as a regular expression');
  });
});

describe('robustness: words that name what every JavaScript object has', () => {
  // "constructor" is a word a software engineer writes; looked up in a plain object, it finds
  // the object's own constructor function, and a rule that takes that for an entry throws or misfires.
  const NAMES = Object.getOwnPropertyNames(Object.prototype).filter((name) => /^[a-z_]+$/i.test(name));
  const FRAMES = [
    'I wrote the {w} for the class.',
    'I {w} the model every night.',
    'We {w} it, and they {w} it too.',
    'There is {w} in the code, and these {w} was fixed.',
    'My {w} is that tests come first, and I am {w} in them.',
    'I would {w} to help, and I been {w} since May.',
    'It is a {w} and an {w}, not the {w} of the team.',
    '{w}. {w} was the hard part (and the {w} fix.',
    'Dear {w},',
  ];

  it('neither throw nor raise a finding on the word', () => {
    const spelling = testDictionary();
    for (const name of NAMES) {
      const text = FRAMES.map((frame) => frame.replaceAll('{w}', name)).join('\n\n');
      const result = analyze(text, { spelling, words: NAMES });
      assert.deepEqual(result.failures, [], `"${name}" made a rule fail`);
      const onTheWord = result.findings.filter((f) => f.text.includes(name) && f.ruleId !== 'spelling');
      assert.deepEqual(
        onTheWord.filter((f) => ['a-or-an', 'subject-verb-agreement', 'missing-auxiliary', 'word-form', 'confused-word'].includes(f.ruleId)),
        [],
        `"${name}" was read as a known word`,
      );
    }
  });
});
