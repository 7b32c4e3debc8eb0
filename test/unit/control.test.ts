/** Silencing findings inside the letter: ignore comments and remembered occurrences. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';

const ids = (text: string, options = {}) => analyze(text, options).findings.map((f) => f.ruleId);

describe('ignore comments', () => {
  it('coach-disable-file with an id silences that rule only', () => {
    const text = '<!-- coach-disable-file self-assessed-trait -->\n\nI am a team player and passionate.';
    assert.deepEqual(ids(text).sort(), ['passion-cliche']);
  });

  it('coach-disable-file without an id silences every rule', () => {
    assert.deepEqual(ids('<!-- coach-disable-file -->\nI am a team player and passionate.'), []);
  });

  it('a rule coach-disable-file turns off does not run at all', () => {
    // A dictionary that fails when asked: had the spelling rule run, the failure would be reported.
    const spelling = {
      correct: (): boolean => {
        throw new Error('spelling ran');
      },
      suggest: (): string[] => [],
    };
    const text = 'I shipped the ranker in Febuary.';
    assert.equal(analyze(text, { spelling }).failures.length, 1, 'the failing dictionary is reached without the comment');
    assert.deepEqual(analyze(`<!-- coach-disable-file spelling -->\n\n${text}`, { spelling }).failures, []);
    assert.deepEqual(analyze(`<!-- coach-disable-file -->\n\n${text}`, { spelling }).failures, []);
  });

  it('coach-disable … coach-enable silences a region', () => {
    const text = [
      'I am a team player.',
      '',
      '<!-- coach-disable self-assessed-trait -->',
      'I am a fast learner.',
      '<!-- coach-enable self-assessed-trait -->',
      '',
      'I am a self-starter.',
    ].join('\n');
    const flagged = analyze(text)
      .findings.filter((f) => f.ruleId === 'self-assessed-trait')
      .map((f) => f.text);
    assert.deepEqual(flagged, ['team player', 'self-starter']);
  });

  it('coach-disable-next-line silences the next line only', () => {
    const text = '<!-- coach-disable-next-line passion-cliche, self-assessed-trait -->\nI am passionate.\n\nI am passionate.';
    const found = analyze(text).findings.filter((f) => f.ruleId === 'passion-cliche');
    assert.equal(found.length, 1);
    assert.ok(found[0]!.offset > text.indexOf('\n\n'));
  });

  it('works in plain text too', () => {
    assert.deepEqual(ids('<!-- coach-disable-file -->\nI am passionate.', { format: 'plaintext' }), []);
  });

  it('an unclosed coach-disable runs to the end', () => {
    const found = ids('I am a team player.\n\n<!-- coach-disable -->\nI am passionate.');
    assert.ok(found.includes('self-assessed-trait') && !found.includes('passion-cliche'));
  });
});

describe('ignored occurrences', () => {
  it('drop a finding by rule and text, and only that one', () => {
    const text = 'I am a team player and a fast learner.';
    const kept = analyze(text, { ignore: [{ rule: 'self-assessed-trait', text: 'team player' }] }).findings.map((f) => f.text);
    assert.deepEqual(kept, ['fast learner']);
  });

  it('survive the text being re-wrapped', () => {
    const sentence = 'I have experience with TensorFlow, PyTorch, Keras and JAX.';
    const first = analyze(sentence).findings.find((f) => f.ruleId === 'tool-list-dump')!;
    const wrapped = sentence.replace('PyTorch, ', 'PyTorch,\n');
    const after = analyze(wrapped, { ignore: [{ rule: 'tool-list-dump', text: first.text }] }).findings;
    assert.equal(after.filter((f) => f.ruleId === 'tool-list-dump').length, 0);
  });

  it('do not hide the same text under another rule', () => {
    const found = ids('I am a team player.', { ignore: [{ rule: 'buzzword', text: 'team player' }] });
    assert.ok(found.includes('self-assessed-trait'));
  });
});
