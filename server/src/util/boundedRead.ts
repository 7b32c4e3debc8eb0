/**
 * The one way the server and the CLI read a file from disk (a letter, a job
 * description, a config file): only a regular file (symbolic links followed),
 * refused before it is opened when it is a FIFO, a device, a socket or a
 * folder, so a read never blocks; at most `maxBytes` read, so `/dev/zero` or a
 * huge file cannot fill the memory; when `within` is given, only a file whose
 * real path lies in one of those folders (an untrusted workspace); and one read
 * in flight per path: a check started while the same file is being read shares
 * that read instead of starting another.
 */
import { constants, promises as fs, type Stats } from 'node:fs';
import * as path from 'node:path';
import { isInside } from './paths';

export interface ReadLimits {
  /** Bytes read at most; a bigger file is refused. */
  maxBytes: number;
  /** When set, the file, with symbolic links resolved, must lie in one of these folders (also resolved). */
  within?: readonly string[];
}

/** Why a file was not read. `missing`: there is no such file (or a folder on the way is not one). */
export type ReadRefusal = 'missing' | 'not-regular' | 'too-large' | 'outside' | 'unreadable';

export type BytesRead = { ok: true; bytes: Buffer } | { ok: false; refusal: ReadRefusal; error: string };

const inFlight = new Map<string, Promise<BytesRead>>();

/** The bytes of the regular file at `filePath`, or why it was not read (`error` completes "FILE …"). */
export function readBoundedFile(filePath: string, limits: ReadLimits): Promise<BytesRead> {
  const key = JSON.stringify([path.resolve(filePath), limits.maxBytes, limits.within ?? null]);
  let read = inFlight.get(key);
  if (read === undefined) {
    read = readOnce(filePath, limits).finally(() => inFlight.delete(key));
    inFlight.set(key, read);
  }
  return read;
}

/** `1 MB`, `500 kB`, `12 bytes`: a limit as a sentence shows it. */
export function describeByteCount(bytes: number): string {
  if (bytes >= 1_000_000 && bytes % 100_000 === 0) return `${(bytes / 1_000_000).toLocaleString('en-US')} MB`;
  if (bytes >= 1000 && bytes % 100 === 0) return `${(bytes / 1000).toLocaleString('en-US')} kB`;
  return `${bytes.toLocaleString('en-US')} bytes`;
}

async function readOnce(filePath: string, limits: ReadLimits): Promise<BytesRead> {
  let stat: Stats;
  try {
    if (limits.within !== undefined) {
      const real = await fs.realpath(filePath);
      if (!(await insideAny(real, limits.within))) {
        return { ok: false, refusal: 'outside', error: `is outside the workspace folders (it is ${real})` };
      }
    }
    // stat follows symbolic links and never blocks, whatever the file is.
    stat = await fs.stat(filePath);
  } catch (error) {
    return ioRefusal(error);
  }
  const notRegular = describeNotRegular(stat);
  if (notRegular !== undefined) return { ok: false, refusal: 'not-regular', error: notRegular };
  if (stat.size > limits.maxBytes) return tooLarge(limits.maxBytes);

  let handle: fs.FileHandle;
  try {
    // O_NONBLOCK: should the file be swapped for a FIFO since the stat, opening it still returns at once.
    handle = await fs.open(filePath, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return ioRefusal(error);
  }
  try {
    const opened = await handle.stat();
    const swapped = describeNotRegular(opened);
    if (swapped !== undefined) return { ok: false, refusal: 'not-regular', error: swapped };
    if (opened.dev !== stat.dev || opened.ino !== stat.ino) {
      return { ok: false, refusal: 'unreadable', error: 'changed while it was being read; try again' };
    }
    // Read one byte past the limit: a file that grew since the stat is refused too.
    let buffer = Buffer.alloc(Math.min(limits.maxBytes + 1, Math.max(opened.size + 1, 64 * 1024)));
    let length = 0;
    for (;;) {
      if (length === buffer.length) {
        // The file grew since the stat: make room, up to one byte past the limit.
        const grown = Buffer.alloc(Math.min(limits.maxBytes + 1, buffer.length * 2));
        buffer.copy(grown);
        buffer = grown;
      }
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, null);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length > limits.maxBytes) return tooLarge(limits.maxBytes);
    }
    return { ok: true, bytes: buffer.subarray(0, length) };
  } catch (error) {
    return ioRefusal(error);
  } finally {
    await handle.close().catch(() => undefined);
  }
}

function tooLarge(maxBytes: number): BytesRead {
  return { ok: false, refusal: 'too-large', error: `is larger than ${describeByteCount(maxBytes)}` };
}

/** What the file is when it is not a regular file; undefined when it is one. */
function describeNotRegular(stat: Stats): string | undefined {
  if (stat.isFile()) return undefined;
  if (stat.isDirectory()) return 'is a directory, not a file';
  if (stat.isFIFO()) return 'is a named pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice()) return 'is a character device, not a regular file';
  if (stat.isBlockDevice()) return 'is a block device, not a regular file';
  if (stat.isSocket()) return 'is a socket, not a regular file';
  return 'is not a regular file';
}

function ioRefusal(error: unknown): BytesRead {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
    case 'ENOTDIR':
      return { ok: false, refusal: 'missing', error: 'no such file' };
    case 'EACCES':
    case 'EPERM':
      return { ok: false, refusal: 'unreadable', error: 'permission denied' };
    case 'EISDIR':
      return { ok: false, refusal: 'not-regular', error: 'is a directory, not a file' };
    case 'ELOOP':
      return { ok: false, refusal: 'unreadable', error: 'is a loop of symbolic links' };
    default:
      return { ok: false, refusal: 'unreadable', error: error instanceof Error ? error.message : String(error) };
  }
}

/** Whether `realFile` (already resolved) lies in one of `folders`, each with its symbolic links resolved. */
async function insideAny(realFile: string, folders: readonly string[]): Promise<boolean> {
  for (const folder of folders) {
    if (isInside(realFile, await realPathOf(folder))) return true;
  }
  return false;
}

/**
 * The path with symbolic links resolved; for a file that does not exist, its
 * folder's, with the name added.
 */
export async function realPathOf(filePath: string): Promise<string> {
  try {
    return await fs.realpath(filePath);
  } catch {
    const parent = path.dirname(filePath);
    return parent === filePath ? filePath : path.join(await realPathOf(parent), path.basename(filePath));
  }
}

/** Whether `filePath`, with symbolic links followed, lies in one of `folders` (also followed). */
export async function isInsideFolders(filePath: string, folders: readonly string[]): Promise<boolean> {
  return insideAny(await realPathOf(filePath), folders);
}
