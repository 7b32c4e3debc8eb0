/** Pairing brackets and quotation marks (checks/bracketPairs.ts). */
import * as assert from 'node:assert/strict';
import { bracketProblems } from '../../server/src/engine/checks/bracketPairs';

const problems = (text: string): string[] => bracketProblems(text, 0, text.length).map((p) => `${p.kind} ${p.mark}@${p.at}`);

describe('bracketProblems', function () {
  it('finds an opener never closed, a closer with nothing open, and a bracket closed by another kind', function () {
    assert.deepEqual(problems('a (b c'), ['unclosed (@2']);
    assert.deepEqual(problems('a bc) c'), ['unopened )@4']);
    assert.deepEqual(problems('a (b] c'), ['mismatched ]@4']);
    assert.deepEqual(problems('a ([b) c'), ['unclosed [@3']);
    assert.deepEqual(problems('a “b c'), ['unclosed “@2']);
    assert.deepEqual(problems('a "b c'), ['unclosed "@2']);
  });

  it('does not count list numbers, smileys, inch marks, intervals or mixed quotation marks', function () {
    for (const text of [
      'goals: 1) ship, 2) train; a) data, b) model; i) speed, ii) accuracy; Q1) yes',
      'I would love to talk :) or :-( and ;)',
      'We bought 27" monitors and 27” screens; he is 6\'2" tall.',
      'values in [0, 1) and (0, 1]',
      'He said “yes" and "no”.',
      'Valid values are “utf8” or “ascii”, from version “2”.',
      'He called it ”the fix” and “the fix“.',
      'It (spans. Two sentences.) fine.',
      'code `a (b` here',
    ])
      assert.deepEqual(problems(text), [], text);
  });

  it('takes time in proportion to the text', function () {
    const time = (text: string): number => {
      const start = process.hrtime.bigint();
      bracketProblems(text, 0, text.length);
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    for (const unit of ['(', '([', '(]', '"', '“', ')', 'a) ']) {
      time(unit.repeat(20_000)); // warm up
      const small = time(unit.repeat(20_000));
      const large = time(unit.repeat(40_000));
      assert.ok(large < small * 4 + 20, `${unit}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms for twice the text`);
    }
  });
});
