/** confused-word: the wrong word marked inside its phrase, its fix, where a phrase counts, and time that grows with the text. */
import * as assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { analyze, type Finding } from '../../server/src/engine';
import { confusedWord } from '../../server/src/engine/rules/confusedWord';
import { parseLetter } from '../../server/src/engine/structure/letter';
import { testDictionary } from '../helpers/dictionary';
import { CONFUSED_WORDS } from '../../server/src/engine/vocabulary/confusedWords';
import { compilePhrases } from '../../server/src/engine/text/phrases';

const LETTER_END = '\n\nI cut fraud losses by 12% at Lumen.\n\nBest regards,\nSam Lee\n';

function findings(text: string): Finding[] {
  return analyze(text, { format: 'plaintext' }).findings.filter((f) => f.ruleId === confusedWord.id);
}

/** The marked words and their first fix, as `written→replacement`. */
function marked(text: string): string[] {
  return findings(text).map((f) => `${text.slice(f.offset, f.offset + f.length)}→${f.fixes?.[0]?.edits[0]?.newText ?? ''}`);
}

describe('confused-word', () => {
  it('every entry compiles, names a wrong word its phrase can hold, and gives a reason', () => {
    compilePhrases(CONFUSED_WORDS);
    for (const entry of CONFUSED_WORDS) {
      const words = entry.phrase.toLowerCase().replace(/’/g, "'");
      for (const wrong of entry.wrong.split('|')) assert.ok(words.includes(wrong.replace(/~$/, '').toLowerCase()), `${entry.phrase}: ${wrong}`);
      assert.ok(entry.reason.length > 10 && !entry.reason.endsWith('.'), entry.phrase);
      assert.notEqual(entry.right, entry.wrong, entry.phrase);
    }
  });

  it('marks only the wrong word, and the fix keeps its case and its ending', () => {
    assert.deepEqual(marked('Your post peaked my interest.'), ['peaked→piqued']);
    assert.deepEqual(marked('The talk is peaking my curiosity.'), ['peaking→piquing']);
    assert.deepEqual(marked('PRINCIPLE engineer at Lumen.'), ['PRINCIPLE→PRINCIPAL']);
    assert.deepEqual(marked('Its been two years.'), ["Its→It's"]);
    assert.deepEqual(marked('The board wetted my appetite.'), ['wetted→whetted']);
    assert.deepEqual(marked('I met two product mangers.'), ['mangers→managers']);
  });

  it('finds a contraction by how it is written, and answers in the writer’s apostrophe', () => {
    assert.deepEqual(marked('Each store got it’s own forecast.'), ['it’s→its']);
    assert.deepEqual(marked('Each store got it is own forecast.'), []);
    assert.deepEqual(marked('I know it’s been long; its been two years.'), ['its→it’s']);
  });

  it('picks the last of two matching words when the entry says so', () => {
    const text = 'Thank you for you time.';
    const [finding] = findings(text);
    assert.equal(finding?.offset, text.lastIndexOf('you'));
  });

  it('reads a phrase only when its words stand together', () => {
    assert.deepEqual(marked('The new model was more accurate then the rules.'), ['then→than']);
    assert.deepEqual(marked('The new model was more accurate, then the rules went.'), []);
    assert.deepEqual(marked('The other then-current owner signed.'), []);
    assert.deepEqual(marked('Our design doc calls it “peak my interest” copy.'), []);
    assert.deepEqual(marked('I was better then at statistics than at coding.'), []);
  });

  it('asks for the word after the phrase where the entry names one', () => {
    assert.deepEqual(marked('I would of been a good fit.'), ['of→have']);
    assert.deepEqual(marked('I would of course share the notebook.'), []);
    assert.deepEqual(marked('We served more then 40,000 customers.'), ['then→than']);
    assert.deepEqual(marked('We have lead times of six weeks.'), []);
  });

  it('looks for a shorter phrase inside a longer one that did not hold', () => {
    assert.deepEqual(marked('I apply the principals of least privilege.'), ['principals→principles']);
    assert.deepEqual(marked('The principal of replication guides my work.'), ['principal→principle']);
    assert.deepEqual(marked('The principal of the school hired me.'), []);
  });

  it('keeps salutation and sign-off entries to their lines', () => {
    assert.deepEqual(marked(`Dear Sir or Madman,\n\nI built the ranker.${LETTER_END}`), ['Madman→Madam']);
    assert.deepEqual(marked('The novel’s hero says “dear madman” twice, and I translated it.'), []);
    assert.deepEqual(marked('I built the ranker.\n\nCould we talk?\n\nBest regrets,\nSam Lee\n'), ['regrets→regards']);
    assert.deepEqual(marked('Best regrets are the ones we learn from, and I learned a lot.'), []);
    assert.deepEqual(marked(`I built the ranker.\n\nYour sincerely,\nSam Lee\n`), ['Your→Yours']);
  });

  it('leaves a word the dictionary does not know to the spelling rule', () => {
    const text = 'The retailer was loosing money on returns.';
    assert.deepEqual(marked(text), ['loosing→losing']);
    const rules = analyze(text, { format: 'plaintext', spelling: testDictionary() }).findings.map((f) => f.ruleId);
    assert.ok(rules.includes('spelling') && !rules.includes(confusedWord.id), rules.join(', '));
  });

  it('reads “I lead” as the past only with a date in its own clause, and only informs, with no fix to apply unseen', () => {
    const [dated] = findings('I lead the migration to Snowflake in 2022.');
    assert.equal(dated?.severity, 'information');
    assert.deepEqual(dated?.fixes, []);
    assert.deepEqual(marked('In 2021 I lead the audit.'), ['lead→']);
    assert.deepEqual(marked('I lead the weekly review, which we started in 2021.'), []);
    assert.deepEqual(marked('Since 2021 I lead the pricing team.'), []);
    assert.deepEqual(marked('I lead the data team.'), []);
  });

  it('takes time that grows with the text, on phrases that hold and phrases that do not', () => {
    // The check alone, on a paragraph parsed once: the rest of the engine has its own growth tests.
    const time = (text: string): number => {
      const letter = parseLetter(text, 'plaintext');
      const context = { company: undefined, industry: 'general' as const, phrases: [], words: [], spelling: undefined };
      let best = Infinity;
      for (let run = 0; run < 3; run++) {
        const t = performance.now();
        for (const paragraph of letter.paragraphs) confusedWord.checkParagraph!(paragraph, letter, context);
        best = Math.min(best, performance.now() - t);
      }
      return best;
    };
    // n against 4n: linear work takes about 4 times as long, quadratic 16; 8 leaves room for a busy machine.
    const units = [
      'more then 4 ',
      'the principals of the ',
      'I lead the team I lead ',
      'its a model that we built and ran in the lab ',
      'better then at than ',
    ];
    for (const unit of units) {
      const n = 5_000;
      let small = time(unit.repeat(n));
      let large = time(unit.repeat(4 * n));
      // Another process landing in one run is noise, not growth: measure again, up to twice. Quadratic work fails every time.
      for (let retry = 0; retry < 2 && large > Math.max(8 * small, 100); retry++) {
        small = Math.min(small, time(unit.repeat(n)));
        large = Math.min(large, time(unit.repeat(4 * n)));
      }
      assert.ok(large <= Math.max(8 * small, 100), `${unit.trim()}: ${small.toFixed(1)} ms, then ${large.toFixed(1)} ms at four times the length`);
    }
  });
});
