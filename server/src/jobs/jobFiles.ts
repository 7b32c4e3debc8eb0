/**
 * Which job description a letter answers, shared by the language server and the
 * CLI. In order: the file its front matter names (`job: ./job.md`, relative to the
 * letter), the file a setting or option names, or the first of
 * JOB_DESCRIPTION_FILE_NAMES beside the letter. Pure: paths in, paths out; the
 * callers read the files.
 */
import * as path from 'node:path';
import { JOB_DESCRIPTION_FILE_NAMES } from '../../../shared/src/jobDescription';

/** A description bigger than this is not a job ad; it is not read. */
export const MAX_JOB_DESCRIPTION_BYTES = 1_000_000;

/** Where the description was named: the letter, the `coverLetter.jobDescription` setting, the CLI's `--job`, or found beside the letter. */
export type JobSource = 'front matter' | 'setting' | 'option' | 'folder';

/** A job description a letter uses: where it is, and how it was written. */
export interface JobReference {
  /** Absolute file-system path. */
  path: string;
  /** As the letter or setting wrote it (for a file found beside the letter, its name). */
  written: string;
  source: JobSource;
}

/** A named description that cannot even be located, with the sentence that says why. */
export interface UnlocatedJob {
  written: string;
  source: JobSource;
  problem: string;
}

export interface NamedJobInput {
  /** `job:` from the letter's front matter. */
  frontMatterJob: string | undefined;
  /** The letter's folder; undefined for a letter not saved yet. */
  letterDir: string | undefined;
  /** The `coverLetter.jobDescription` setting, or the CLI's `--job`; empty for none. */
  setting: string;
  /** What a relative `setting` is relative to: the workspace folder (the CLI: the current directory). */
  settingBase: string | undefined;
  /** `option` when `setting` is the CLI's `--job`. */
  settingSource?: 'setting' | 'option';
}

/**
 * The description the letter or the setting names, or undefined when neither
 * names one (then look beside the letter: siblingCandidates).
 */
export function namedJobDescription(input: NamedJobInput): JobReference | UnlocatedJob | undefined {
  const fromLetter = input.frontMatterJob?.trim();
  if (fromLetter) {
    const base = path.isAbsolute(fromLetter) ? '' : input.letterDir;
    if (base === undefined) {
      return {
        written: fromLetter,
        source: 'front matter',
        problem: `Cannot read the job description ${fromLetter}: it is relative to the letter's folder, and the letter is not saved yet. Save the letter first.`,
      };
    }
    return { path: path.resolve(base, fromLetter), written: fromLetter, source: 'front matter' };
  }
  const fromSetting = input.setting.trim();
  if (fromSetting) {
    const source = input.settingSource ?? 'setting';
    const base = path.isAbsolute(fromSetting) ? '' : (input.settingBase ?? input.letterDir);
    if (base === undefined) {
      return {
        written: fromSetting,
        source,
        problem: `Cannot read the job description ${fromSetting} (the coverLetter.jobDescription setting): it is relative to the workspace folder, and this letter is in none.`,
      };
    }
    return { path: path.resolve(base, fromSetting), written: fromSetting, source };
  }
  return undefined;
}

/** The files that would be the letter's description, in order of preference, when nothing names one. */
export function siblingCandidates(letterDir: string): JobReference[] {
  return JOB_DESCRIPTION_FILE_NAMES.map((name) => ({ path: path.join(letterDir, name), written: name, source: 'folder' }));
}

/** True when `filePath` has one of the names looked for beside a letter. */
export function isJobDescriptionFileName(filePath: string): boolean {
  return JOB_DESCRIPTION_FILE_NAMES.includes(path.basename(filePath).toLowerCase());
}

/** `./job.md (/home/ana/letters/job.md)`: as written, then where that is and where it was named, when that says more. */
export function describeJobPath(reference: JobReference): string {
  const where: string[] = [];
  if (reference.written !== reference.path) where.push(reference.path);
  if (reference.source === 'setting') where.push('from the coverLetter.jobDescription setting');
  if (reference.source === 'option') where.push('from --job');
  return where.length > 0 ? `${reference.written} (${where.join(', ')})` : reference.written;
}

/** The sentence the `job-description-unreadable` finding shows when the file cannot be read. */
export function unreadableJobMessage(reference: JobReference, reason: string): string {
  return `Cannot read the job description ${describeJobPath(reference)}: ${reason}. The letter is checked without it.`;
}

export function emptyJobMessage(reference: JobReference): string {
  return `The job description ${describeJobPath(reference)} is empty: paste the job ad into it to see how the letter matches.`;
}

/** In an untrusted workspace, a description outside the workspace folders is left unread. */
export function untrustedJobMessage(reference: JobReference): string {
  return (
    `Did not read the job description ${describeJobPath(reference)}: it is outside the workspace folders, and this workspace is not trusted. ` +
    'Trust the workspace, or move the description into it.'
  );
}
