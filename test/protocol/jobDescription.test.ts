/**
 * Job descriptions over stdio, with real files on disk: finding the description
 * (front matter, the setting, a job.md beside the letter), following it when it
 * changes, the one finding for a description that cannot be read, workspace
 * trust, and the job-match CodeLens.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  type CodeLens,
  CodeLensRequest,
  type Diagnostic,
  DidChangeWatchedFilesNotification,
  type DidChangeWatchedFilesRegistrationOptions,
  FileChangeType,
  MessageType,
} from 'vscode-languageserver-protocol/node';
import { analyze } from '../../server/src/engine';
import { type LetterStatistics, statisticsNotification, workspaceTrustNotification } from '../../shared/src/protocol';
import { LspTestClient } from '../helpers/lspTestClient';
import { REPO_ROOT } from '../helpers/paths';
import { TempDir } from '../helpers/tempFiles';

const JOB = fs.readFileSync(path.join(REPO_ROOT, 'test', 'fixtures', 'job-ranking.md'), 'utf8');

const BODY =
  'Dear Ms. Rivera,\n\nI owned the ranking model end to end at Acme and cut p99 latency from 180 ms to 90 ms with PyTorch, ' +
  'which lifted conversion 4% and added $2M in revenue.\n\nCould we talk on Tuesday?\n\nBest,\nAna\n';

function withJob(job: string): string {
  return `---\njob: ${job}\n---\n${BODY}`;
}

describe('job descriptions', function () {
  let client: LspTestClient;
  let dir: TempDir;

  beforeEach(function () {
    dir = new TempDir();
    dir.mkdir('letters');
  });

  afterEach(async function () {
    assert.equal(await client.stop(), 0);
    dir.dispose();
  });

  async function start(settings: Record<string, unknown> = {}, initializationOptions: Record<string, unknown> = {}): Promise<void> {
    client = await LspTestClient.start({
      settings: { debounceMs: 0, ...settings },
      workspaceFolders: [dir.path],
      initializationOptions: { commands: ['coverLetter.showReport'], ...initializationOptions },
    });
  }

  function statistics(uri: string, matches: (s: LetterStatistics) => boolean, what: string): Promise<LetterStatistics> {
    return client.waitForNotification<LetterStatistics>(statisticsNotification.method, (s) => s.uri === uri && matches(s), what);
  }

  function lenses(uri: string): Promise<CodeLens[] | null> {
    return client.connection.sendRequest(CodeLensRequest.type, { textDocument: { uri } });
  }

  function messageOf(diagnostic: Diagnostic | undefined): string {
    const message = diagnostic?.message ?? '';
    return typeof message === 'string' ? message : message.value;
  }

  function unreadable(diagnostics: readonly Diagnostic[]): Diagnostic[] {
    return diagnostics.filter((d) => d.code === 'job-description-unreadable');
  }

  it('reads a job.md beside the letter: the statistics and the CodeLens show the match', async function () {
    dir.write('letters/job.md', JOB);
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', BODY)).href;
    await start();
    await client.open(letterUri, BODY);
    const stats = await statistics(letterUri, (s) => s.version === 1, 'statistics of the letter');
    const expected = analyze(BODY, { job: { text: JOB } });
    assert.ok(expected.stats.job && expected.stats.job.missing.length > 3, 'the sample letter misses some of the job’s terms');
    assert.deepEqual(stats.job, expected.stats.job);
    assert.equal(stats.industrySource, expected.tailoring.industrySource);

    const [lens, ...others] = (await lenses(letterUri)) ?? [];
    assert.deepEqual(others, []);
    const { match, missing } = expected.stats.job;
    assert.equal(lens?.command?.title, `Job match ${match}% · missing: ${missing.slice(0, 3).join(', ')} +${missing.length - 3} more`);
    assert.deepEqual(lens?.range, { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } });
    assert.equal(lens?.command?.command, 'coverLetter.showReport');
    assert.deepEqual(lens?.command?.arguments, [letterUri]);
  });

  it('follows the file the front matter names, relative to the letter, when it changes on disk', async function () {
    const jobPath = dir.write('acme-posting.md', 'We run Feast and Triton. You will own drift monitoring.\n');
    const text = withJob('../acme-posting.md');
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', text)).href;
    await start();
    await client.open(letterUri, text);
    const first = await statistics(letterUri, (s) => s.job !== undefined, 'statistics with a job match');
    assert.ok(first.job!.missing.includes('Feast'), JSON.stringify(first.job));

    // Named descriptions are watched too (by name: this client has no relative patterns).
    const watchers = client.registrations.flatMap((r) => (r.registerOptions as DidChangeWatchedFilesRegistrationOptions | undefined)?.watchers ?? []);
    assert.ok(
      watchers.some((w) => w.globPattern === '**/acme-posting.md'),
      JSON.stringify(watchers),
    );
    assert.ok(
      watchers.some((w) => w.globPattern === '**/{job.md,job.txt,job-description.md,jd.md}'),
      JSON.stringify(watchers),
    );

    const refreshes = client.codeLensRefreshes;
    fs.writeFileSync(jobPath, 'We serve models with PyTorch.\n');
    await client.connection.sendNotification(DidChangeWatchedFilesNotification.type, {
      changes: [{ uri: pathToFileURL(jobPath).href, type: FileChangeType.Changed }],
    });
    const second = await statistics(
      letterUri,
      (s) => s.job !== undefined && !s.job.missing.includes('Feast'),
      'statistics after the description changed',
    );
    assert.equal(second.version, 1, 'the same text, checked again');
    assert.deepEqual(second.job, analyze(text, { job: { text: 'We serve models with PyTorch.\n' } }).stats.job);
    await client.waitUntil(() => (client.codeLensRefreshes > refreshes ? true : undefined), 'a CodeLens refresh');
  });

  it('gives one finding on the job: line for a description that cannot be read, and logs it once', async function () {
    const text = withJob('./missing-job.md');
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', text)).href;
    await start();
    await client.open(letterUri, text);
    const [finding, ...more] = unreadable((await client.diagnosticsOf(letterUri, 1)).diagnostics);
    assert.deepEqual(more, []);
    assert.equal(finding?.range.start.line, 1, 'on the job: line');
    const missingPath = path.join(dir.path, 'letters', 'missing-job.md');
    assert.equal(
      finding?.message,
      `Cannot read the job description ./missing-job.md (${missingPath}): no such file. The letter is checked without it.`,
    );
    await client.replaceText(letterUri, 2, `${text}\nP.S. Thanks.\n`);
    await client.diagnosticsOf(letterUri, 2);
    const logged = client.logMessages.filter((m) => m.message.includes('missing-job.md'));
    assert.equal(logged.length, 1, JSON.stringify(logged));
    assert.equal(logged[0]!.type, MessageType.Warning);
    const [lens] = (await lenses(letterUri)) ?? [];
    assert.equal(lens?.command?.title, 'Job match unknown · the job description could not be read');
  });

  it('takes the coverLetter.jobDescription setting, relative to the workspace folder, when the letter names none', async function () {
    dir.mkdir('jobs');
    dir.write('jobs/acme.md', JOB);
    dir.write('letters/job.md', 'Unused: the setting comes first.\n');
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', BODY)).href;
    await start({ jobDescription: 'jobs/acme.md' });
    await client.open(letterUri, BODY);
    const stats = await statistics(letterUri, (s) => s.version === 1, 'statistics of the letter');
    assert.deepEqual(stats.job, analyze(BODY, { job: { text: JOB } }).stats.job);

    const other = pathToFileURL(dir.write('letters/other-cover-letter.md', BODY)).href;
    await client.stop();
    await start({ jobDescription: 'jobs/nope.md' });
    await client.open(other, BODY);
    const [finding] = unreadable((await client.diagnosticsOf(other, 1)).diagnostics);
    assert.match(
      messageOf(finding),
      /^Cannot read the job description jobs\/nope\.md \(.*nope\.md, from the coverLetter\.jobDescription setting\): no such file\./,
    );
    assert.equal(finding?.range.start.line, 0, 'on the first line when the letter does not name it');
  });

  it('in an untrusted workspace, reads no description outside the workspace folders until trust is granted', async function () {
    const outside = new TempDir();
    try {
      const outsideJob = outside.write('job.md', JOB);
      fs.symlinkSync(outsideJob, path.join(dir.path, 'letters', 'linked-job.md'));
      dir.write('letters/job.md', JOB);
      const far = withJob(JSON.stringify(outsideJob));
      const linked = withJob('./linked-job.md');
      const farUri = pathToFileURL(dir.write('letters/far-cover-letter.md', far)).href;
      const linkedUri = pathToFileURL(dir.write('letters/linked-cover-letter.md', linked)).href;
      const nearUri = pathToFileURL(dir.write('letters/near-cover-letter.md', BODY)).href;
      await start({}, { workspaceTrusted: false });
      await client.open(farUri, far);
      await client.open(linkedUri, linked);
      await client.open(nearUri, BODY);
      for (const uri of [farUri, linkedUri]) {
        const [finding] = unreadable((await client.diagnosticsOf(uri, 1)).diagnostics);
        assert.match(messageOf(finding), /outside the workspace folders, and this workspace is not trusted/, uri);
      }
      assert.deepEqual(unreadable((await client.diagnosticsOf(nearUri, 1)).diagnostics), [], 'a description inside the workspace is read');
      assert.ok((await statistics(nearUri, () => true, 'statistics of the near letter')).job);

      await client.connection.sendNotification(workspaceTrustNotification.method, { trusted: true });
      for (const uri of [farUri, linkedUri]) {
        const stats = await statistics(uri, (s) => s.job !== undefined, `a job match for ${uri} once trusted`);
        assert.deepEqual(stats.job, analyze(BODY, { job: { text: JOB } }).stats.job);
      }
    } finally {
      outside.dispose();
    }
  });

  it('shows the lens as plain text to a client that cannot open the report, and no lens without a description', async function () {
    dir.write('letters/job.md', JOB);
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', BODY)).href;
    const bare = pathToFileURL(dir.write('cover-letter.md', BODY)).href;
    await start({}, { commands: [] });
    await client.open(letterUri, BODY);
    await client.open(bare, BODY);
    await client.diagnosticsOf(letterUri, 1);
    await client.diagnosticsOf(bare, 1);
    const [lens] = (await lenses(letterUri)) ?? [];
    assert.equal(lens?.command?.command, '');
    assert.match(lens?.command?.title ?? '', /^Job match \d+% · missing: /);
    assert.deepEqual(await lenses(bare), []);
  });

  it('checks at most coverLetter.maxDocumentLength characters', async function () {
    const long = `${BODY}\n${'I shipped the model and measured it. '.repeat(100)}\n`;
    const letterUri = pathToFileURL(dir.write('letters/cover-letter.md', long)).href;
    await start({ maxDocumentLength: 1000 });
    await client.open(letterUri, long);
    const tooLong = (await client.diagnosticsOf(letterUri, 1)).diagnostics.filter((d) => d.code === 'document-too-long');
    assert.equal(tooLong.length, 1);
    assert.match(messageOf(tooLong[0]), /^Only the first [\d,]+ of [\d,]+ characters are checked\.$/);
  });
});
