/** coverLetter/report over stdio: answered from the last check, for checked documents only. */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import { RequestType } from 'vscode-languageserver-protocol/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, ruleById } from '../../server/src/engine';
import { type LetterReport, type LetterStatistics, type ReportParams, reportRequest, statisticsNotification } from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';
import { REPO_ROOT } from '../helpers/paths';
import { TempDir } from '../helpers/tempFiles';

// Re-created from the method name, so the test also proves what shared/ declares is what the server speaks.
const report = new RequestType<ReportParams, LetterReport | null, void>(reportRequest.method);

const JOB = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'job-ranking.md'), 'utf8');

const LETTER =
  '---\ncompany: Northwind Analytics\nindustry: tech\n---\nTo whom it may concern,\n\n' +
  'I am writing to apply. I owned the ranking model end to end and cut p99 latency from 180 ms to 90 ms, which lifted conversion 4% and added $2M in revenue.\n\n' +
  'I think I am a team player. I think I would fit Northwind Analytics.\n\nCould we talk on Tuesday?\n\nBest,\nAna\n';

describe('the report request', function () {
  let client: LspTestClient;
  let dir: TempDir;

  beforeEach(async function () {
    dir = new TempDir();
    client = await LspTestClient.start({ settings: { debounceMs: 0 }, workspaceFolders: [dir.path] });
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
    dir.dispose();
  });

  it('answers the statistics, tailoring, skim evidence as ranges and findings by rule of the last check', async function () {
    const jobPath = dir.write('job.md', JOB);
    const letterUri = pathToFileURL(dir.write('cover-letter.md', LETTER)).href;
    await client.open(letterUri, LETTER);
    const stats = await client.waitForNotification<LetterStatistics>(statisticsNotification.method, (s) => s.uri === letterUri, 'statistics');
    const answer = await client.connection.sendRequest(report, { uri: letterUri });
    assert.ok(answer);
    const expected = analyze(LETTER, { job: { text: JOB } });

    assert.equal(answer.uri, letterUri);
    assert.equal(answer.version, 1);
    assert.deepEqual(answer.statistics, stats, 'the same figures as the status bar');
    assert.deepEqual(answer.industry, { value: 'tech', source: 'front matter' });
    assert.equal(answer.company, 'Northwind Analytics');
    assert.deepEqual(answer.job, {
      path: jobPath,
      role: expected.tailoring.job!.role,
      match: expected.tailoring.job!.match,
      matched: expected.tailoring.job!.matched,
      missing: expected.tailoring.job!.missing,
    });
    assert.equal(answer.jobProblem, undefined);

    // Each quote is the text its range covers.
    const document = TextDocument.create(letterUri, 'markdown', 1, LETTER);
    assert.deepEqual(
      answer.skim.map((check) => check.id),
      ['ownership', 'production-constraints', 'business-impact', 'team-judgment'],
    );
    const ownership = answer.skim.find((check) => check.id === 'ownership')!;
    assert.equal(ownership.passed, true);
    for (const check of answer.skim) {
      assert.equal(check.passed, check.evidence.length > 0);
      for (const evidence of check.evidence) assert.equal(document.getText(evidence.range), evidence.text);
    }
    assert.match(ownership.evidence[0]!.text, /^I owned the ranking model end to end/);

    // Findings by rule: every finding counted once, the loudest rule first, with its name and documentation.
    const counts = new Map<string, number>();
    for (const finding of expected.findings) counts.set(finding.ruleId, (counts.get(finding.ruleId) ?? 0) + 1);
    assert.deepEqual(new Map(answer.findingsByRule.map((rule) => [rule.ruleId, rule.count])), counts);
    const hedging = answer.findingsByRule.find((rule) => rule.ruleId === 'hedging');
    assert.equal(hedging?.count, 2);
    assert.equal(hedging?.name, ruleById('hedging')!.name);
    assert.equal(hedging?.severity, 'warning');
    assert.match(hedging?.docs ?? '', /^file:.*README\.md#hedging$/);
    const ranks = answer.findingsByRule.map((rule) => ['hint', 'information', 'warning', 'error'].indexOf(rule.severity));
    assert.deepEqual(
      ranks,
      [...ranks].sort((a, b) => b - a),
      'the loudest first',
    );
  });

  it('describes the version it was built from, and says why a named description was not read', async function () {
    const text = `---\njob: ./jobs/gone.md\n---\n${LETTER.slice(LETTER.indexOf('To whom'))}`;
    const letterUri = pathToFileURL(dir.write('cover-letter.md', text)).href;
    await client.open(letterUri, text);
    await client.diagnosticsOf(letterUri, 1);
    await client.replaceText(letterUri, 2, `${text}P.S.\n`);
    await client.diagnosticsOf(letterUri, 2);
    const answer = await client.connection.sendRequest(report, { uri: letterUri });
    assert.equal(answer?.version, 2);
    assert.equal(answer?.job, undefined);
    assert.match(answer?.jobProblem ?? '', /^Cannot read the job description \.\/jobs\/gone\.md \(.*gone\.md\): no such file\./);
    assert.ok(answer?.findingsByRule.some((rule) => rule.ruleId === 'job-description-unreadable'));
  });

  it('answers null for a document that is not checked or not open', async function () {
    const notes = pathToFileURL(dir.write('notes.md', LETTER)).href;
    await client.open(notes, LETTER);
    await client.diagnosticsOf(notes, 1);
    assert.equal(await client.connection.sendRequest(report, { uri: notes }), null);
    assert.equal(await client.connection.sendRequest(report, { uri: pathToFileURL(path.join(dir.path, 'cover-letter-x.md')).href }), null);
  });
});
