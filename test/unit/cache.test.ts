/** The engine's caches: bounded, and they keep what was used last. */
import * as assert from 'node:assert/strict';
import { detached, LruCache } from '../../server/src/engine/memory/cache';
import { CACHE_CAPACITY, resetCaches } from '../../server/src/engine/memory/caches';
import { memoFor, ParagraphMemo } from '../../server/src/engine/structure/memo';

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

describe('LruCache size budget', function () {
  it('evicts the least recently used once the keys pass the budget, whatever the entry count', function () {
    const cache = new LruCache<string, number>({ capacity: 500, maxSize: 10_000 });
    const paragraph = (i: number): string => `${i} `.padEnd(1000, 'x');
    for (let i = 0; i < 9; i++) cache.set(paragraph(i), i);
    cache.get(paragraph(0)); // used again: outlives those set after it
    for (let i = 9; i < 300; i++) cache.set(paragraph(i), i);
    assert.ok(cache.heldSize <= 10_000, `holds ${cache.heldSize} characters`);
    assert.ok(cache.size <= 10, `holds ${cache.size} entries`);
    assert.ok(cache.has(paragraph(299)) && cache.has(paragraph(298)), 'the newest are kept');
    assert.ok(!cache.has(paragraph(1)) && !cache.has(paragraph(150)), 'the least recently used are gone');
  });

  it('weighs values with sizeOf, and keeps the newest entry even when it alone is over the budget', function () {
    const cache = new LruCache<string, string>({ capacity: 100, maxSize: 50, sizeOf: (value) => value.length });
    cache.set('a', 'x'.repeat(20));
    cache.set('b', 'x'.repeat(20));
    assert.equal(cache.size, 2);
    cache.set('c', 'x'.repeat(20)); // 63 > 50: evicts down to 7/8 of the budget
    assert.ok(!cache.has('a') && cache.has('c'));
    assert.ok(cache.heldSize <= 50);
    cache.set('huge', 'x'.repeat(500));
    assert.ok(cache.has('huge'), 'the entry just set stays');
    assert.equal(cache.size, 1);
    assert.equal(cache.heldSize, 504);
    cache.clear();
    assert.equal(cache.heldSize, 0);
  });

  it('bounds the paragraph memo and shape caches to a few million characters of key text', function () {
    for (const name of ['paragraphMemos', 'paragraphShapes', 'markdownChunks'] as const) {
      const { keyChars } = CACHE_CAPACITY[name];
      assert.ok(keyChars > 0 && keyChars <= 5_000_000, `${name}: ${keyChars}`);
    }
  });

  it('a paragraph of 190,000 characters typed into 300 times leaves a few million characters held', function () {
    resetCaches();
    const paragraph = 'I rebuilt the ranking service and cut latency by forty percent. '.repeat(3000).slice(0, 190_000);
    const memos = Array.from({ length: 300 }, (_, i) => memoFor(`${paragraph}${i}`));
    // From the newest back, count the versions still remembered (a hit adds nothing; stop at the first miss).
    let kept = 0;
    while (kept < 300 && memoFor(`${paragraph}${299 - kept}`) === memos[299 - kept]) kept++;
    assert.ok(kept >= 1, 'the version being typed into stays remembered');
    assert.ok(kept * 190_000 <= CACHE_CAPACITY.paragraphMemos.keyChars, `${kept} versions of 190,000 characters kept`);
    resetCaches();
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
