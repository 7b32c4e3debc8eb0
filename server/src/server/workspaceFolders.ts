/**
 * The client's workspace folders as file-system paths: config files are looked
 * up from a letter's folder up to the folder that contains it.
 */
import { fileURLToPath } from 'node:url';
import type { InitializeParams, WorkspaceFoldersChangeEvent } from 'vscode-languageserver';
import { isInside } from '../util/paths';

export class WorkspaceFolders {
  private roots: string[] = [];

  /** From initialize: `workspaceFolders`, else the deprecated `rootUri` / `rootPath`. */
  initialize(params: Pick<InitializeParams, 'workspaceFolders' | 'rootUri' | 'rootPath'>): void {
    const uris = params.workspaceFolders?.map((folder) => folder.uri) ?? (params.rootUri ? [params.rootUri] : []);
    this.roots = uris.flatMap((uri) => fsPathOfUri(uri) ?? []);
    if (this.roots.length === 0 && typeof params.rootPath === 'string' && params.rootPath !== '') this.roots = [params.rootPath];
  }

  changed(event: WorkspaceFoldersChangeEvent): void {
    const removed = new Set(event.removed.flatMap((folder) => fsPathOfUri(folder.uri) ?? []));
    this.roots = this.roots.filter((root) => !removed.has(root));
    for (const folder of event.added) {
      const root = fsPathOfUri(folder.uri);
      if (root !== undefined && !this.roots.includes(root)) this.roots.push(root);
    }
  }

  /** The innermost workspace folder containing `filePath`, if any. */
  rootOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const root of this.roots) {
      if (isInside(filePath, root) && (best === undefined || root.length > best.length)) best = root;
    }
    return best;
  }

  /** Every folder, in the order the client gave them. */
  all(): readonly string[] {
    return this.roots;
  }

  /** The first folder: where documents that are not files yet (untitled) take their config from. */
  first(): string | undefined {
    return this.roots[0];
  }
}

/** The file-system path of a `file:` URI; undefined for other schemes. */
export function fsPathOfUri(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    return url.protocol === 'file:' ? fileURLToPath(url) : undefined;
  } catch {
    return undefined;
  }
}
