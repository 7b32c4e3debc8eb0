/**
 * Keeping letters in step with their job descriptions on disk. The server asks
 * the client to watch every `job.md`, `job.txt`, `job-description.md` and `jd.md`
 * (see main.ts), and each description a letter or the setting names, on first use;
 * when one changes, the open letters that use it, or that sit beside it, are checked again.
 */
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { FileSystemWatcher } from 'vscode-languageserver';
import { isJobDescriptionFileName } from '../jobs/jobFiles';
import type { StoredAnalysis } from './analysisStore';
import { fsPathOfUri } from './workspaceFolders';

/** Named descriptions watched at most: a letter's `job:` changing as it is typed must not register hundreds. */
export const MAX_NAMED_WATCHERS = 50;

export class NamedJobWatchers {
  /** Set when the client can register watchers; `relativePatterns` when it takes a base folder with the pattern. */
  enabled = false;
  relativePatterns = false;
  private readonly watched = new Set<string>();

  constructor(private readonly register: (watcher: FileSystemWatcher) => void) {}

  /** A letter or the setting names this description: watch it, once. */
  add(filePath: string): void {
    if (!this.enabled || this.watched.has(filePath) || this.watched.size >= MAX_NAMED_WATCHERS) return;
    this.watched.add(filePath);
    const name = path.basename(filePath);
    // Glob patterns have no escapes: a name with glob characters is not watched (and is read afresh at each check anyway).
    if (/[*?[\]{}]/.test(name)) return;
    // A relative pattern also reaches a file outside the workspace folders; a plain glob only the ones inside.
    const globPattern = this.relativePatterns ? { baseUri: pathToFileURL(path.dirname(filePath)).href, pattern: name } : `**/${name}`;
    this.register({ globPattern });
  }
}

/** The open letters to check again because these files changed: those that use one, or sit beside a new `job.md`. */
export function lettersUsingJobs(changed: readonly string[], analyses: Iterable<StoredAnalysis>): string[] {
  const paths = new Set(changed);
  const folders = new Set(changed.filter(isJobDescriptionFileName).map((filePath) => path.dirname(filePath)));
  const uris: string[] = [];
  for (const analysis of analyses) {
    const letterPath = fsPathOfUri(analysis.uri);
    const used = analysis.job?.path;
    if ((used !== undefined && paths.has(used)) || (letterPath !== undefined && folders.has(path.dirname(letterPath)))) {
      uris.push(analysis.uri);
    }
  }
  return uris;
}
