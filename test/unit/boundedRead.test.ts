/** readBoundedFile: the one way the server and the CLI read a file. */
import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describeByteCount, readBoundedFile } from '../../server/src/util/boundedRead';
import { TempDir } from '../helpers/tempFiles';

describe('readBoundedFile', function () {
  let dir: TempDir;
  beforeEach(function () {
    // These cases are FIFOs (mkfifo), /dev/urandom and POSIX symlinks, which Windows does not have; CI runs on Linux.
    if (process.platform === 'win32') this.skip();
    dir = new TempDir();
  });
  afterEach(() => dir?.dispose());

  it('reads a regular file up to the limit, and refuses one byte more', async function () {
    const file = dir.write('job.md', 'x'.repeat(100));
    assert.deepEqual(await readBoundedFile(file, { maxBytes: 100 }), { ok: true, bytes: Buffer.from('x'.repeat(100)) });
    assert.deepEqual(await readBoundedFile(file, { maxBytes: 99 }), { ok: false, refusal: 'too-large', error: 'is larger than 99 bytes' });
    assert.equal(describeByteCount(1_000_000), '1 MB');
  });

  it('refuses a FIFO, a device and a folder before opening them, and says what they are', async function () {
    const fifo = path.join(dir.path, 'pipe');
    execFileSync('mkfifo', [fifo]);
    const link = path.join(dir.path, 'random');
    fs.symlinkSync('/dev/urandom', link);
    const refused = await Promise.all([fifo, '/dev/zero', link, dir.path].map((file) => readBoundedFile(file, { maxBytes: 1000 })));
    assert.deepEqual(
      refused.map((read) => (read.ok ? 'read' : read.error)),
      [
        'is a named pipe (FIFO), not a regular file',
        'is a character device, not a regular file',
        'is a character device, not a regular file',
        'is a directory, not a file',
      ],
    );
    assert.deepEqual(await readBoundedFile(path.join(dir.path, 'gone'), { maxBytes: 10 }), { ok: false, refusal: 'missing', error: 'no such file' });
  });

  it('shares one read among concurrent requests for the same path', async function () {
    const file = dir.write('job.md', 'Data engineer');
    const first = readBoundedFile(file, { maxBytes: 1000 });
    assert.equal(readBoundedFile(file, { maxBytes: 1000 }), first);
    await first;
    assert.notEqual(readBoundedFile(file, { maxBytes: 1000 }), first, 'a read after the first settled reads again');
  });

  it('with `within`, reads only what really lies in those folders', async function () {
    const outside = new TempDir();
    try {
      const target = outside.write('.coverletterrc.json', '{}');
      fs.symlinkSync(target, path.join(dir.path, 'linked.json'));
      const inside = dir.write('own.json', '{}');
      const read = await readBoundedFile(path.join(dir.path, 'linked.json'), { maxBytes: 1000, within: [dir.path] });
      assert.equal(read.ok ? 'read' : read.refusal, 'outside');
      assert.equal((await readBoundedFile(inside, { maxBytes: 1000, within: [dir.path] })).ok, true);
    } finally {
      outside.dispose();
    }
  });
});
