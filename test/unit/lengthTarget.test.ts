/** Set Length Target's text edit: `target:` in the front matter, and the typed number. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { lengthTargetProblem, parseLengthTarget, setTargetEdit } from '../../shared/src/lengthTarget';
import { applyEdits } from '../helpers/applyEdits';

function withTarget(text: string, words: number): string {
  return applyEdits(text, [setTargetEdit(text, words)]);
}

/** The engine reads the new target from the front matter, and finds nothing wrong with it. */
function assertEngineReads(text: string, words: number): void {
  const result = analyze(text);
  assert.equal(result.stats.target, words);
  assert.equal(result.stats.targetSource, 'front matter');
  assert.deepEqual(
    result.findings.filter((f) => f.ruleId === 'invalid-front-matter'),
    [],
  );
}

describe('setTargetEdit', () => {
  it('adds a front matter block to a letter without one', () => {
    const text = 'Dear Priya,\n\nI shipped it.\n';
    const result = withTarget(text, 300);
    assert.equal(result, '---\ntarget: 300\n---\n\nDear Priya,\n\nI shipped it.\n');
    assertEngineReads(result, 300);
  });

  it('adds the block to an empty document without a trailing blank line', () => {
    assert.equal(withTarget('', 150), '---\ntarget: 150\n---\n');
  });

  it('keeps a byte order mark first', () => {
    const result = withTarget('\uFEFFDear Priya,\n', 250);
    assert.equal(result, '\uFEFF---\ntarget: 250\n---\n\nDear Priya,\n');
    assertEngineReads(result, 250);
  });

  it('adds a target line at the end of front matter that has none', () => {
    const text = '---\ncompany: Northwind\nindustry: tech\n---\n\nDear Priya,\n';
    const edit = setTargetEdit(text, 400);
    assert.deepEqual(edit, { offset: text.indexOf('---\n\nDear'), length: 0, newText: 'target: 400\n' });
    const result = applyEdits(text, [edit]);
    assert.equal(result, '---\ncompany: Northwind\nindustry: tech\ntarget: 400\n---\n\nDear Priya,\n');
    assertEngineReads(result, 400);
  });

  it('fills an empty front matter block', () => {
    assert.equal(withTarget('---\n---\nDear Priya,\n', 200), '---\ntarget: 200\n---\nDear Priya,\n');
  });

  it('changes only the value of an existing target, keeping its comment', () => {
    const text = '---\ntarget: 250   # words\ncompany: Northwind\n---\nDear Priya,\n';
    const edit = setTargetEdit(text, 1200);
    assert.deepEqual(edit, { offset: text.indexOf('250'), length: 3, newText: '1200' });
    const result = applyEdits(text, [edit]);
    assert.equal(result, '---\ntarget: 1200   # words\ncompany: Northwind\n---\nDear Priya,\n');
    assertEngineReads(result, 1200);
  });

  it('fills a target that has no value yet', () => {
    assert.equal(withTarget('---\ntarget:\n---\n', 300), '---\ntarget: 300\n---\n');
    assert.equal(withTarget('---\ntarget: # later\n---\n', 300), '---\ntarget: 300 # later\n---\n');
  });

  it('replaces a length: line with target:', () => {
    const text = '---\nindustry: retail\nlength: senior   # or referral\n---\nDear Priya,\n';
    const result = withTarget(text, 300);
    assert.equal(result, '---\nindustry: retail\ntarget: 300   # or referral\n---\nDear Priya,\n');
    assertEngineReads(result, 300);
  });

  it('prefers the target: line when both are present', () => {
    const result = withTarget('---\nlength: senior\ntarget: 380\n---\n', 420);
    assert.equal(result, '---\nlength: senior\ntarget: 420\n---\n');
    assertEngineReads(result, 420);
  });

  it('leaves keys nested under another key alone', () => {
    const result = withTarget('---\njob:\n  target: 5\n---\n', 300);
    assert.equal(result, '---\njob:\n  target: 5\ntarget: 300\n---\n');
  });

  it('treats a lone --- line as a rule, not front matter', () => {
    assert.equal(withTarget('---\nDear Priya,\n', 300), '---\ntarget: 300\n---\n\n---\nDear Priya,\n');
  });

  describe('with CRLF line endings', () => {
    it('adds a block with CRLF', () => {
      const result = withTarget('Dear Priya,\r\n\r\nI shipped it.\r\n', 150);
      assert.equal(result, '---\r\ntarget: 150\r\n---\r\n\r\nDear Priya,\r\n\r\nI shipped it.\r\n');
      assertEngineReads(result, 150);
    });

    it('adds a line with CRLF', () => {
      const result = withTarget('---\r\ncompany: Northwind\r\n---\r\nDear Priya,\r\n', 250);
      assert.equal(result, '---\r\ncompany: Northwind\r\ntarget: 250\r\n---\r\nDear Priya,\r\n');
      assertEngineReads(result, 250);
    });

    it('replaces a value without touching the line break', () => {
      const result = withTarget('---\r\ntarget: 250\r\n---\r\n', 400);
      assert.equal(result, '---\r\ntarget: 400\r\n---\r\n');
      const replaced = withTarget('---\r\nlength: referral\r\n---\r\n', 400);
      assert.equal(replaced, '---\r\ntarget: 400\r\n---\r\n');
      assertEngineReads(replaced, 400);
    });
  });
});

describe('custom length targets', () => {
  it('accepts whole numbers from 50 to 2000', () => {
    for (const input of ['50', '300', ' 2000 ']) {
      assert.equal(lengthTargetProblem(input), undefined, input);
      assert.equal(parseLengthTarget(input), Number(input.trim()));
    }
  });

  it('explains what is wrong with anything else', () => {
    for (const input of ['', '49', '2001', '3.5', '250 words', '-300', 'abc']) {
      assert.ok(lengthTargetProblem(input), input);
      assert.equal(parseLengthTarget(input), undefined, input);
    }
  });
});
