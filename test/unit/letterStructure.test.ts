/** The letter as a writer lays it out: paragraphs, lists, sign-offs and signatures, and the length tolerance. */
import * as assert from 'node:assert/strict';
import { analyze } from '../../server/src/engine';
import { parseLetter } from '../../server/src/engine/structure/letter';
import { bodySections } from '../../server/src/engine/structure/sections';

const roles = (text: string, format: 'markdown' | 'plaintext' = 'plaintext') => parseLetter(text, format).paragraphs.map((p) => p.role);
const ids = (text: string, options: Parameters<typeof analyze>[1] = {}) =>
  analyze(text, { format: 'plaintext', ...options }).findings.map((f) => f.ruleId);

describe('letter structure', () => {
  it('keeps a hard-wrapped paragraph whole when a line ends a clause deep into it', () => {
    const text =
      'Dear Priya,\n\n' +
      'The model had to satisfy our regulator as well as our adjusters. I kept\n' +
      'it to 22 features with monotonic constraints, wrote the model card and\n' +
      'the validation report, and presented both to the model-risk committee,\n' +
      'which approved it without conditions.\n\nCould we talk next week?\n\nBest,\nDana\n';
    assert.equal(parseLetter(text, 'plaintext').body.length, 2);
  });

  it('reads plain-text bullets as list items, and a list with its lead-in as one paragraph', () => {
    const text =
      'Dear Priya,\n\nI own the ranker at Lumen.\n\nThree results:\n- Cost down 42% in a quarter.\n- p99 at 38 ms.\n- No pages in a year.\n\n' +
      'I read your post on drift.\n\nCould we talk next week?\n\nBest,\nDana\n';
    const letter = parseLetter(text, 'plaintext');
    assert.deepEqual(
      letter.body.map((p) => p.kind),
      ['paragraph', 'paragraph', 'listItem', 'listItem', 'listItem', 'paragraph', 'paragraph'],
    );
    assert.equal(bodySections(letter).length, 4);
    assert.ok(!ids(text).includes('paragraph-count'));
  });

  it('knows sign-offs in their several forms, and a closing sentence that starts like one', () => {
    assert.deepEqual(roles('Dear Priya,\n\nOne.\n\nTwo.\n\nWith best regards,\nDana'), ['salutation', 'body', 'body', 'signoff', 'signature']);
    assert.deepEqual(roles('Dear Priya,\n\nOne.\n\nTwo.\n\nThank you for considering my application.'), ['salutation', 'body', 'body', 'body']);
  });

  it('reads a bare name after the body as the signature', () => {
    assert.deepEqual(roles('I own the ranker.\n\nCould we talk next week?\n\nNoor Rahimi\n\n+44 7700 900123'), [
      'body',
      'body',
      'signature',
      'signature',
    ]);
  });

  it('judges a one-paragraph letter once it is signed off, not while it is drafted', () => {
    const signed = `Dear Priya,\n\n${'I built a model and I hope to hear from you. '.repeat(8)}\n\nSincerely,\nDana`;
    for (const id of ['paragraph-count', 'missing-call-to-action', 'no-numbers', 'under-length']) assert.ok(ids(signed).includes(id), id);
    const drafted = ids('Dear Priya,\n\nI built a model and I hope to hear from you.');
    for (const id of ['paragraph-count', 'missing-call-to-action', 'no-numbers', 'under-length', 'no-team-specific-detail'])
      assert.ok(!drafted.includes(id), id);
  });

  it('only informs when a letter is within 10% over its target, and warns past that', () => {
    const ten = 'One two three four five six seven eight nine ten. ';
    const severity = (words: number) =>
      analyze(ten.repeat(words / 10), { format: 'plaintext', target: 100 }).findings.find((f) => f.ruleId === 'over-length')?.severity;
    assert.equal(severity(100), undefined);
    assert.equal(severity(110), 'information');
    assert.equal(severity(120), 'warning');
  });

  it('never makes a finding within the tolerance louder than the severity the writer chose for the rule', () => {
    const text = 'One two three four five six seven eight nine ten. '.repeat(11);
    const severity = (chosen: 'hint' | 'error') =>
      analyze(text, { format: 'plaintext', target: 100, rules: { 'over-length': chosen } }).findings.find((f) => f.ruleId === 'over-length')
        ?.severity;
    assert.equal(severity('hint'), 'hint');
    assert.equal(severity('error'), 'information');
  });
});
