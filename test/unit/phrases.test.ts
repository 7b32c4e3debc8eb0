/** The phrase language: inflections, word classes, tags, wildcards, and how a match is chosen. */
import * as assert from 'node:assert/strict';
import { compilePhrases, findPhrases, type PhraseEntry } from '../../server/src/engine/text/phrases';
import { inflections } from '../../server/src/engine/text/inflections';
import { tokenize } from '../../server/src/engine/text/tokens';

function found(phrases: readonly (string | PhraseEntry)[], text: string): string[] {
  const set = compilePhrases(phrases.map((p) => (typeof p === 'string' ? { phrase: p } : p)));
  return findPhrases(tokenize(text), set).map((m) => text.slice(m.start, m.end));
}

describe('phrase language', () => {
  it('matches plain words, alternatives and optional words', () => {
    assert.deepEqual(found(['express my keen|strong? interest'], 'I express my interest and express my keen interest.'), [
      'express my interest',
      'express my keen interest',
    ]);
  });

  it('matches every inflection of a word~', () => {
    const texts = ['I contribute to it', 'She contributes to it', 'I contributed to it', 'contributing to it'];
    for (const text of texts) assert.equal(found(['contribute~ to'], text).length, 1, text);
    assert.deepEqual(found(['contribute~ to'], 'a contributor to'), []);
    assert.deepEqual(found(['lead~ the'], 'I led the team and lead the guild'), ['led the', 'lead the']);
  });

  it('gives regular, irregular and British forms', () => {
    assert.ok(inflections('optimize').includes('optimised'));
    assert.ok(inflections('analyze').includes('analysing'));
    assert.ok(inflections('plan').includes('planned'));
    assert.ok(inflections('apply').includes('applied'));
    assert.ok(inflections('build').includes('built'));
    assert.ok(inflections('build').includes('building'));
    assert.ok(inflections('be').includes('been'));
    assert.ok(!inflections('be').includes('bing'));
  });

  it('lets word classes stand between words, as many as `*` allows', () => {
    const pattern = ['contribute~ to @determiner? @adverb* development of'];
    assert.deepEqual(found(pattern, 'I contributed to the development of X.'), ['contributed to the development of']);
    assert.deepEqual(found(pattern, 'I contributed to development of X.'), ['contributed to development of']);
    assert.deepEqual(found(['was @adverb* migrated'], 'It was successfully and quickly migrated.'), []);
    assert.deepEqual(found(['was @adverb* migrated'], 'It was very successfully migrated.'), ['was very successfully migrated']);
    // -ly words that are not adverbs do not count.
    assert.deepEqual(found(['was @adverb* migrated'], 'It was early migrated.'), []);
    // At most three.
    assert.deepEqual(found(['was @adverb* migrated'], 'It was really very truly quickly migrated.'), []);
  });

  it('matches any word with _, and tags with #Tag', () => {
    assert.deepEqual(found(['i _? hope'], 'I really hope so, I hope.'), ['I really hope', 'I hope']);
    const tokens = tokenize('I built it');
    tokens[1] = { ...tokens[1]!, tags: ['Verb', 'PastTense'] };
    const set = compilePhrases([{ phrase: 'i #Verb' }]);
    assert.deepEqual(
      findPhrases(tokens, set).map((m) => [m.from, m.to]),
      [[0, 2]],
    );
  });

  it('starts from a required word, with or without a leading optional one', () => {
    assert.deepEqual(found(['i? hope to hear'], 'We hope to hear. I hope to hear.'), ['hope to hear', 'I hope to hear']);
    assert.throws(() => compilePhrases([{ phrase: '@adverb hope' }]), /must start with a word/);
    assert.throws(() => compilePhrases([{ phrase: '_ hope' }]), /must start with a word/);
    assert.deepEqual(found(['@writer hope'], 'We hope. I hope. They hope.'), ['We hope', 'I hope']);
    assert.deepEqual(found(['@determiner* plan'], 'a plan, the this plan, plan'), ['a plan', 'the this plan', 'plan']);
    assert.throws(() => compilePhrases([{ phrase: 'hope @nosuchclass' }]), /no word class/);
    assert.throws(() => compilePhrases([{ phrase: 'hope word*' }]), /may repeat/);
  });

  it('takes the match that reaches furthest, and never ends inside a contraction', () => {
    assert.deepEqual(found(['a number of', 'a large? number of people'], 'a large number of people'), ['a large number of people']);
    assert.deepEqual(found(['i think that?'], "I think that's right"), ['I think']);
  });

  it('honours notFollowedBy at the end the match reaches', () => {
    assert.deepEqual(found([{ phrase: 'i think @adverb*', notFollowedBy: ['in'] }], 'I think in percentiles.'), []);
    assert.deepEqual(found([{ phrase: 'i think', notFollowedBy: ['in'] }], 'I think so.'), ['I think']);
  });

  it('matches a possessive on the last word only', () => {
    assert.deepEqual(found(['your team'], "I read your team's post."), ["your team's"]);
    assert.deepEqual(found(['your team post'], "I read your team's post."), []);
  });
});
