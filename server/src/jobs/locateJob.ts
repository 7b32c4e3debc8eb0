/**
 * Finds the job description a letter answers, for the language server and the
 * CLI alike: the file the letter's front matter or the setting (`--job`) names,
 * else the first of siblingCandidates that is a file. The callers read it.
 */
import { promises as fs } from 'node:fs';
import { readFrontMatter } from '../engine';
import { type JobReference, type NamedJobInput, namedJobDescription, siblingCandidates, type UnlocatedJob } from './jobFiles';

/**
 * The description of the letter whose text is `text`: a reference (`source` is
 * `folder` when it was found beside the letter rather than named), a named one
 * that cannot be located, or undefined when there is none.
 */
export async function locateJobDescription(
  text: string,
  input: Omit<NamedJobInput, 'frontMatterJob'>,
): Promise<JobReference | UnlocatedJob | undefined> {
  const named = namedJobDescription({ ...input, frontMatterJob: readFrontMatter(text)?.options.job });
  if (named !== undefined) return named;
  if (input.letterDir === undefined) return undefined;
  for (const candidate of siblingCandidates(input.letterDir)) {
    if (await isFile(candidate.path)) return candidate;
  }
  return undefined;
}

export async function isFile(filePath: string): Promise<boolean> {
  try {
    return (await fs.stat(filePath)).isFile();
  } catch {
    return false;
  }
}
