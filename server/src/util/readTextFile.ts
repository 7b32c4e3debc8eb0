/**
 * Reads a text file (a letter, a job description) from disk, refusing anything
 * that is not UTF-8 text: analysing a binary or differently encoded file would
 * only produce nonsense findings. Parsing a letter is the engine's parseLetter.
 * The file is read with readBoundedFile: a regular file only, and no more than
 * a limit.
 */
import { type ReadLimits, readBoundedFile } from './boundedRead';

/** A letter bigger than this is not read by the CLI (the editor checks at most `maxDocumentLength` characters of one anyway). */
export const MAX_LETTER_FILE_BYTES = 10_000_000;

/** `bom`: the file starts with a UTF-8 byte order mark, which `text` leaves out and `--fix` writes back. */
export type ReadResult = { ok: true; text: string; bom: boolean } | { ok: false; error: string };

export async function readTextFile(filePath: string, limits: ReadLimits = { maxBytes: MAX_LETTER_FILE_BYTES }): Promise<ReadResult> {
  const read = await readBoundedFile(filePath, limits);
  if (!read.ok) return { ok: false, error: read.error };
  return decodeText(read.bytes);
}

/** The bytes as UTF-8 text, or why they are not. */
export function decodeText(bytes: Uint8Array): ReadResult {
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
