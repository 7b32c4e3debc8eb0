/** Every fix is an exact, valid edit, and fixing everything converges. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, applyEdits, fixAllEdits, RULES, type TextEdit } from '../../server/src/engine';
import { unmarked } from '../helpers/markedSpans';
import { REPO_ROOT } from '../helpers/paths';

const samples = fs.readdirSync(path.join(REPO_ROOT, 'samples')).map((name) => fs.readFileSync(path.join(REPO_ROOT, 'samples', name), 'utf8'));
const texts = [...samples, ...RULES.flatMap((r) => r.examples.flagged.map(unmarked))];

function assertValid(text: string, edits: readonly TextEdit[]): void {
  const sorted = [...edits].sort((a, b) => a.offset - b.offset);
  sorted.forEach((edit, i) => {
    assert.ok(edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= text.length, 'edit inside the text');
    const next = sorted[i + 1];
    if (next) assert.ok(edit.offset + edit.length <= next.offset, 'edits do not overlap');
  });
}

describe('fixes', () => {
  it('are valid edits that remove what they were offered for', () => {
    for (const text of texts) {
      for (const finding of analyze(text).findings) {
        for (const fix of finding.fixes) {
          assertValid(text, fix.edits);
          const fixed = applyEdits(text, fix.edits);
          const again = analyze(fixed).findings;
          const same = again.some((f) => f.ruleId === finding.ruleId && f.offset === finding.offset && f.text === finding.text);
          assert.ok(!same, `"${fix.title}" left ${finding.ruleId} in place in ${JSON.stringify(text)}`);
        }
      }
    }
  });

  it('never rewrites half of a contraction', () => {
    // "are able to" starts inside "We're": a rewrite of the flagged span would drop "We".
    const wordy = analyze("We're able to ship weekly.").findings.find((f) => f.ruleId === 'wordy-phrase');
    assert.ok(wordy, 'the phrase is still flagged');
    assert.equal(wordy.text, "We're able to");
    assert.deepEqual(wordy.fixes, []);
  });

  it('flags a sentence once, however many of the phrases it holds', () => {
    const text = 'My name is Dana and I am writing to apply for the role.\n\nI own our ranker.';
    const openers = analyze(text).findings.filter((f) => f.ruleId === 'generic-opener');
    assert.equal(openers.length, 1, JSON.stringify(openers.map((f) => f.text)));
  });

  it('fix-all converges within three rounds and never produces an invalid edit', () => {
    for (const original of texts) {
      let text = original;
      for (let round = 0; round < 3; round++) {
        const edits = fixAllEdits(analyze(text).findings);
        assertValid(text, edits);
        text = applyEdits(text, edits);
      }
      assert.deepEqual(fixAllEdits(analyze(text).findings), [], `still fixing after 3 rounds: ${JSON.stringify(text)}`);
    }
  });

  it('fix-all of one rule touches only that rule', () => {
    const text = 'I am a team player. We utilize Spark in order to join logs.';
    const edits = fixAllEdits(analyze(text).findings, { ruleIds: ['wordy-phrase'] });
    assert.equal(applyEdits(text, edits), 'I am a team player. We use Spark to join logs.');
  });

  it("fix-all of one rule never puts a template in place of the writer's sentences", () => {
    const text = 'I am passionate about fraud models. I am passionate about shipping them, and I cut chargebacks by 30% last year.';
    const findings = analyze(text).findings.filter((f) => f.ruleId === 'passion-cliche');
    assert.equal(findings.length, 2);
    assert.ok(
      findings.every((f) => f.fixes[0]?.template === true),
      'each finding offers the template',
    );
    assert.deepEqual(fixAllEdits(analyze(text).findings, { ruleIds: ['passion-cliche'] }), []);
  });

  it('fix-all applies only the rules that are safe unseen', () => {
    const text = 'I am a team player. I think the the model was somewhat fast.';
    const fixed = applyEdits(text, fixAllEdits(analyze(text).findings));
    assert.equal(fixed, 'I am a team player. The model was fast.');
  });
});
