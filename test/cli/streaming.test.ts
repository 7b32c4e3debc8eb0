/** `check` prints each file's result as soon as that file is checked (issue 18), the summary at the end. */
import * as assert from 'node:assert/strict';
import type { FileReport } from '../../server/src/cli/checkFile';
import { run } from '../../server/src/cli/run';
import { SAMPLE_STATS } from '../helpers/sampleStats';
import { TempDir } from '../helpers/tempFiles';

describe('CLI output file by file', function () {
  let dir: TempDir;
  beforeEach(() => (dir = new TempDir()));
  afterEach(() => dir.dispose());

  const warning = (path: string): FileReport => ({
    path,
    stats: SAMPLE_STATS,
    diagnostics: [
      {
        code: 'hedging',
        severity: 'warning',
        message: 'Hedge.',
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } },
        fixes: [],
      },
    ],
  });

  function runCapturing(args: string[], onCheck: (path: string, stdoutSoFar: string) => void): Promise<{ stdout: string; status: number }> {
    let stdout = '';
    const output = { stdout: { write: (t: string) => void (stdout += t) }, stderr: { write: () => undefined } };
    return run(args, '1.2.3', output, (path) => {
      onCheck(path, stdout);
      return warning(path);
    }).then((status) => ({ stdout, status }));
  }

  it('text: the first file’s findings are out before the second file is checked', async function () {
    const a = dir.write('a.md', 'Hello.');
    const b = dir.write('b.md', 'Hello.');
    const seen = new Map<string, string>();
    const { stdout } = await runCapturing(['check', a, b], (path, soFar) => seen.set(path, soFar));
    assert.equal(seen.get(a), '');
    assert.equal(seen.get(b), `${a}:1:1: warning hedging Hedge.\n`);
    assert.equal(stdout, `${a}:1:1: warning hedging Hedge.\n${b}:1:1: warning hedging Hedge.\n2 problems (2 warnings) in 2 files\n`);
  });

  it('json: stays one document, written at the end', async function () {
    const a = dir.write('a.md', 'Hello.');
    const b = dir.write('b.md', 'Hello.');
    const seen: string[] = [];
    const { stdout } = await runCapturing(['check', '--format', 'json', a, b], (_, soFar) => seen.push(soFar));
    assert.deepEqual(seen, ['', '']);
    assert.equal((JSON.parse(stdout) as { files: unknown[] }).files.length, 2);
  });
});
