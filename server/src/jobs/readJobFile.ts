/**
 * Reads a job description the way a letter is read (UTF-8 text only), after
 * checking its size: a description is a page or two, and a huge file named by
 * mistake must not be read into memory on every check.
 */
import { promises as fs } from 'node:fs';
import { readTextFile } from '../util/readTextFile';
import { emptyJobMessage, type JobReference, MAX_JOB_DESCRIPTION_BYTES, unreadableJobMessage } from './jobFiles';

/** The description's text, or the sentence that says why there is none. */
export type JobText = { text: string; problem?: undefined } | { text?: undefined; problem: string };

export async function readJobFile(reference: JobReference): Promise<JobText> {
  try {
    const stat = await fs.stat(reference.path);
    if (stat.isFile() && stat.size > MAX_JOB_DESCRIPTION_BYTES) {
      const size = `${Math.round(stat.size / 1000).toLocaleString('en-US')} kB`;
      return { problem: unreadableJobMessage(reference, `at ${size} it is too big to be a job description (the limit is 1,000 kB)`) };
    }
  } catch {
    // readTextFile says what is wrong with a path that cannot even be looked at.
  }
  const read = await readTextFile(reference.path);
  if (!read.ok) return { problem: unreadableJobMessage(reference, read.error) };
  if (read.text.trim() === '') return { problem: emptyJobMessage(reference) };
  return { text: read.text };
}
