/**
 * The `.coverletterrc.json` files that apply to each document, read from disk.
 * The files are config, not code, so they are read in untrusted workspaces too,
 * but there only when they really lie in a workspace folder: a config linked
 * to a file outside it is refused with a problem, and one outside every folder
 * is left unread. Every read goes through readBoundedFile (a regular file, at
 * most MAX_CONFIG_FILE_BYTES, one read in flight per file).
 *
 * Each file is cached by its modification time and size, and dropped when the
 * client reports it changed (workspace/didChangeWatchedFiles); a client that
 * cannot watch files still gets fresh config at the next check. Problems in a
 * file are handed to the reporter each time the file is read, which tells the
 * user once per content.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { emptyResolvedConfig, type ResolvedConfig } from '../../../shared/src/config';
import { configSearchDirs, type LoadedConfigFile, readConfigFile, readConfigFiles, resolveConfigFiles } from '../config/configFiles';
import { isInside } from '../util/paths';
import type { WorkspaceTrust } from '../util/workspaceTrust';
import { fsPathOfUri, type WorkspaceFolders } from './workspaceFolders';

export interface DocumentConfig {
  resolved: ResolvedConfig;
  /** Config files that apply, farthest first, including unusable ones (their `config` is undefined). */
  files: LoadedConfigFile[];
  /** The workspace folder holding the document, where workspace-wide config goes. */
  rootDir: string | undefined;
  /** The document's own folder, when it is a file. */
  letterDir: string | undefined;
}

/** No config files at all. */
export function noDocumentConfig(): DocumentConfig {
  return { resolved: emptyResolvedConfig(), files: [], rootDir: undefined, letterDir: undefined };
}

export interface ConfigReporter {
  /** A file was (re)read: show its problems, or clear them when there are none. */
  loaded(file: LoadedConfigFile): void;
  /** A file that was read before is gone. */
  removed(filePath: string): void;
}

interface CacheEntry {
  mtimeMs: number;
  size: number;
  /** Whether the workspace was trusted when the file was read. */
  trusted: boolean;
  file: LoadedConfigFile | undefined;
}

export class ConfigStore {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly folders: Pick<WorkspaceFolders, 'rootOf' | 'first' | 'all'>,
    private readonly reporter: ConfigReporter,
    /** The server's trust state, shared with JobDescriptions. */
    private readonly trust: WorkspaceTrust,
  ) {}

  async forDocument(uri: string): Promise<DocumentConfig> {
    const filePath = fsPathOfUri(uri);
    const letterDir = filePath === undefined ? undefined : path.dirname(filePath);
    const rootDir = filePath === undefined ? this.folders.first() : this.folders.rootOf(filePath);
    // A document that is not a file yet takes the config of the first workspace folder.
    const dirs = letterDir !== undefined ? configSearchDirs(letterDir, rootDir) : rootDir !== undefined ? [rootDir] : [];
    const files = await readConfigFiles(dirs, (filePath) => this.read(filePath));
    return { resolved: resolveConfigFiles(files), files, rootDir, letterDir };
  }

  /** The client saw these files change: read them afresh next time. */
  changed(filePaths: readonly string[]): void {
    for (const filePath of filePaths) this.cache.delete(filePath);
  }

  private async read(filePath: string): Promise<LoadedConfigFile | undefined> {
    const trusted = this.trust.trusted;
    const roots = this.folders.all();
    // Untrusted: a file outside every workspace folder is none of the workspace's business; leave it unread.
    const skipped = !trusted && !roots.some((root) => isInside(filePath, root));
    let stat: { mtimeMs: number; size: number } | undefined;
    try {
      stat = skipped ? undefined : await fs.stat(filePath);
    } catch {
      stat = undefined;
    }
    const cached = this.cache.get(filePath);
    if (stat === undefined) {
      if (cached?.file !== undefined) this.reporter.removed(filePath);
      this.cache.set(filePath, { mtimeMs: -1, size: -1, trusted, file: undefined });
      return undefined;
    }
    if (cached !== undefined && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size && cached.trusted === trusted) return cached.file;
    const file = await readConfigFile(filePath, trusted ? undefined : roots);
    this.cache.set(filePath, { mtimeMs: stat.mtimeMs, size: stat.size, trusted, file });
    if (file === undefined) {
      if (cached?.file !== undefined) this.reporter.removed(filePath);
    } else {
      this.reporter.loaded(file);
    }
    return file;
  }
}
