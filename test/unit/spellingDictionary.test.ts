/** The spelling dictionaries as the server loads them: US and UK spellings, nothing else. */
import * as assert from 'node:assert/strict';
import { testDictionary } from '../helpers/dictionary';

describe('spelling dictionary', function () {
  const dictionary = testDictionary();

  it('accepts American and British spellings and ordinal numbers', function () {
    for (const word of ['color', 'colour', 'organized', 'organised', 'analyze', 'analyse', 'impact', '21st', '103rd']) {
      assert.ok(dictionary.correct(word), word);
    }
  });

  it('rejects misspellings, including words the compound rules could be misread to allow', function () {
    // The UK supplement once lost the entries its compound rules are built from and took any word with "mp".
    for (const word of ['recieved', 'managment', 'onnxruntimp', 'mpheaturestore', 'yarrowmp', 'featurestore']) {
      assert.ok(!dictionary.correct(word), word);
    }
  });

  it('suggests real words, and nothing for a word it knows', function () {
    assert.ok(dictionary.suggest('recieved').includes('received'));
    assert.ok(dictionary.suggest('managment').includes('management'));
    assert.deepEqual(dictionary.suggest('colour'), []);
    for (const suggestion of dictionary.suggest('onnxruntime')) assert.ok(!suggestion.includes('mp'), suggestion);
  });

  it('suggests only for a word one edit from a known word', function () {
    // One letter dropped, added, changed, or two swapped.
    assert.ok(dictionary.suggest('infrastrucure').includes('infrastructure'));
    assert.ok(dictionary.suggest('seperately').includes('separately'));
    assert.ok(dictionary.suggest('recieved').includes('received'));
    // Further away the search would take up to a second and guess wildly: nothing is offered.
    assert.deepEqual(dictionary.suggest('qwrtzp'), []);
    assert.deepEqual(dictionary.suggest('onnxruntime'), []);
  });
});
