/**
 * The grammar frames of subject-verb-agreement, missing-auxiliary and
 * word-form: their word pairs are real words, their fixes keep the writer's
 * apostrophes and wrapped lines, and their time grows with the text.
 */
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyze, type Finding } from '../../server/src/engine';
import { resetCaches } from '../../server/src/engine/memory/caches';
import { NOUNS_FOR_ADJECTIVES, NOUNS_FOR_VERBS, PAST_FOR_NOUN_BEFORE_OF, VERBS_FOR_NOUNS } from '../../server/src/engine/vocabulary/wordForms';
import { applyEdits } from '../helpers/applyEdits';
import { testDictionary } from '../helpers/dictionary';

const RULES = new Set(['subject-verb-agreement', 'missing-auxiliary', 'word-form']);

function grammar(text: string): Finding[] {
  return analyze(text, { spelling: testDictionary(), format: 'plaintext' }).findings.filter((f) => RULES.has(f.ruleId));
}

function fixed(text: string): string {
  const [finding] = grammar(text);
  assert.ok(finding?.fixes?.[0], `no fix in ${JSON.stringify(text)}`);
  return applyEdits(text, finding.fixes[0].edits);
}

describe('grammar frames', () => {
  it('pair only words the spelling dictionary knows, both ways', () => {
    const dictionary = testDictionary();
    const words = [
      ...Object.entries(NOUNS_FOR_VERBS).flatMap(([noun, pair]) => [noun, pair.verb, pair.verbS, ...(pair.alternative ? [pair.alternative] : [])]),
      ...Object.entries(VERBS_FOR_NOUNS).flat(),
      ...Object.entries(PAST_FOR_NOUN_BEFORE_OF).flat(),
      ...Object.entries(NOUNS_FOR_ADJECTIVES).flatMap(([noun, pair]) => [noun, pair.adjective]),
    ];
    // "advices" is the slip itself (for "advises"), not a word of its own.
    assert.deepEqual(
      words.filter((w) => w !== 'advices' && !dictionary.correct(w)),
      [],
    );
  });

  it('keep a curly apostrophe and the rest of a contraction in their fixes', () => {
    assert.equal(fixed('She don’t accept a chart without a source.'), 'She doesn’t accept a chart without a source.');
    assert.equal(fixed("She don't accept a chart without a source."), "She doesn't accept a chart without a source.");
    assert.equal(fixed('There’s many reasons to join.'), 'There are many reasons to join.');
    assert.equal(fixed('I’m agree with your roadmap.'), 'I agree with your roadmap.');
    assert.equal(fixed('I’d delighted to talk.'), 'I’d be delighted to talk.');
  });

  it('read a wrapped line as a space, and a blank line as the end of the paragraph', () => {
    assert.equal(grammar('I rebuilt the pipeline, and these models\nwas retrained every night.').length, 1);
    assert.equal(grammar('Our results\n\nwas the heading of the second part.').length, 0);
  });

  it('leave quotations, names in capitals and the letter I alone', () => {
    assert.deepEqual(grammar('My student wrote “I been there” in every essay.'), []);
    assert.deepEqual(grammar('IT have a new ticketing tool, and Phase I has three parts.'), []);
    assert.deepEqual(grammar('On most keyboards I is next to O.'), []);
  });

  it('take time that grows with the text', () => {
    const sentence = 'If I were you I were sure these models was fine and I has skills that makes me glad, so I would delighted to advice you. ';
    const time = (n: number) => {
      const text = sentence.repeat(n);
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        resetCaches();
        const t = performance.now();
        grammar(text);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    // One long paragraph: a sentence each, and one sentence with no full stop.
    const small = time(40);
    const large = time(80);
    assert.ok(large < small * 3 + 20, `40 sentences ${small.toFixed(1)} ms, 80 sentences ${large.toFixed(1)} ms`);
    const runOn = (n: number) => {
      const text = sentence.replace(/\. $/, ' and ').repeat(n) + 'done.';
      resetCaches();
      const t = performance.now();
      grammar(text);
      return performance.now() - t;
    };
    const a = Math.min(runOn(40), runOn(40));
    const b = Math.min(runOn(80), runOn(80));
    assert.ok(b < a * 3 + 20, `run-on 40: ${a.toFixed(1)} ms, 80: ${b.toFixed(1)} ms`);
  });
});
