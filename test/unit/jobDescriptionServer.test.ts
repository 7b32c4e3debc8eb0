/** The server's pure pieces for job descriptions and faults: naming, watching, the lens text, the failure log. */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileSystemWatcher } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, RULES, type Rule } from '../../server/src/engine';
import { namedJobDescription, siblingCandidates } from '../../server/src/jobs/jobFiles';
import { AnalysisStore, type StoredAnalysis } from '../../server/src/server/analysisStore';
import { noDocumentConfig } from '../../server/src/server/configStore';
import { jobLensTitle } from '../../server/src/server/jobLens';
import { lettersUsingJobs, MAX_NAMED_WATCHERS, NamedJobWatchers } from '../../server/src/server/jobWatchers';
import { RuleFailureLog } from '../../server/src/server/ruleFailures';
import { Validator } from '../../server/src/server/validation';
import { DEFAULT_SETTINGS } from '../../shared/src/settings';

const ROOT = path.resolve('/work/space');
const LETTERS = path.join(ROOT, 'letters');

describe('naming a job description', function () {
  const base = { frontMatterJob: undefined, letterDir: LETTERS, setting: '', settingBase: ROOT };

  it('takes the front matter first, relative to the letter, then the setting, relative to the workspace folder', function () {
    assert.deepEqual(namedJobDescription({ ...base, frontMatterJob: '../jobs/a.md', setting: 'b.md' }), {
      path: path.join(ROOT, 'jobs', 'a.md'),
      written: '../jobs/a.md',
      source: 'front matter',
    });
    assert.deepEqual(namedJobDescription({ ...base, setting: 'jobs/b.md' }), {
      path: path.join(ROOT, 'jobs', 'b.md'),
      written: 'jobs/b.md',
      source: 'setting',
    });
    assert.deepEqual(namedJobDescription({ ...base, setting: 'jobs/b.md', settingSource: 'option' })?.source, 'option');
    assert.equal(namedJobDescription(base), undefined, 'nothing named: look beside the letter');
    assert.equal(namedJobDescription({ ...base, frontMatterJob: '  ', setting: ' ' }), undefined);
  });

  it('takes an absolute path as it is', function () {
    const absolute = path.resolve('/elsewhere/job.md');
    assert.equal((namedJobDescription({ ...base, frontMatterJob: absolute, letterDir: undefined }) as { path: string }).path, absolute);
  });

  it('explains a relative path it cannot place', function () {
    const unsaved = namedJobDescription({ ...base, frontMatterJob: './job.md', letterDir: undefined });
    assert.match((unsaved as { problem: string }).problem, /the letter is not saved yet/);
    const noFolder = namedJobDescription({ ...base, setting: 'jobs/a.md', letterDir: undefined, settingBase: undefined });
    assert.match((noFolder as { problem: string }).problem, /relative to the workspace folder, and this letter is in none/);
  });

  it('looks beside the letter for job.md, job.txt, job-description.md and jd.md, in that order', function () {
    assert.deepEqual(
      siblingCandidates(LETTERS).map((c) => [path.basename(c.path), c.source]),
      [
        ['job.md', 'folder'],
        ['job.txt', 'folder'],
        ['job-description.md', 'folder'],
        ['jd.md', 'folder'],
      ],
    );
  });
});

describe('watching job descriptions', function () {
  function stored(letter: string, job: string | undefined): StoredAnalysis {
    return { uri: pathToFileURL(letter).href, job: job === undefined ? undefined : { path: job } } as unknown as StoredAnalysis;
  }

  it('re-checks the letters that use a changed file, or sit beside a job.md that appeared', function () {
    const analyses = [
      stored(path.join(LETTERS, 'a.md'), path.join(ROOT, 'jobs', 'acme.md')),
      stored(path.join(LETTERS, 'b.md'), undefined),
      stored(path.join(ROOT, 'other', 'c.md'), undefined),
    ];
    const uris = (changed: string[]) => lettersUsingJobs(changed, analyses).map((uri) => path.basename(new URL(uri).pathname));
    assert.deepEqual(uris([path.join(ROOT, 'jobs', 'acme.md')]), ['a.md']);
    assert.deepEqual(uris([path.join(LETTERS, 'job.md')]), ['a.md', 'b.md']);
    assert.deepEqual(uris([path.join(LETTERS, 'notes.md')]), []);
  });

  it('watches each named file once, by name or with its folder, and not at all without the capability', function () {
    const registered: FileSystemWatcher[] = [];
    const watchers = new NamedJobWatchers((w) => registered.push(w));
    watchers.add(path.join(ROOT, 'a.md'));
    assert.deepEqual(registered, [], 'the client cannot watch');
    watchers.enabled = true;
    watchers.add(path.join(ROOT, 'a.md'));
    watchers.add(path.join(ROOT, 'a.md'));
    watchers.relativePatterns = true;
    watchers.add(path.join(ROOT, 'jobs', 'b.md'));
    watchers.add(path.join(ROOT, 'jobs', 'odd[1].md'));
    assert.deepEqual(registered, [
      { globPattern: '**/a.md' },
      { globPattern: { baseUri: pathToFileURL(path.join(ROOT, 'jobs')).href, pattern: 'b.md' } },
    ]);
    for (let i = 0; i < 2 * MAX_NAMED_WATCHERS; i++) watchers.add(path.join(ROOT, `${i}.md`));
    assert.equal(registered.length, MAX_NAMED_WATCHERS - 1, 'at most MAX_NAMED_WATCHERS paths (one had glob characters)');
  });
});

describe('the job-match CodeLens text', function () {
  it('names the match and up to three missing terms', function () {
    const job = { path: undefined, role: undefined, match: 68, matched: ['PyTorch'] };
    assert.equal(
      jobLensTitle({ job: { ...job, missing: ['Feast', 'drift monitoring', 'p99'] }, jobProblem: undefined }),
      'Job match 68% · missing: Feast, drift monitoring, p99',
    );
    assert.equal(
      jobLensTitle({ job: { ...job, missing: ['a', 'b', 'c', 'd', 'e'] }, jobProblem: undefined }),
      'Job match 68% · missing: a, b, c +2 more',
    );
    assert.equal(jobLensTitle({ job: { ...job, match: 100, missing: [] }, jobProblem: undefined }), 'Job match 100% · nothing missing');
    assert.equal(jobLensTitle({ job: undefined, jobProblem: 'Cannot read.' }), 'Job match unknown · the job description could not be read');
    assert.equal(jobLensTitle({ job: undefined, jobProblem: undefined }), undefined);
  });
});

describe('rule failures', function () {
  it('are logged with the rule id once per document version', function () {
    const errors: string[] = [];
    const log = new RuleFailureLog({ error: (message) => errors.push(message) });
    const failure = { ruleId: 'hedging', message: 'boom' };
    log.report('file:///a.md', 1, [failure]);
    log.report('file:///a.md', 1, [failure, { ruleId: 'buzzword', message: 'bang' }]);
    log.report('file:///b.md', 1, [failure]);
    log.report('file:///a.md', 2, [failure]);
    log.report('file:///a.md', 2, []);
    assert.deepEqual(errors, [
      'Rule hedging failed on file:///a.md (version 1) and was skipped; the other rules still ran. boom',
      'Rule buzzword failed on file:///a.md (version 1) and was skipped; the other rules still ran. bang',
      'Rule hedging failed on file:///b.md (version 1) and was skipped; the other rules still ran. boom',
      'Rule hedging failed on file:///a.md (version 2) and was skipped; the other rules still ran. boom',
    ]);
    log.forget('file:///a.md');
    log.report('file:///a.md', 2, [failure]);
    assert.equal(errors.length, 5, 'a closed and reopened document is reported afresh');
  });
});

describe('the validator and a rule that throws', function () {
  it('publishes the other rules’ findings and logs the failure once per version', async function () {
    const rule = RULES.find((r) => r.id === 'hedging')!;
    const check = rule.checkParagraph;
    (rule as { checkParagraph: Rule['checkParagraph'] }).checkParagraph = () => {
      throw new Error('exploded');
    };
    try {
      const errors: string[] = [];
      const published: Array<{ uri: string; version?: number; diagnostics: unknown[] }> = [];
      let document = TextDocument.create('file:///x/cover-letter.md', 'markdown', 1, 'To whom it may concern,\n\nI think I shipped it.\n');
      const validator = new Validator({
        connection: {
          sendDiagnostics: (params: { uri: string; version?: number; diagnostics: unknown[] }) => {
            published.push(params);
            return Promise.resolve();
          },
          sendNotification: () => Promise.resolve(),
        },
        documents: { get: () => document, all: () => [document] },
        settings: { get: () => Promise.resolve({ ...DEFAULT_SETTINGS, debounceMs: 0 }) },
        config: { forDocument: () => Promise.resolve(noDocumentConfig()) },
        filter: { isChecked: () => true },
        store: new AnalysisStore(),
        spelling: { ready: () => false, wanted: () => undefined },
        // The engine in this thread: the rule patched above lives here, not in a worker.
        checker: { analyze: (text, options) => Promise.resolve(analyze(text, options)), budgetMs: 10_000 },
        jobs: { forDocument: () => Promise.resolve(undefined) },
        logger: { warn: () => undefined, error: (message) => errors.push(message) },
        docsBase: 'file:///README.md',
      });
      await validator.schedule(document, true);
      await validator.schedule(document, true);
      document = TextDocument.update(document, [{ text: 'To whom it may concern,\n\nI think I shipped it twice.\n' }], 2);
      await validator.schedule(document, true);
      assert.deepEqual(errors, [
        'Rule hedging failed on file:///x/cover-letter.md (version 1) and was skipped; the other rules still ran. exploded',
        'Rule hedging failed on file:///x/cover-letter.md (version 2) and was skipped; the other rules still ran. exploded',
      ]);
      const codes = published.at(-1)!.diagnostics.map((d) => (d as { code: string }).code);
      assert.ok(codes.includes('generic-salutation') && !codes.includes('hedging'), codes.join(', '));
    } finally {
      (rule as { checkParagraph: Rule['checkParagraph'] }).checkParagraph = check;
    }
  });
});
