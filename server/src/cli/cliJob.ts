/**
 * The job description of each letter the CLI checks, found as the editor finds
 * it: the file the letter's front matter names (`job:`, relative to the letter),
 * else `--job FILE` (relative to the current directory), else `job.md`,
 * `job.txt`, `job-description.md` or `jd.md` beside the letter. Each file is read
 * once per run.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { AnalyzeOptions } from '../engine';
import type { JobReference } from '../jobs/jobFiles';
import { locateJobDescription } from '../jobs/locateJob';
import { type JobText, readJobFile } from '../jobs/readJobFile';
import { displayPath } from '../util/paths';

export interface LetterJob {
  /** What the engine takes: the text, or the problem that kept it from being read. */
  job: NonNullable<AnalyzeOptions['job']>;
  /** The description's path, as the user would type it from the current directory; undefined when it could not be located. */
  path: string | undefined;
}

export class CliJobs {
  private readonly files = new Map<string, Promise<JobText>>();

  constructor(
    private readonly cwd: string,
    /** `--job FILE`, when given. */
    private readonly option: string | undefined,
  ) {}

  async forLetter(letterPath: string, text: string): Promise<LetterJob | undefined> {
    const letterDir = path.dirname(path.resolve(this.cwd, letterPath));
    const located = await locateJobDescription(text, { letterDir, setting: this.option ?? '', settingBase: this.cwd, settingSource: 'option' });
    if (located === undefined) return undefined;
    if ('problem' in located) return { job: { problem: located.problem }, path: undefined };
    return this.use(located);
  }

  private async use(reference: JobReference): Promise<LetterJob> {
    let read = this.files.get(reference.path);
    if (read === undefined) {
      read = readJobFile(reference);
      this.files.set(reference.path, read);
    }
    const { text, problem } = await read;
    return { job: text !== undefined ? { text } : { problem }, path: displayPath(reference.path, this.cwd) };
  }
}

/** `--job FILE` must name a file that exists; a usage problem otherwise. */
export async function checkJobOption(option: string, cwd: string): Promise<string | undefined> {
  try {
    if ((await fs.stat(path.resolve(cwd, option))).isFile()) return undefined;
    return `--job ${option}: not a file`;
  } catch {
    return `--job ${option}: no such file`;
  }
}
