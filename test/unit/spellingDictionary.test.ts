/**
 * The spelling dictionary as the server loads it: the cspell word lists (US and
 * UK English, the field's terms, names), and common misspellings that none of
 * them may let through.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze } from '../../server/src/engine';
import { testDictionary } from '../helpers/dictionary';
import { REPO_ROOT } from '../helpers/paths';

/** The words of a list in test/fixtures/spelling/: `#` lines are comments, words are split at spaces. */
function wordList(name: string): string[] {
  const text = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'spelling', name), 'utf8');
  const lines = text.split('\n').filter((line) => !line.startsWith('#'));
  return [...new Set(lines.join(' ').split(/\s+/).filter(Boolean))];
}

/** The words the spelling rule flags in `text`. */
function flagged(text: string): string[] {
  const findings = analyze(text, { spelling: testDictionary(), spellingSuggestions: false }).findings;
  return findings.filter((f) => f.ruleId === 'spelling').map((f) => text.slice(f.offset, f.offset + f.length));
}

describe('spelling dictionary', function () {
  const dictionary = testDictionary();

  it('accepts American and British spellings and ordinal numbers', function () {
    for (const word of ['color', 'colour', 'organized', 'organised', 'analyze', 'analyse', 'impact', '21st', '103rd']) {
      assert.ok(dictionary.correct(word), word);
    }
  });

  it('rejects misspellings, including words the compound rules could be misread to allow', function () {
    // The UK supplement once lost the entries its compound rules are built from and took any word with "mp".
    for (const word of ['recieved', 'managment', 'onnxruntimp', 'mpheaturestore', 'yarrowmp', 'leadreship', 'thisrole']) {
      assert.ok(!dictionary.correct(word), word);
    }
  });

  it('accepts the words of the field that the Hunspell dictionaries lacked', function () {
    for (const word of ['scalable', 'recommender', 'genomic', 'convolutional', 'reproducibility', 'lifecycle', 'performant', 'integrations']) {
      assert.ok(dictionary.correct(word), word);
    }
  });

  it('accepts a prefix on a listed word, unless the whole is a known misspelling', function () {
    for (const word of ['misbooked', 'nonblocking', 'overprovisioned', 'multiregion', 'reindexing', 'Misbooked']) {
      assert.ok(dictionary.correct(word), word);
    }
    for (const word of ['misstake', 'precense', 'mislading', 'colapse', 'autometic', 'reXYZ']) assert.ok(!dictionary.correct(word), word);
  });

  it('accepts "co", "de" and "up" on a listed word only when no listed word is one slip away', function () {
    for (const word of ['cointegrated', 'cointegration', 'depalletizing', 'upweighting']) assert.ok(dictionary.correct(word), word);
    for (const word of ['colapsed', 'cofirmed', 'detatched', 'upgarde', 'comitted', 'devided']) assert.ok(!dictionary.correct(word), word);
  });

  it('accepts a regular inflection or a compound of listed words, but not a slip that looks like one', function () {
    for (const word of ['ensembled', 'ensembling', 'checkpointed', 'vectorizer', 'featurestore', 'datamarts', 'stablecoin']) {
      assert.ok(dictionary.correct(word), word);
    }
    // A consonant that should double, an irregular past, an "-e" kept, a hiss without "-es", a missing space.
    for (const word of ['submited', 'understanded', 'withdrawed', 'ensembleing', 'processs', 'yourteam', 'Wallmart']) {
      assert.ok(!dictionary.correct(word), word);
    }
  });

  it('accepts real words that the misspelling list takes for slips', function () {
    for (const word of ['creche', 'uncatalogued', 'discontentment']) assert.ok(dictionary.correct(word), word);
  });

  it('accepts a listed name only as the list writes it: capitalised, not in lower case', function () {
    assert.ok(dictionary.correct('Okafor'));
    assert.ok(!dictionary.correct('okafor'));
  });

  it('suggests real words, and nothing for a word it knows', function () {
    assert.ok(dictionary.suggest('recieved').includes('received'));
    assert.ok(dictionary.suggest('managment').includes('management'));
    assert.deepEqual(dictionary.suggest('colour'), []);
    for (const suggestion of dictionary.suggest('onnxruntime')) assert.ok(!suggestion.includes('mp'), suggestion);
  });

  it('suggests a known misspelling’s corrections, capitalised as written', function () {
    assert.ok(dictionary.suggest('Enviroment').includes('Environment'));
    assert.ok(dictionary.suggest('recomendation').includes('recommendation'));
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

  it('flags none of several hundred words of the field (test/fixtures/spelling/field-words.txt)', function () {
    const words = wordList('field-words.txt');
    assert.ok(words.length >= 500, `${words.length} words`);
    const wrong = words.filter((word) => flagged(`We worked on ${word} every day.`).length > 0);
    assert.deepEqual(wrong, []);
  });

  it('flags every common misspelling in test/fixtures/spelling/misspellings.txt', function () {
    const words = wordList('misspellings.txt');
    assert.ok(words.length >= 150, `${words.length} words`);
    const missed = words.filter((word) => flagged(`We worked on ${word} every day.`).length !== 1);
    assert.deepEqual(missed, []);
  });
});
