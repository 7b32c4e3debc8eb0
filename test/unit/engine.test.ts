/** The engine's reading of a document: what counts as prose, where things are, and the statistics. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, countProseWords } from '../../server/src/engine';
import { REPO_ROOT } from '../helpers/paths';

const findingsOf = (text: string, ruleId: string, format: 'markdown' | 'plaintext' = 'markdown') =>
  analyze(text, { format }).findings.filter((f) => f.ruleId === ruleId);

const spanOf = (text: string, f: { offset: number; length: number }) => text.slice(f.offset, f.offset + f.length);

describe('engine: Markdown', () => {
  it('skips fenced, indented and inline code', () => {
    const text = 'I shipped it.\n\n```\nI am passionate about code\n```\n\n    I am a team player\n\nWe use `synergy()` daily.\n';
    const phraseRules = ['passion-cliche', 'self-assessed-trait', 'buzzword'];
    assert.deepEqual(
      analyze(text).findings.filter((f) => phraseRules.includes(f.ruleId)),
      [],
    );
    assert.equal(analyze(text.replace(/`/g, '')).findings.filter((f) => f.ruleId === 'buzzword').length, 1, 'the same word outside code is flagged');
  });

  it('skips front matter, HTML comments, URLs, e-mail addresses and link targets', () => {
    const text = [
      '---',
      'company: Passionate Synergy Inc',
      '---',
      '',
      '<!-- I am passionate about this -->',
      'See https://example.com/passionate-team-player or team.player@example.com, and [our post](https://x.io/thrilled).',
    ].join('\n');
    assert.deepEqual(analyze(text).findings, []);
  });

  it('still checks link text and emphasis', () => {
    const text = 'I am **passionate** about [cutting-edge](https://example.com) work.';
    const ids = analyze(text)
      .findings.map((f) => f.ruleId)
      .sort();
    assert.deepEqual(ids, ['buzzword', 'passion-cliche']);
  });

  it("reads a reference link's text but not its label, with or without its definition", () => {
    for (const text of [
      'I am proud of [cutting-edge][synergy] work at Evonetix.\n\n[synergy]: https://example.com\n',
      'I am proud of [cutting-edge][synergy] work at Evonetix.\n',
    ]) {
      const flagged = analyze(text).findings.filter((f) => f.ruleId === 'buzzword');
      assert.deepEqual(
        flagged.map((f) => spanOf(text, f)),
        ['cutting-edge'],
        JSON.stringify(text),
      );
    }
  });

  it('treats each list item as its own paragraph', () => {
    const text = 'Highlights:\n\n- I cut latency 40%\n- I am a team player\n';
    const [finding] = findingsOf(text, 'self-assessed-trait');
    assert.equal(spanOf(text, finding!), 'team player');
  });
});

describe('engine: offsets', () => {
  it('are exact with CRLF line ends', () => {
    const text = 'Dear Priya,\r\n\r\nI shipped the ranker.\r\n\r\nI am a team player.\r\n';
    const [finding] = findingsOf(text, 'self-assessed-trait');
    assert.equal(spanOf(text, finding!), 'team player');
  });

  it('are exact after emoji, accented letters, combining marks and tabs', () => {
    const text = '🚀 Café\tnaïve résumé (e\u0301) — I am a team player.';
    const [finding] = findingsOf(text, 'self-assessed-trait');
    assert.equal(spanOf(text, finding!), 'team player');
  });

  it('are exact in plain text too', () => {
    const text = 'Dear Sir or Madam,\n\n🚀 I have exposure to Spark.';
    assert.equal(spanOf(text, findingsOf(text, 'generic-salutation', 'plaintext')[0]!), 'Dear Sir or Madam');
    assert.equal(spanOf(text, findingsOf(text, 'vague-experience', 'plaintext')[0]!), 'exposure to');
  });

  it('are exact after a byte-order mark at the start of a paragraph, and with letters outside the BMP', () => {
    const text = 'Intro line.\n\n\uFEFF \u{10000} I am a team player.';
    const [finding] = findingsOf(text, 'self-assessed-trait');
    assert.equal(spanOf(text, finding!), 'team player');
    for (const f of analyze(text).findings) {
      assert.ok(!/[\uDC00-\uDFFF]/.test(text.charAt(f.offset)), `${f.ruleId} starts inside a surrogate pair`);
    }
  });

  it('do not cross into other paragraphs', () => {
    const text = 'I am a team\n\nplayer who ships.';
    assert.equal(findingsOf(text, 'self-assessed-trait').length, 0);
  });
});

describe('engine: letter structure', () => {
  const letter = [
    'Dana Ortiz · dana@example.com',
    '',
    'Dear Priya,',
    '',
    'I own the ranking model at Lumen, serving 8M users at 40 ms p99.',
    '',
    'Last quarter I cut its inference cost 42%.',
    '',
    'Could we talk next week?',
    '',
    'Best,',
    'Dana',
  ].join('\n');

  it('counts body paragraphs and sentences, and every prose word', () => {
    const { stats } = analyze(letter);
    assert.equal(stats.paragraphs, 3);
    assert.equal(stats.sentences, 3);
    // header 2 (the e-mail address is not a word) + salutation 2 + body 14 + 8 + 5 + sign-off 1 + name 1
    assert.equal(stats.words, 33);
  });

  it('does not count front matter, code or comments as words', () => {
    const text = '---\ntarget: 150\n---\n\nOne two three.\n\n```\nnot counted here\n```\n\n<!-- nor here -->\n';
    assert.equal(analyze(text).stats.words, 3);
  });

  it('splits one-paragraph-per-line letters into paragraphs', () => {
    const text =
      'Dear Priya,\n' +
      'I own the ranking model at Lumen, serving 8M users at 40 ms p99, and I rebuilt its training pipeline on Kubeflow last spring.\n' +
      'Last quarter I cut its inference cost 42% by distilling it into a smaller student model that runs on CPUs in every region.\n' +
      'Could we talk next week?\n' +
      'Best,\nDana\n';
    assert.equal(analyze(text, { format: 'plaintext' }).stats.paragraphs, 3);
  });

  it('ends a sentence after a figure in milliseconds', () => {
    assert.equal(analyze('Latency fell from 140 ms to 45 ms. The team noticed.').stats.sentences, 2);
  });

  it('keeps a hard-wrapped paragraph together', () => {
    const text =
      'I own the ranking model at Lumen, serving eight million users at\n' +
      'forty milliseconds at the 99th percentile, and I rebuilt its training\n' +
      'pipeline on Kubeflow last spring.\n';
    const { stats } = analyze(text, { format: 'plaintext' });
    assert.equal(stats.paragraphs, 1);
    assert.equal(stats.sentences, 1);
  });
});

describe('engine: front matter', () => {
  it('reads target, length, industry and company', () => {
    const r = analyze('---\nlength: senior\nindustry: Finance\ncompany: Northwind\n---\n\nI built it.');
    assert.deepEqual(r.frontMatter, { target: 400, industry: 'finance', company: 'Northwind' });
  });

  it('prefers an explicit target over a named length', () => {
    assert.equal(analyze('---\ntarget: 300\nlength: referral\n---\n\nText.').frontMatter.target, 300);
  });

  it('reports malformed YAML at its place and keeps checking', () => {
    const text = '---\ntarget: [250\n---\n\nI am a team player.';
    const r = analyze(text);
    const problem = r.findings.find((f) => f.ruleId === 'invalid-front-matter');
    assert.ok(problem);
    assert.ok(problem.offset >= 4 && problem.offset < text.indexOf('\n---'), 'inside the YAML');
    assert.ok(r.findings.some((f) => f.ruleId === 'self-assessed-trait'));
  });

  it('names the bad option and points at its value', () => {
    const text = '---\nindustry: space\n---\n\nText.';
    const [problem] = analyze(text).findings.filter((f) => f.ruleId === 'invalid-front-matter');
    assert.equal(spanOf(text, problem!), 'space');
    assert.match(problem!.message, /industry/);
  });
});

describe('engine: options', () => {
  it('applies per-rule severities', () => {
    const r = analyze('I am a team player.', { rules: { 'self-assessed-trait': 'error' } });
    assert.equal(r.findings.find((f) => f.ruleId === 'self-assessed-trait')?.severity, 'error');
  });

  it('returns findings in document order', () => {
    const r = analyze('I am a team player. I am passionate. I have exposure to Go.');
    const offsets = r.findings.map((f) => f.offset);
    assert.deepEqual(
      offsets,
      [...offsets].sort((a, b) => a - b),
    );
  });

  it('handles empty and whitespace-only text', () => {
    for (const text of ['', '   \n\n\t', '---\n---\n']) {
      const r = analyze(text);
      assert.deepEqual(r.findings, []);
      assert.equal(r.stats.words, 0);
    }
  });
});

describe('engine: counting the words of a selection', () => {
  it('counts as the statistics do, in Markdown and plain text', () => {
    const texts = ['samples', 'bench/texts'].flatMap((dir) =>
      fs.readdirSync(path.join(REPO_ROOT, dir)).map((name) => fs.readFileSync(path.join(REPO_ROOT, dir, name), 'utf8')),
    );
    texts.push('---\ncompany: Acme\n---\nDear Priya,\n\nI cut `p99` 40%. See https://example.com.\n\n```\ncode here\n```\n');
    for (const text of texts) {
      for (const format of ['markdown', 'plaintext'] as const) {
        assert.equal(countProseWords(text, format), analyze(text, { format }).stats.words, `${format}: ${text.slice(0, 40)}`);
      }
    }
  });
});
