/**
 * The bundled CLI with files it must not read whole, or at all (issue 18,
 * "Reads without bounds"): `job: /dev/zero`, a FIFO as the job description, the
 * config or a letter, a config linked to /dev/urandom, and a job description
 * over the size limit. Each run finishes promptly with a clear message.
 */
import * as assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { MAX_JOB_DESCRIPTION_BYTES } from '../../server/src/jobs/jobFiles';
import { CLI_BUNDLE } from '../helpers/paths';
import { TempDir } from '../helpers/tempFiles';

const BODY =
  'Dear Ms. Rivera,\n\nI owned the ranking model end to end at Acme and cut p99 latency from 180 ms to 90 ms, ' +
  'which I think lifted conversion 4%.\n\nCould we talk on Tuesday?\n\nBest,\nAna\n';

/** Runs the CLI, killing it after a few seconds (a run that blocks or fills the memory would otherwise take the suite down). */
function runQuickly(args: readonly string[], cwd: string): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, ['--max-old-space-size=512', CLI_BUNDLE, ...args], {
    cwd,
    encoding: 'utf8',
    timeout: 8000,
    killSignal: 'SIGKILL',
  });
  assert.equal(result.signal, null, `the CLI was killed (${result.signal ?? ''}) instead of finishing: ${result.stderr}`);
  return { status: result.status, output: result.stdout + result.stderr };
}

describe('CLI bounded reads', function () {
  let dir: TempDir;

  beforeEach(function () {
    // These cases are FIFOs (mkfifo), /dev/urandom and POSIX symlinks, which Windows does not have; CI runs on Linux.
    if (process.platform === 'win32') this.skip();
    dir = new TempDir();
  });
  afterEach(() => dir?.dispose());

  it('refuses job: /dev/zero as a character device, and still checks the letter', function () {
    dir.write('letter.md', `---\njob: /dev/zero\n---\n${BODY}`);
    const { status, output } = runQuickly(['check', 'letter.md'], dir.path);
    assert.match(output, /Cannot read the job description \/dev\/zero: is a character device, not a regular file/);
    assert.match(output, /hedging/);
    assert.notEqual(status, 2);
  });

  it('refuses a FIFO named as the job description without opening it', function () {
    execFileSync('mkfifo', [path.join(dir.path, 'job-pipe')]);
    dir.write('letter.md', `---\njob: ./job-pipe\n---\n${BODY}`);
    const { output } = runQuickly(['check', 'letter.md'], dir.path);
    assert.match(output, /Cannot read the job description \.\/job-pipe .*: is a named pipe \(FIFO\), not a regular file/);
    assert.match(output, /hedging/);
  });

  it('refuses a FIFO given as a letter, and a FIFO as --config', function () {
    execFileSync('mkfifo', [path.join(dir.path, 'pipe.md')]);
    const letter = runQuickly(['check', 'pipe.md'], dir.path);
    assert.equal(letter.status, 2);
    assert.match(letter.output, /pipe\.md: is a named pipe \(FIFO\), not a regular file/);
    dir.write('letter.md', BODY);
    const config = runQuickly(['check', '--config', 'pipe.md', 'letter.md'], dir.path);
    assert.equal(config.status, 2);
    assert.match(config.output, /named pipe \(FIFO\), not a regular file/);
  });

  it('refuses a config file linked to /dev/urandom, and checks with the defaults', function () {
    fs.symlinkSync('/dev/urandom', path.join(dir.path, '.coverletterrc.json'));
    dir.write('letter.md', BODY);
    const { output } = runQuickly(['check', 'letter.md'], dir.path);
    assert.match(output, /\.coverletterrc\.json:1:1: could not be read \(it is a character device, not a regular file\); the defaults apply\./);
    assert.match(output, /hedging/);
  });

  it('refuses a job description over the size limit, saying so', function () {
    dir.write('job.md', 'Senior data engineer. '.repeat(Math.ceil((MAX_JOB_DESCRIPTION_BYTES + 10) / 22)));
    dir.write('letter.md', BODY);
    const { output } = runQuickly(['check', 'letter.md'], dir.path);
    assert.match(output, /Cannot read the job description job\.md.*: is larger than 1 MB/);
  });
});
