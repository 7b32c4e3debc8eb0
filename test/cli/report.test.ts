/**
 * The CLI and job descriptions: `check` finds the description as the editor
 * does and puts the match in its JSON, and `report` prints the letter's report.
 */
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatLetterReportText, lengthBar } from '../../server/src/cli/formatLetterReport';
import { analyze } from '../../server/src/engine';
import type { LetterReport } from '../../shared/src/protocol';
import { REPO_ROOT } from '../helpers/paths';
import { runCli } from '../helpers/runCli';
import { TempDir } from '../helpers/tempFiles';

const JOB = readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'job-ranking.md'), 'utf8');
const OTHER_JOB = 'We build fraud models in Python. You will own model risk reviews and SHAP explanations for auditors.\n';

const BODY =
  'Dear Ms. Rivera,\n\nI owned the ranking model end to end at Acme and cut p99 latency from 180 ms to 90 ms with PyTorch, ' +
  'which lifted conversion 4% and added $2M in revenue.\n\nI think your team is great.\n\nCould we talk on Tuesday?\n\nBest,\nAna\n';

interface CheckJson {
  files: {
    path: string;
    stats: { job?: { match: number; matched: string[]; missing: string[] } };
    diagnostics: { code: string; message: string }[];
  }[];
}

describe('cover-letter-coach and job descriptions', function () {
  let dir: TempDir;
  beforeEach(() => (dir = new TempDir()));
  afterEach(() => dir.dispose());

  function check(...args: string[]): CheckJson {
    const result = runCli(['check', '--format', 'json', ...args], dir.path);
    assert.ok(result.status === 0 || result.status === 1, result.stderr);
    return JSON.parse(result.stdout) as CheckJson;
  }

  const jobOf = (text: string) => analyze(BODY, { job: { text } }).stats.job;

  it('check: stats.job from the front matter, else --job, else a job.md beside the letter', function () {
    dir.mkdir('jobs');
    dir.write('jobs/ranking.md', JOB);
    dir.write('other.md', OTHER_JOB);
    dir.write('named.md', `---\njob: ./jobs/ranking.md\n---\n${BODY}`);
    dir.write('plain.md', BODY);

    const found = check('named.md', 'plain.md').files;
    assert.deepEqual(found[0]!.stats.job, jobOf(JOB), 'front matter, relative to the letter');
    assert.ok(found[0]!.stats.job!.missing.length > 0);
    assert.equal(found[1]!.stats.job, undefined, 'no description: no stats.job');

    const option = check('--job', 'other.md', 'named.md', 'plain.md').files;
    assert.deepEqual(option[0]!.stats.job, jobOf(JOB), 'the front matter wins over --job');
    assert.deepEqual(option[1]!.stats.job, jobOf(OTHER_JOB));

    dir.write('jd.md', OTHER_JOB);
    dir.write('job.md', JOB);
    assert.deepEqual(check('plain.md').files[0]!.stats.job, jobOf(JOB), 'job.md comes before jd.md');
  });

  it('check: a description that cannot be read is one finding naming it; a missing --job is a usage error', function () {
    dir.write('letter.md', `---\njob: ./gone.md\n---\n${BODY}`);
    const [file] = check('letter.md').files;
    const unreadable = file!.diagnostics.filter((d) => d.code === 'job-description-unreadable');
    assert.equal(unreadable.length, 1);
    assert.equal(
      unreadable[0]!.message,
      `Cannot read the job description ./gone.md (${path.join(dir.path, 'gone.md')}): no such file. The letter is checked without it.`,
    );
    assert.equal(file!.stats.job, undefined);

    const usage = runCli(['check', '--job', 'nope.md', 'letter.md'], dir.path);
    assert.equal(usage.status, 2);
    assert.match(usage.stderr, /--job nope\.md: no such file/);
  });

  it('report: the length bar, the skim checks with quotes, the job match, the industry and findings by rule', function () {
    dir.write('job.md', JOB);
    dir.write('letter.md', `---\ntarget: 100\ncompany: Northwind Analytics\n---\n${BODY}`);
    const result = runCli(['report', 'letter.md'], dir.path);
    assert.equal(result.status, 0, result.stderr);
    const out = result.stdout;
    const job = jobOf(JOB)!;
    assert.match(out, /^Cover letter report: letter\.md\n/);
    const words = analyze(BODY).stats.words;
    const filled = Math.round((words / 100) * 20);
    assert.ok(
      out.includes(
        `\nLength     [${'#'.repeat(filled)}${'.'.repeat(20 - filled)}] ${words} / 100 words, ${100 - words} words under\n` +
          "           (the target is set in the letter's front matter)\n",
      ),
      out,
    );
    assert.match(out, /\nIndustry {3}tech \(detected from the letter and any job description\)\n/);
    assert.match(out, /\nCompany {4}Northwind Analytics\n/);
    assert.ok(out.includes(`\nJob match  ${job.match}% (Senior Machine Learning Engineer, job.md)\n`), out);
    assert.ok(out.includes(`\n  missing: ${job.missing.join(', ')}\n`), out);
    assert.ok(out.includes('\n  [x] End-to-end ownership\n        line 7: "I owned the ranking model end to end'), out);
    assert.match(out, /\n {2}warning {7}1 {2}hedging +Hedging\n/);
  });

  it('report --format json: the same report as the editor gets', function () {
    dir.write('job.md', JOB);
    dir.write('letter.md', BODY);
    const result = runCli(['report', '--format', 'json', 'letter.md'], dir.path);
    assert.equal(result.status, 0, result.stderr);
    const json = JSON.parse(result.stdout) as { version: number; path: string; report: LetterReport };
    assert.equal(json.version, 1);
    assert.equal(json.path, 'letter.md');
    assert.equal(json.report.uri, pathToFileURL(path.join(dir.path, 'letter.md')).href);
    assert.equal(json.report.job?.path, 'job.md');
    assert.equal(json.report.job?.match, jobOf(JOB)!.match);
    assert.deepEqual(
      json.report.skim.map((s) => [s.id, s.passed]),
      analyze(BODY, { job: { text: JOB } }).tailoring.skim.map((s) => [s.id, s.passed]),
    );
    const ownership = json.report.skim.find((s) => s.id === 'ownership')!;
    assert.deepEqual(ownership.evidence[0]!.range.start, { line: 2, character: 0 });
    assert.ok(json.report.findingsByRule.some((rule) => rule.ruleId === 'hedging' && rule.count === 1 && rule.docs.endsWith('README.md#hedging')));
  });

  it('report: a file that cannot be read exits 2', function () {
    const result = runCli(['report', 'missing.md'], dir.path);
    assert.equal(result.status, 2);
    assert.match(result.stderr, /missing\.md: no such file/);
  });
});

describe('the report text', function () {
  it('draws the length against the target, and marks each tenth over it', function () {
    assert.equal(lengthBar(0, 250), '[....................]');
    assert.equal(lengthBar(125, 250), '[##########..........]');
    assert.equal(lengthBar(250, 250), '[####################]');
    assert.equal(lengthBar(260, 250), '[####################]+');
    assert.equal(lengthBar(300, 250), '[####################]++');
    assert.equal(lengthBar(5000, 250), '[####################]++++++++++');
  });

  it('says when there is no job description, or why it was not read, and when nothing was found', function () {
    const base: LetterReport = {
      uri: 'file:///l.md',
      version: 0,
      statistics: {
        uri: 'file:///l.md',
        version: 0,
        words: 250,
        target: 250,
        targetSource: 'default',
        sentences: 10,
        paragraphs: 3,
        averageSentenceLength: 25,
        readingTimeMinutes: 2,
        readabilityGrade: 9,
        industry: 'general',
      },
      industry: { value: 'general', source: 'default' },
      company: undefined,
      job: undefined,
      jobProblem: undefined,
      skim: [{ id: 'ownership', label: 'End-to-end ownership', passed: false, evidence: [] }],
      findingsByRule: [],
    };
    const plain = formatLetterReportText('l.md', base);
    assert.match(plain, /250 \/ 250 words, right on the target/);
    assert.match(plain, /\nCompany {4}not named/);
    assert.match(plain, /\nJob match {2}no job description \(name one with job: in the front matter/);
    assert.match(plain, /\n {2}\[ \] End-to-end ownership\n/);
    assert.match(plain, /\nFindings {3}none\n$/);
    const problem = formatLetterReportText('l.md', { ...base, jobProblem: 'Cannot read the job description ./x.md: no such file.' });
    assert.match(problem, /\nJob match {2}unknown\n {2}Cannot read the job description \.\/x\.md: no such file\.\n/);
  });
});
