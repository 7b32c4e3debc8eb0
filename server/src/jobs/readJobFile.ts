/**
 * Reads a job description the way a letter is read (UTF-8 text only), with
 * readBoundedFile's guards: a regular file only (never a FIFO or a device such
 * as /dev/zero), and no more than MAX_JOB_DESCRIPTION_BYTES, since a
 * description is a page or two and a huge file named by mistake must not be
 * read into memory on every check.
 */
import { readTextFile } from '../util/readTextFile';
import { emptyJobMessage, type JobReference, MAX_JOB_DESCRIPTION_BYTES, unreadableJobMessage } from './jobFiles';

/** The description's text, or the sentence that says why there is none. */
export type JobText = { text: string; problem?: undefined } | { text?: undefined; problem: string };

/** `within`: in an untrusted workspace, the workspace folders the description must lie in (symbolic links followed). */
export async function readJobFile(reference: JobReference, within?: readonly string[]): Promise<JobText> {
  const read = await readTextFile(reference.path, { maxBytes: MAX_JOB_DESCRIPTION_BYTES, within });
  if (!read.ok) return { problem: unreadableJobMessage(reference, read.error) };
  if (read.text.trim() === '') return { problem: emptyJobMessage(reference) };
  return { text: read.text };
}
