/**
 * The job description of each checked letter, read from disk: the file its
 * front matter names, else the `coverLetter.jobDescription` setting (relative to
 * the workspace folder), else `job.md` and the like beside the letter (see
 * jobs/jobFiles.ts). Each file is cached by path, modification time and size, and
 * dropped when the client reports it changed.
 *
 * In an untrusted workspace a description outside the workspace folders is not
 * read (symbolic links are followed before deciding): the letter then gets the
 * `job-description-unreadable` finding saying so. Every read goes through
 * readBoundedFile (a regular file, at most MAX_JOB_DESCRIPTION_BYTES, one read
 * in flight per file), so a FIFO or /dev/zero named as `job:` is refused at once.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { type JobReference, type JobSource, untrustedJobMessage } from '../jobs/jobFiles';
import { locateJobDescription } from '../jobs/locateJob';
import { type JobText, readJobFile } from '../jobs/readJobFile';
import { isInsideFolders } from '../util/boundedRead';
import type { WorkspaceTrust } from '../util/workspaceTrust';
import { fsPathOfUri, type WorkspaceFolders } from './workspaceFolders';

/** The description a letter uses: its text, or the sentence that says why it could not be read. */
export type DocumentJob = JobText & {
  /** The file, when it could be located at all. */
  path: string | undefined;
  written: string;
  source: JobSource;
};

interface CacheEntry {
  mtimeMs: number;
  size: number;
  read: JobText;
}

export class JobDescriptions {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly folders: Pick<WorkspaceFolders, 'rootOf' | 'first' | 'all'>,
    /** The server's trust state, shared with ConfigStore. */
    private readonly trust: WorkspaceTrust,
    /** Told about each description a letter or the setting names, so it can be watched. */
    private readonly named: (filePath: string) => void = () => undefined,
  ) {}

  /** The job description of the letter `uri` whose text is `text`; undefined when it has none. */
  async forDocument(uri: string, text: string, setting: string): Promise<DocumentJob | undefined> {
    const filePath = fsPathOfUri(uri);
    const letterDir = filePath === undefined ? undefined : path.dirname(filePath);
    const rootDir = filePath === undefined ? this.folders.first() : this.folders.rootOf(filePath);
    const located = await locateJobDescription(text, { letterDir, setting, settingBase: rootDir });
    if (located === undefined) return undefined;
    if ('problem' in located) return { path: undefined, written: located.written, source: located.source, problem: located.problem };
    // Only a named description needs its own watcher: main.ts watches every job.md and the like.
    if (located.source !== 'folder') this.named(located.path);
    return { ...(await this.read(located)), path: located.path, written: located.written, source: located.source };
  }

  /** The client saw these files change: read them afresh next time. */
  changed(filePaths: readonly string[]): void {
    for (const filePath of filePaths) this.cache.delete(filePath);
  }

  private async read(reference: JobReference): Promise<JobText> {
    const within = this.trust.trusted ? undefined : this.folders.all();
    if (within !== undefined && !(await isInsideFolders(reference.path, within))) return { problem: untrustedJobMessage(reference) };
    let stat: { mtimeMs: number; size: number } | undefined;
    try {
      stat = await fs.stat(reference.path);
    } catch {
      stat = undefined;
    }
    const cached = this.cache.get(reference.path);
    if (stat !== undefined && cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.read;
    const read = await readJobFile(reference, within);
    if (stat === undefined) this.cache.delete(reference.path);
    else this.cache.set(reference.path, { mtimeMs: stat.mtimeMs, size: stat.size, read });
    return read;
  }
}
