/**
 * Reads a text file (a letter, a job description) from disk, refusing anything
 * that is not UTF-8 text: analysing a binary or differently encoded file would
 * only produce nonsense findings. Parsing a letter is the engine's parseLetter.
 */
import { promises as fs } from 'node:fs';

/** `bom`: the file starts with a UTF-8 byte order mark, which `text` leaves out and `--fix` writes back. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; error: string };

export async function readTextFile(filePath: string): Promise<ReadResult> {
  let bytes: Buffer;
  try {
    if ((await fs.stat(filePath)).isDirectory()) return { ok: false, error: 'is a directory, not a file' };
    bytes = await fs.readFile(filePath);
  } catch (error) {
    return { ok: false, error: describeIoError(error) };
  }
  if (bytes.includes(0)) {
    return { ok: false, error: 'contains NUL bytes: it is a binary file or text not encoded as UTF-8' };
  }
  try {
    // fatal: reject invalid sequences instead of silently turning them into U+FFFD.
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), bom };
  } catch {
    return { ok: false, error: 'is not valid UTF-8 text' };
  }
}

function describeIoError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EISDIR':
      return 'is a directory, not a file';
    default:
      return error instanceof Error ? error.message : String(error);
  }
}
