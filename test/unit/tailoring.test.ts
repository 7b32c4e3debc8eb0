/** Tailoring: reading a job description, matching a letter to it, the company, the industry, the skim checks. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { analyze, readJobDescription } from '../../server/src/engine';
import { REPO_ROOT } from '../helpers/paths';

const fixture = (name: string) => fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', name), 'utf8');
const ranking = fixture('job-ranking.md');
const credit = fixture('job-credit.md');

const labels = (text: string) => readJobDescription(text).terms.map((t) => t.label.toLowerCase());

describe('job description', () => {
  it('extracts tools, metrics, the role and the company', () => {
    const job = readJobDescription(ranking);
    const terms = labels(ranking);
    for (const tool of ['triton', 'pytorch', 'feast']) assert.ok(terms.includes(tool), tool);
    for (const metric of ['p99 latency', 'conversion', 'drift', 'inference cost']) assert.ok(terms.includes(metric), metric);
    assert.equal(job.role, 'Senior Machine Learning Engineer');
    assert.equal(job.company, 'Northwind Analytics');
    assert.ok(
      job.terms.some((t) => t.kind === 'duty'),
      'duties from the responsibilities',
    );
  });

  it('reads the company from a "Company:" line', () => {
    assert.equal(readJobDescription(credit).company, 'Harbor Lending');
  });
});

describe('job match', () => {
  it('matches word forms and stems, and weighs tools and metrics above general words', () => {
    const letter =
      'I deployed our ranking models on Triton and cut p99 latencies by half.\n\nI also monitored drift on the feature pipelines.\n\nCould we talk next week?';
    const match = analyze(letter, { job: { text: ranking } }).stats.job!;
    assert.ok(match.matched.includes('Triton'));
    assert.ok(
      match.matched.some((m) => m.toLowerCase() === 'p99 latency'),
      'latencies answers latency',
    );
    assert.ok(match.matched.includes('drift'), 'monitored drift');
    assert.ok(match.missing.includes('Feast') && match.missing.includes('PyTorch'));
    assert.ok(match.match > 0 && match.match < 100);
  });

  it('rises as the letter answers more of the description', () => {
    const before = analyze('I own a ranking model.\n\nCould we talk?', { job: { text: ranking } }).stats.job!.match;
    const after = analyze('I own a ranking model in PyTorch on Feast and Triton, at 40 ms p99 latency.\n\nCould we talk?', {
      job: { text: ranking },
    }).stats.job!.match;
    assert.ok(after > before, `${after} > ${before}`);
  });

  it('reports the missing tools and metrics on the first line', () => {
    const text = 'Dear Priya,\n\nI own the ranking model at Lumen.\n\nCould we talk next week?';
    const finding = analyze(text, { job: { text: ranking } }).findings.find((f) => f.ruleId === 'job-keywords-missing');
    assert.ok(finding);
    assert.equal(finding.offset, 0);
    assert.match(finding.message, /Feast/);
  });

  it('takes the company from the description when the front matter has none', () => {
    const text = 'I own the ranking model at Lumen.\n\nCould we talk next week?';
    const result = analyze(text, { job: { text: ranking } });
    assert.equal(result.tailoring.company, 'Northwind Analytics');
    assert.ok(result.findings.some((f) => f.ruleId === 'company-not-named'));
  });
});

describe('industry', () => {
  const letter = 'I built an underwriting model for consumer loans.\n\nCould we talk next week?';

  it('is detected from the job description and the letter', () => {
    const { tailoring } = analyze(letter, { job: { text: credit } });
    assert.equal(tailoring.industry, 'finance');
    assert.equal(tailoring.industrySource, 'detected');
  });

  it('is taken from the front matter first, then the setting', () => {
    assert.equal(analyze(`---\nindustry: retail\n---\n\n${letter}`, { industry: 'tech', job: { text: credit } }).tailoring.industry, 'retail');
    assert.equal(analyze(letter, { industry: 'tech', job: { text: credit } }).tailoring.industrySource, 'setting');
  });

  it('stays general without clear signals', () => {
    assert.equal(analyze('I built a model.\n\nCould we talk?').tailoring.industry, 'general');
  });

  it('asks a finance letter for governance evidence', () => {
    const ids = analyze(letter, { job: { text: credit } }).findings.map((f) => f.ruleId);
    assert.ok(ids.includes('finance-governance-missing'));
  });
});

describe('hiring-manager skim', () => {
  it('finds each of the four signals with the sentences that show it', () => {
    const text = [
      'I own the search ranking service at Lumen end to end.',
      '',
      'It serves 8M users at 40 ms p99, and the last model lifted conversion 3%, worth $1.2M a year.',
      '',
      'Your post on hybrid retrieval is the design space I have been shipping in. Could we talk next week?',
    ].join('\n');
    const skim = analyze(text).tailoring.skim;
    assert.deepEqual(
      skim.map((c) => [c.id, c.passed]),
      [
        ['ownership', true],
        ['production-constraints', true],
        ['business-impact', true],
        ['team-judgment', true],
      ],
    );
    const impact = skim.find((c) => c.id === 'business-impact')!;
    assert.equal(impact.evidence[0]!.text, text.slice(impact.evidence[0]!.offset, impact.evidence[0]!.offset + impact.evidence[0]!.length));
  });

  it('fails the checks a generic letter does not meet', () => {
    const skim = analyze('I am a hard worker.\n\nI hope to hear from you.').tailoring.skim;
    assert.ok(skim.every((c) => !c.passed));
  });
});
