/**
 * The spelling rule on capitalised words, web addresses and the job
 * description's words: a slip in a month, a tool, a country or a job title is
 * flagged with the word meant first; names far from those stay silent; the parts
 * of a web address and the words of the job description are not slips.
 */
import * as assert from 'node:assert/strict';
import { analyze, type AnalyzeOptions } from '../../server/src/engine';
import { testDictionary } from '../helpers/dictionary';

/** The spelling findings in `body` (placed in a short letter), as [word, first fix]. */
function spelling(body: string, options: AnalyzeOptions = {}): Array<[string, string | undefined]> {
  const text = `Dear Ms. Okafor,\n\n${body}\n\nBest regards,\nSam Lee\n`;
  const result = analyze(text, { format: 'markdown', ...options, spelling: testDictionary(), spellingSuggestions: true });
  return result.findings
    .filter((f) => f.ruleId === 'spelling')
    .map((f) => [text.slice(f.offset, f.offset + f.length), f.fixes?.[0]?.edits[0]?.newText]);
}

describe('spelling: capitalised words', function () {
  it('flags a slip in a capitalised word we know, with that word first, as written', function () {
    const cases: Array<[string, string]> = [
      ['Janaury', 'January'],
      ['Wednsday', 'Wednesday'],
      ['Pytorhc', 'PyTorch'],
      ['Kuberentes', 'Kubernetes'],
      ['Gogle', 'Google'],
      ['Microsfot', 'Microsoft'],
      ['Germnay', 'Germany'],
      ['Portuguse', 'Portuguese'],
      ['Scienitst', 'Scientist'],
      ['Univeristy', 'University'],
      ['Javscript', 'JavaScript'],
    ];
    for (const [typo, meant] of cases) {
      assert.deepEqual(spelling(`Since last spring I have worked with ${typo} every week.`), [[typo, meant]], typo);
      assert.deepEqual(spelling(`${typo} was where the work began.`), [[typo, meant]], `${typo} opening a sentence`);
    }
  });

  it('flags a slip in a name with inner capitals only when it is one slip from such a name we know', function () {
    assert.deepEqual(spelling('I spent two years at McKinsy and moved our models to PyTroch.'), [
      ['McKinsy', 'McKinsey'],
      ['PyTroch', 'PyTorch'],
    ]);
    assert.deepEqual(spelling('I spent two years at McKinsey, then at DataRobot and QuantLedger.'), []);
  });

  it('leaves a name written with accents alone, even one letter from a city we know', function () {
    assert.deepEqual(spelling('I moved from Kraków to Montréal and then to Zürich.'), []);
  });

  it('keeps a possessive on the correction', function () {
    assert.deepEqual(spelling('I rewrote Pyhton’s packaging for our team.'), [['Pyhton’s', 'Python’s']]);
  });

  it('leaves names alone: far from every word we know, or near one the way names are', function () {
    const names = [
      'Dockery',
      'Karas',
      'Zentrix',
      'Veritrade',
      'Berriault',
      'Oyelaran',
      'Streamly',
      'Aprile',
      'Merckx',
      'Jenkyns',
      'Universita',
      'Directo',
      'Bui',
      'Damon',
    ];
    for (const name of names) {
      assert.deepEqual(spelling(`Last year I worked with ${name} on the pricing models.`), [], name);
      assert.deepEqual(spelling(`${name} reviewed the pricing model with me.`), [], `${name} opening a sentence`);
    }
  });

  it('inside a sentence, takes a capitalised misspelling of an ordinary word for a name, and of a name for a slip', function () {
    assert.deepEqual(spelling('I met Analise at Embrio last spring.'), []);
    assert.deepEqual(spelling('We moved to the Carribean office in Febuary.'), [
      ['Carribean', 'Caribbean'],
      ['Febuary', 'February'],
    ]);
  });

  it('takes a capitalised word after a title, or in the greeting, for a name', function () {
    assert.deepEqual(spelling('I met Mr Targett and Dr. Kaffka at the meetup.'), []);
    const text = 'Dear Targett,\n\nI rebuilt the pricing service last spring.\n\nBest regards,\nSam Lee\n';
    const findings = analyze(text, { format: 'markdown', spelling: testDictionary() }).findings.filter((f) => f.ruleId === 'spelling');
    assert.deepEqual(findings, []);
  });

  it('takes a word written capitalised in the greeting or the signature for a name everywhere in the letter', function () {
    const text = 'Dear Ms Targett,\n\nTargett and I met at the Leeds meetup, where Kaffka presented.\n\nBest regards,\nAnna Kaffka\n';
    const findings = analyze(text, { format: 'markdown', spelling: testDictionary() }).findings.filter((f) => f.ruleId === 'spelling');
    assert.deepEqual(findings, []);
  });

  it('in the greeting, flags a slip in a word of the greeting but takes other unknown words for names', function () {
    for (const [greeting, slip, meant] of [
      ['Dear Hiring Manaegr,', 'Manaegr', 'Manager'],
      ['Dear Selection Comittee,', 'Comittee', 'Committee'],
      ['Dear Talent Acquisiton Team,', 'Acquisiton', 'Acquisition'],
    ]) {
      const text = `${greeting}\n\nI rebuilt the pricing service last spring.\n\nBest regards,\nSam Lee\n`;
      const findings = analyze(text, { format: 'markdown', spelling: testDictionary() }).findings.filter((f) => f.ruleId === 'spelling');
      assert.deepEqual(
        findings.map((f) => [text.slice(f.offset, f.offset + f.length), f.fixes?.[0]?.edits[0]?.newText]),
        [[slip, meant]],
        greeting,
      );
    }
  });

  it('takes only a swap of two letters for a slip in a word of four letters', function () {
    assert.deepEqual(spelling('We shipped it in Juen.'), [['Juen', 'June']]);
    assert.deepEqual(spelling('I met Vissa and Keny at the meetup.'), []);
  });
});

describe('spelling: the job description’s words', function () {
  it('accepts a word the job description uses, and flags it without one', function () {
    const body = 'I would bring my Kestrl experience and my work on Zaldera to your team.';
    assert.deepEqual(
      spelling(body.replace('Kestrl', 'kestrl')).map(([w]) => w),
      ['kestrl'],
    );
    const job = { job: { text: 'We run Kestrl and Zaldera in production and want someone who knows kestrl well.' } };
    assert.deepEqual(spelling(body.replace('Kestrl', 'kestrl'), job), []);
  });
});

describe('spelling: web and e-mail addresses', function () {
  it('leaves the parts of an address alone, as link text or bare', function () {
    const texts = [
      'Reach me at [jane.doe@mail.com](mailto:jane.doe@mail.com) or [github.com/jdoe](https://github.com/jdoe).',
      'My site is www.jdoeportfolio.org and my address is jdoe@quantivo.co.uk.',
      'See linkedin.com/in/jane-doe and jdoe.github.io/projects for more.',
      'My notebooks are on kaggle.com/jdoeml and huggingface.co/jdoeml.',
    ];
    for (const text of texts) assert.deepEqual(spelling(text), [], text);
  });

  it('leaves code and file names written in prose alone, and the particles of names', function () {
    assert.deepEqual(spelling('I replaced df.groupby with polars and trimmed docker-compose.yml to 40 lines.'), []);
    assert.deepEqual(spelling('I studied at Universidad de los Andes.'), []);
    assert.deepEqual(
      spelling('I lost los of data.').map(([w]) => w),
      ['los'],
    );
  });

  it('still flags a slip beside a full stop with no space after it', function () {
    assert.deepEqual(
      spelling('I led the migration.It recieved praise.').map(([w]) => w),
      ['recieved'],
    );
  });

  it('leaves a template’s run of x’s to the placeholder rule', function () {
    assert.deepEqual(spelling('Call me on xxx-xxx-xxxx.'), []);
  });
});

describe('spelling: forms of the field’s words', function () {
  it('accepts a plural, a prefix, an "-ise" or "-ize" ending and an "-omics" sibling of a known word, and still flags a slip', function () {
    const body = 'I featurised the lakehouses, dockerising the overcollateralized loan models, and profiled the lipidome with multiomic assays.';
    assert.deepEqual(spelling(body), []);
    assert.deepEqual(
      spelling('I featurised the lakehouses of the datbase and profiled the lipidome of the smaple.').map(([w]) => w),
      ['datbase', 'smaple'],
    );
  });
});
