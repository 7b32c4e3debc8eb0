/**
 * `run` in-process with a fake per-file check, for outcomes that depend on what
 * the rules find (an error-severity finding, a crashing rule).
 */
import * as assert from 'node:assert/strict';
import type { FileReport } from '../../server/src/cli/checkFile';
import type { AnalyzeOptions } from '../../server/src/engine';
import { run } from '../../server/src/cli/run';
import { TempDir } from '../helpers/tempFiles';
import { SAMPLE_STATS } from '../helpers/sampleStats';

function capture(): { stdout: string; stderr: string; output: { stdout: { write(t: string): void }; stderr: { write(t: string): void } } } {
  const result = {
    stdout: '',
    stderr: '',
    output: { stdout: { write: (t: string) => void (result.stdout += t) }, stderr: { write: (t: string) => void (result.stderr += t) } },
  };
  return result;
}

describe('CLI run', function () {
  let dir: TempDir;
  beforeEach(() => (dir = new TempDir()));
  afterEach(() => dir.dispose());

  const errorFinding = (path: string): FileReport => ({
    path,
    stats: SAMPLE_STATS,
    diagnostics: [
      {
        code: 'too-long',
        severity: 'error',
        message: 'Too long.',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        fixes: [],
      },
    ],
  });

  it('exits 1 when a finding is an error', async function () {
    const file = dir.write('letter.md', 'Hello.');
    const io = capture();
    assert.equal(await run(['check', file], '1.2.3', io.output, errorFinding), 1);
    assert.match(io.stdout, /1 problem \(1 error\) in 1 file/);
  });

  it('passes --target and --industry on to the check', async function () {
    const file = dir.write('letter.md', 'Hello.');
    let seen: AnalyzeOptions | undefined;
    const io = capture();
    await run(['check', '--target', '180', '--industry', 'retail', file], '1.2.3', io.output, (path, _text, options) => {
      seen = options;
      return { path, stats: SAMPLE_STATS, diagnostics: [] };
    });
    assert.equal(seen?.target, 180);
    assert.equal(seen?.industry, 'retail');
  });

  it('reports a crash while checking one file and still checks the others (exit 2)', async function () {
    const bad = dir.write('bad.md', 'boom');
    const good = dir.write('good.md', 'fine');
    const io = capture();
    const code = await run(['check', '--format', 'json', bad, good], '1.2.3', io.output, (path, text) => {
      if (text === 'boom') throw new Error('rule exploded');
      return { path, stats: SAMPLE_STATS, diagnostics: [] };
    });
    assert.equal(code, 2);
    assert.match(io.stderr, /bad\.md: internal error while checking: Error: rule exploded/);
    assert.deepEqual(
      (JSON.parse(io.stdout) as { files: { path: string }[] }).files.map((f) => f.path),
      [good],
    );
  });

  it('prints the version it is given', async function () {
    const io = capture();
    assert.equal(await run(['--version'], '1.2.3', io.output), 0);
    assert.equal(io.stdout, '1.2.3\n');
  });
});
