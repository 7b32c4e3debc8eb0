/** How a word starts when said, for "a" or "an" (text/initialSound.ts). */
import * as assert from 'node:assert/strict';
import { initialSound, numberSound } from '../../server/src/engine/text/initialSound';

/** Every word counts as known here: the lists and the spelling decide. */
const known = (): boolean => true;
const sound = (word: string, beforeHyphen = false): string => {
  const s = initialSound(word, known, beforeHyphen);
  return s === undefined ? 'either' : s.vowel ? 'an' : 'a';
};

describe('initialSound', function () {
  it('reads initialisms letter by letter unless they are said as a word', function () {
    for (const w of [
      'ML',
      'MBA',
      'LLM',
      'NLP',
      'HR',
      'S3',
      'F1',
      'MSc',
      'MLOps',
      'XGBoost',
      'SVP',
      'NGO',
      'MIT',
      'SEO',
      'LLMs',
      'API',
      'EU',
      'MoU',
      'LoB',
      'MoM',
    ])
      assert.equal(sound(w), 'an', w);
    for (const w of ['NASA', 'SaaS', 'LAN', 'UX', 'UI', 'KPI', 'PhD', 'RESTful', 'FAANG', 'UNIX', 'LoRA', 'HubSpot', 'NoSQL'])
      assert.equal(sound(w), 'a', w);
    for (const w of ['SQL', 'FAQ', 'SAS', 'SQLite', 'SWE', 'EULA', 'URLs']) assert.equal(sound(w), 'either', w);
  });

  it('reads words by their spelling and the exception lists', function () {
    for (const w of ['hour', 'honest', 'Honours', 'heir', 'overview', 'unusual', 'update', 'Euler', 'iPhone', 'eBay'])
      assert.equal(sound(w), 'an', w);
    for (const w of ['user', 'unique', 'university', 'European', 'one', 'once', 'utility', 'Ukrainian', 'hands', 'report'])
      assert.equal(sound(w), 'a', w);
    for (const w of ['historic', 'herb', 'hotel', 'Uber', 'Ubuntu', 'npm', 'Nguyen', 'x86', 'unionised']) assert.equal(sound(w), 'either', w);
  });

  it('reads a letter by its name before a hyphen, and leaves a lower-case letter alone otherwise', function () {
    assert.equal(sound('x', true), 'an'); // an x-axis
    assert.equal(sound('p', true), 'a'); // a p-value
    assert.equal(sound('X'), 'an'); // an X-ray
    assert.equal(sound('x'), 'either'); // a variable
  });

  it('reads numbers as they are said', function () {
    const n = (w: string) => numberSound(w)?.vowel;
    assert.equal(n('8'), true);
    assert.equal(n('11'), true);
    assert.equal(n('18'), true);
    assert.equal(n('80'), true);
    assert.equal(n('800'), true);
    assert.equal(n('8th'), true);
    assert.equal(n('18000'), true);
    assert.equal(n('1800s'), true);
    assert.equal(n('100'), false);
    assert.equal(n('1,800'), false);
    assert.equal(n('110000'), false);
    assert.equal(n('2019'), false);
    assert.equal(n('1800'), undefined); // "eighteen hundred" or "one thousand eight hundred"
    assert.equal(n('0.5'), undefined); // "zero" or "oh"
  });
});
