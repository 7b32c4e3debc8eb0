/** The engine's caches: bounded, and they keep what was used last. */
import * as assert from 'node:assert/strict';
import { detached, LruCache } from '../../server/src/engine/memory/cache';
import { ParagraphMemo } from '../../server/src/engine/structure/memo';

describe('LruCache', function () {
  it('never holds much more than its capacity, and keeps the entries used last', function () {
    const cache = new LruCache<string, number>(8);
    for (let i = 0; i < 8; i++) cache.set(`k${i}`, i);
    cache.get('k0'); // used again: outlives the ones set after it
    for (let i = 8; i < 40; i++) {
      cache.set(`k${i}`, i);
      if (i % 3 === 0) assert.equal(cache.get('k0'), 0, `k0 kept at ${i}`);
    }
    const held = Array.from({ length: 40 }, (_, i) => `k${i}`).filter((k) => cache.has(k));
    assert.ok(held.length >= 8 && held.length <= 9, `holds ${held.length}`);
    assert.ok(held.includes('k0') && held.includes('k39'), held.join(' '));
    assert.ok(!cache.has('k1') && !cache.has('k20'), 'the least recently used are gone');
  });

  it('replaces the value of a key set again', function () {
    const cache = new LruCache<string, string>(2);
    cache.set('a', 'first');
    cache.set('a', 'second');
    assert.equal(cache.get('a'), 'second');
    assert.equal(cache.get('b'), undefined);
  });
});

describe('detached', function () {
  it('copies the text exactly', function () {
    const document = 'Dear Priya, ' + 'I rebuilt the ranker. '.repeat(50);
    const slice = document.slice(12, 60);
    assert.equal(detached(slice), slice);
    assert.equal(detached(''), '');
  });
});

describe('ParagraphMemo', function () {
  it('keeps its facts, and the results of one local context at a time', function () {
    const memo = new ParagraphMemo();
    memo.facts.set('names', ['priya']);
    memo.forContext(1).set('hedging', []);
    assert.equal(memo.forContext(1).size, 1);
    // The context changed (say a company typed into the front matter): the old results go.
    assert.equal(memo.forContext(2).size, 0);
    assert.equal(memo.forContext(1).size, 0, 'results of context 1 were dropped, not kept beside those of 2');
    assert.deepEqual(memo.facts.get('names'), ['priya']);
  });
});
