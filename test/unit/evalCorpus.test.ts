/**
 * The evaluation corpus (test/eval/, read by `npm run eval`): it parses, its
 * labels are rule ids, it meets the sizes issue 12 asks for, the locked split
 * is about a quarter, and the harness places sentences where their rules read.
 * The same for the proofreading lists of issue 13 (test/eval/proofreading/).
 * The evaluation itself (recall, false positives) is `npm run eval`, not this.
 */
import * as assert from 'node:assert/strict';
import { analyze, RULE_INFO } from '../../server/src/engine';
import { compareFindings, fnv1a, isLocked, normalise, parseExpected, parseStrong, parseWeak, sidecarNames, VOICES } from '../../scripts/eval/corpus';
import { checkStrong, checkWeak, findingsOn, place, positionFor, SCAFFOLD_OPTIONS, scaffoldText } from '../../scripts/eval/harness';
import { CORPUS_DIR, loadCorpus, ROOT } from '../../scripts/eval/load';
import {
  checkFieldWord,
  checkMisspelling,
  checkSlip,
  checkTrap,
  frameFor,
  placeWord,
  slipPosition,
  WORD_FRAMES,
} from '../../scripts/eval/proofreading';
import {
  GRAMMAR_RULES,
  isCapitalised,
  isLockedItem,
  loadProofreading,
  parseFieldWords,
  parseGrammar,
  parseMisspellings,
  repeats,
} from '../../scripts/eval/proofreadingLists';
import { testDictionary } from '../helpers/dictionary';

const KNOWN_IDS = new Set(RULE_INFO.map((info) => info.id));

describe('eval corpus reader', () => {
  it('reads weak lines with one or more rules, voices and comments', () => {
    const { items, problems } = parseWeak(
      '# a comment\n# voice: terse\nhedging\tI think I could help.\n\nhedging, overclaim\t  I believe I am the best.  \nno tab here\n',
      'w.tsv',
    );
    assert.deepEqual(
      items.map((i) => [i.rules, i.sentence, i.voice, i.line]),
      [
        [['hedging'], 'I think I could help.', 'terse', 3],
        [['hedging', 'overclaim'], 'I believe I am the best.', 'terse', 5],
      ],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [6],
    );
  });

  it('reads strong lines, with trap sections that end at the next comment line', () => {
    const { items } = parseStrong('# voice: senior\nOne.\n# traps: hedging\nTwo.\n# more about it\nThree.\n', 's.tsv');
    assert.deepEqual(
      items.map((i) => [i.sentence, i.voice, i.trap]),
      [
        ['One.', 'senior', undefined],
        ['Two.', 'senior', 'hedging'],
        ['Three.', 'senior', undefined],
      ],
    );
  });

  it('reads sidecars and compares findings as multisets', () => {
    const { items, problems } = parseExpected('# expected\nhedging\t3\nspelling\tx\n', 'a.expected.tsv');
    assert.deepEqual(items, [{ ruleId: 'hedging', line: 3 }]);
    assert.equal(problems.length, 1);
    assert.deepEqual(sidecarNames('strong-tech.md'), ['strong-tech.md.expected.tsv', 'strong-tech.expected.tsv']);
    const result = compareFindings(
      [
        { ruleId: 'hedging', line: 3 },
        { ruleId: 'hedging', line: 3 },
      ],
      [
        { ruleId: 'hedging', line: 3 },
        { ruleId: 'buzzword', line: 4 },
      ],
    );
    assert.deepEqual(result, {
      matched: [{ ruleId: 'hedging', line: 3 }],
      missing: [{ ruleId: 'buzzword', line: 4 }],
      unexpected: [{ ruleId: 'hedging', line: 3 }],
    });
  });

  it('hashes with 32-bit FNV-1a of the normalised text', () => {
    assert.equal(fnv1a(''), 0x811c9dc5);
    assert.equal(fnv1a('a'), 0xe40c292c);
    assert.equal(fnv1a('foobar'), 0xbf9cf968);
    assert.equal(normalise('  I  led\tthree  '), 'I led three');
    assert.equal(isLocked(' I led three '), isLocked('I led three'));
  });
});

describe('eval corpus (test/eval)', () => {
  const corpus = loadCorpus();
  const weakRules = (rule: string) => corpus.weak.filter((w) => w.rules.includes(rule)).length;

  it('parses without a problem', () => {
    assert.deepEqual(
      corpus.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
      [],
    );
  });

  it('labels only known rule ids, in weak lines, trap sections and sidecars', () => {
    const labels = [
      ...corpus.weak.flatMap((w) => w.rules.map((r) => ({ r, at: `${w.file}:${w.line}` }))),
      ...corpus.strong.flatMap((s) => (s.trap ? [{ r: s.trap, at: `${s.file}:${s.line}` }] : [])),
      ...corpus.letters.flatMap((l) => (l.expected ?? []).map((e) => ({ r: e.ruleId, at: `${l.file} (sidecar)` }))),
    ];
    assert.deepEqual(
      labels.filter(({ r }) => !KNOWN_IDS.has(r)).map(({ r, at }) => `${at}: ${r}`),
      [],
    );
  });

  it('names only the eight voices, and uses all of them', () => {
    const used = new Set([...corpus.weak, ...corpus.strong].map((i) => i.voice).filter((v) => v !== undefined));
    assert.deepEqual(
      [...used].filter((v) => !(VOICES as readonly string[]).includes(v)),
      [],
    );
    assert.deepEqual(
      VOICES.filter((v) => !corpus.weak.some((w) => w.voice === v)),
      [],
      'voices with no weak sentence',
    );
  });

  it('holds no sentence twice, in weak or strong', () => {
    const seen = new Map<string, string>();
    const twice: string[] = [];
    for (const item of [...corpus.weak, ...corpus.strong]) {
      const key = normalise(item.sentence).toLowerCase();
      const first = seen.get(key);
      if (first) twice.push(`${item.file}:${item.line} repeats ${first}: ${item.sentence}`);
      else seen.set(key, `${item.file}:${item.line}`);
    }
    assert.deepEqual(twice, []);
  });

  it('meets the sizes of issue 12: 600 weak, 12 a rule, 400 strong with a third traps, 20 letters with sidecars', () => {
    const rules = [...new Set(corpus.weak.flatMap((w) => w.rules))];
    const traps = corpus.strong.filter((s) => s.trap !== undefined).length;
    const sized = {
      weak: corpus.weak.length >= 600,
      rulesUnder12: rules.filter((r) => weakRules(r) < 12).map((r) => `${r} ${weakRules(r)}`),
      strong: corpus.strong.length >= 400,
      trapsAThird: traps * 3 >= corpus.strong.length && corpus.strong.length > 0,
      lettersWithSidecars: corpus.letters.filter((l) => l.expected !== undefined).length >= 20,
      lettersWithoutSidecars: corpus.letters.filter((l) => l.expected === undefined).map((l) => l.file),
    };
    assert.deepEqual(
      sized,
      { weak: true, rulesUnder12: [], strong: true, trapsAThird: true, lettersWithSidecars: true, lettersWithoutSidecars: [] },
      `${corpus.weak.length} weak, ${corpus.strong.length} strong (${traps} traps), ${corpus.letters.length} letters`,
    );
  });

  it('locks about a quarter of the sentences (20–30%)', () => {
    const sentences = [...corpus.weak, ...corpus.strong];
    const share = sentences.filter((s) => isLocked(s.sentence)).length / sentences.length;
    assert.ok(share >= 0.2 && share <= 0.3, `${(share * 100).toFixed(1)}% of ${sentences.length} sentences locked`);
  });
});

describe('eval harness', () => {
  const spelling = testDictionary();

  it('reads a scaffold letter that raises nothing, with or without spelling', () => {
    assert.deepEqual(analyze(scaffoldText(), { ...SCAFFOLD_OPTIONS, spelling }).findings, []);
    assert.deepEqual(analyze(scaffoldText(), SCAFFOLD_OPTIONS).findings, []);
  });

  it('places each sentence where its rule reads, and the scaffold stays silent around a strong one', () => {
    assert.equal(positionFor(['generic-salutation']), 'salutation');
    assert.equal(positionFor(['hedging', 'generic-opener']), 'opening');
    assert.equal(positionFor(['weak-closing']), 'closing');
    assert.equal(positionFor(['hedging']), 'middle');
    for (const position of ['salutation', 'opening', 'middle', 'closing', 'sign-off'] as const) {
      const placed = place('A placed sentence.', position);
      assert.equal(placed.text.slice(placed.offset, placed.offset + placed.length), 'A placed sentence.', position);
    }
    assert.deepEqual(checkStrong('Last quarter I cut the review queue from 900 invoices to 120 by matching partial shipments.', spelling), {
      loud: [],
      quiet: [],
    });
  });

  it('catches a known weak sentence by its rule in its position', () => {
    assert.deepEqual(checkWeak('I am writing to apply for the Data Analyst position at your company.', ['generic-opener'], spelling).missed, []);
    assert.deepEqual(checkWeak('Dear Sir or Madam,', ['generic-salutation'], spelling).missed, []);
    assert.deepEqual(checkWeak('I look forward to hearing from you.', ['weak-closing'], spelling).missed, []);
    assert.deepEqual(checkWeak('I am a hard-working team player.', ['self-assessed-trait'], spelling).missed, []);
    // A finding elsewhere in the letter does not count for the sentence.
    assert.deepEqual(checkWeak('I led the migration of 40 services.', ['hedging'], spelling).missed, ['hedging']);
  });
});

describe('proofreading list reader', () => {
  it('reads field words with sections, and reports a line of two words', () => {
    const { items, problems } = parseFieldWords('# section: ml\nscalable\n\n  PyTorch  \n# section: cloud\nmulti-region\ntwo words\n', 'f.txt');
    assert.deepEqual(
      items.map((i) => [i.word, i.section, i.line]),
      [
        ['scalable', 'ml', 2],
        ['PyTorch', 'ml', 4],
        ['multi-region', 'cloud', 6],
      ],
    );
    assert.deepEqual(
      problems.map((p) => `${p.file}:${p.line}`),
      ['f.txt:7'],
    );
  });

  it('reads misspellings, and reports lines without exactly two fields or with the word as its own correction', () => {
    const { items, problems } = parseMisspellings('# section: months\nFebuary\tFebruary\nrecieve\nsame\tsame\na\tb\tc\nPyhton\tPython\r\n', 'm.tsv');
    assert.deepEqual(
      items.map((i) => [i.misspelling, i.correction, i.section, i.line]),
      [
        ['Febuary', 'February', 'months', 2],
        ['Pyhton', 'Python', 'months', 6],
      ],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [3, 4, 5, 6],
      'no tab, own correction, three fields, CRLF',
    );
  });

  it('reads grammar lines with voices, and reports a missing tab, a bad rule id or an empty sentence', () => {
    const { items, problems } = parseGrammar('# voice: terse\na-or-an\t  I built a  ML model. \nno tab\nNot A Rule\tHi.\nword-form\t\n', 'g.tsv');
    assert.deepEqual(
      items.map((i) => [i.rule, i.sentence, i.voice, i.line]),
      [['a-or-an', 'I built a ML model.', 'terse', 2]],
    );
    assert.deepEqual(
      problems.map((p) => p.line),
      [3, 4, 5],
    );
  });

  it('finds an item repeated in its list or standing in two lists', () => {
    const word = (w: string, line: number) => ({ word: w, section: undefined, file: 'f', line });
    const sentence = (s: string, line: number) => ({ rule: 'a-or-an', sentence: s, voice: undefined, file: 'g', line });
    const found = repeats({
      fieldWords: [word('scalable', 1), word('scalable', 2)],
      misspellings: [{ misspelling: 'scalable', correction: 'x', section: undefined, file: 'm', line: 1 }],
      slips: [sentence('An hour.', 1)],
      traps: [sentence('an hour.', 2)],
    });
    assert.deepEqual(
      found.map((r) => `${r.at} ${r.first}`),
      ['f:2 f:1', 'm:1 f:1', 'g:2 g:1'],
    );
  });
});

describe('proofreading lists (test/eval/proofreading)', () => {
  const lists = loadProofreading(`${CORPUS_DIR}/proofreading`, ROOT);
  const slips = lists.slips ?? [];
  const traps = lists.traps ?? [];
  const known = new Set<string>([...KNOWN_IDS, ...GRAMMAR_RULES]);
  // Lines are named by file and line only: the locked split is never printed.

  it('holds all four lists (written by an outside reviewer for issue 13)', () => {
    assert.deepEqual(lists.missing, [], 'not committed yet (the outside reviewer of issue 13 writes them; no rule change causes this)');
  });

  it('parses without a problem', () => {
    assert.deepEqual(
      lists.problems.map((p) => `${p.file}:${p.line}: ${p.message}`),
      [],
    );
  });

  it('labels only rule ids the engine knows (RULE_INFO) or the grammar family of issue 13 while it is built', () => {
    assert.deepEqual(
      [...slips, ...traps].filter((i) => !known.has(i.rule)).map((i) => `${i.file}:${i.line}: ${i.rule}`),
      [],
    );
  });

  it('names only the eight voices', () => {
    assert.deepEqual(
      [...slips, ...traps]
        .filter((i) => i.voice !== undefined && !(VOICES as readonly string[]).includes(i.voice))
        .map((i) => `${i.file}:${i.line}: ${i.voice}`),
      [],
    );
  });

  it('holds no item twice, and no item in two lists', () => {
    assert.deepEqual(
      repeats(lists).map((r) => `${r.at} repeats ${r.first}`),
      [],
    );
  });

  it('meets the sizes of issue 13: 2,000 field words, 300 misspellings a third capitalised, 150 slips and 150 traps with 14 a rule', () => {
    const words = new Set((lists.fieldWords ?? []).map((w) => w.word)).size;
    const misspellings = lists.misspellings ?? [];
    const capitalised = misspellings.filter((m) => isCapitalised(m.misspelling)).length;
    const under14 = (items: typeof slips) =>
      GRAMMAR_RULES.map((r) => `${r} ${items.filter((i) => i.rule === r).length}`).filter((x) => Number(x.split(' ')[1]) < 14);
    const sized = {
      fieldWords: words >= 2000,
      misspellings: misspellings.length >= 300,
      capitalisedAThird: capitalised * 3 >= misspellings.length && misspellings.length > 0,
      slips: slips.length >= 150,
      slipRulesUnder14: under14(slips),
      traps: traps.length >= 150,
      trapRulesUnder14: under14(traps),
    };
    assert.deepEqual(
      sized,
      { fieldWords: true, misspellings: true, capitalisedAThird: true, slips: true, slipRulesUnder14: [], traps: true, trapRulesUnder14: [] },
      `${words} unique field words, ${misspellings.length} misspellings (${capitalised} capitalised), ${slips.length} slips, ${traps.length} traps`,
    );
  });

  it('locks about a quarter of the items (20–30%)', function () {
    const items = [...(lists.fieldWords ?? []), ...(lists.misspellings ?? []), ...slips, ...traps];
    assert.ok(items.length > 0, 'the proofreading lists are read (they are part of the repository)');
    const share = items.filter(isLockedItem).length / items.length;
    assert.ok(share >= 0.2 && share <= 0.3, `${(share * 100).toFixed(1)}% of ${items.length} items locked`);
  });
});

describe('proofreading harness', () => {
  const spelling = testDictionary();

  it('puts a word mid-sentence in a frame chosen by the word, and each frame raises nothing around a plain word', () => {
    assert.equal(frameFor('scalable'), frameFor('scalable'));
    for (const frame of WORD_FRAMES) {
      const at = frame.indexOf('{w}');
      assert.ok(
        at > 0 && /^[a-z]/.test(frame.slice(at + 4)) && /[a-z] $/.test(frame.slice(0, at)),
        `${frame}: the word sits between lower-case words`,
      );
      const sentence = frame.replace('{w}', 'reconciliation');
      assert.deepEqual(
        findingsOn(place(sentence, 'middle'), spelling).map((f) => f.ruleId),
        [],
        sentence,
      );
    }
    const placed = placeWord('Kubernetes');
    assert.equal(placed.text.slice(placed.offset, placed.offset + placed.length), 'Kubernetes');
  });

  it('flags a misspelling with its correction as the first fix, and leaves a field word alone', () => {
    assert.deepEqual(checkMisspelling('recieve', 'receive', spelling), {
      caught: true,
      firstRight: true,
      amongFixes: true,
      fired: ['spelling'],
      firstFix: 'receive',
    });
    assert.equal(checkMisspelling('recieve', 'relieve', spelling).firstRight, false);
    assert.deepEqual(checkFieldWord('spreadsheet', spelling), { flagged: false, fired: [] });
  });

  it('places a salutation slip on the salutation line and any other in the body; a slip counts only for its own rule', () => {
    assert.equal(slipPosition('Dear Hiring Manger,'), 'salutation');
    assert.equal(slipPosition('To who it may concern,'), 'salutation');
    assert.equal(slipPosition('Today I led the the review.'), 'middle');
    assert.deepEqual(checkSlip('repeated-word', 'Last year I led the the rewrite of our billing service.', spelling), {
      caught: true,
      fired: ['repeated-word'],
    });
    assert.equal(checkSlip('a-or-an', 'Last year I led the the rewrite of our billing service.', spelling).caught, false);
    assert.deepEqual(checkTrap('Last quarter I cut the review queue from 900 invoices to 120 by matching partial shipments.', spelling), {
      fired: [],
    });
    assert.deepEqual(checkTrap('Last year I led the the rewrite of our billing service.', spelling), { fired: ['repeated-word'] });
  });
});
