/**
 * Decides which open documents are cover letters. Checking every Markdown file
 * in a workspace would drown READMEs in advice, so only files matching
 * `coverLetter.files` are checked, plus those the user explicitly asked for.
 */
import { fileURLToPath } from 'node:url';
import picomatch from 'picomatch';

const CHECKED_LANGUAGES: ReadonlySet<string> = new Set(['markdown', 'plaintext']);

export interface FilterableDocument {
  uri: string;
  languageId: string;
}

export class DocumentFilter {
  // Kept after the document closes: VS Code closes and reopens a document when
  // its language changes, and the user's request should survive that.
  private readonly requested = new Set<string>();

  /** Marks a document as checked regardless of its language and name (checkDocumentRequest). */
  request(uri: string): void {
    this.requested.add(uri);
  }

  isChecked(document: FilterableDocument, fileGlobs: readonly string[]): boolean {
    if (this.requested.has(document.uri)) return true;
    if (!CHECKED_LANGUAGES.has(document.languageId)) return false;
    const filePath = filePathOfUri(document.uri);
    return filePath !== undefined && matchesFileGlobs(filePath, fileGlobs);
  }
}

/** The document's path with forward slashes, or undefined for a URI we cannot read. */
export function filePathOfUri(uri: string): string | undefined {
  try {
    const url = new URL(uri);
    // Non-file schemes (untitled:, vscode-remote:...) still carry a useful name in their path.
    const filePath = url.protocol === 'file:' ? fileURLToPath(url) : decodeURIComponent(url.pathname);
    return filePath.replace(/\\/g, '/');
  } catch {
    return undefined;
  }
}

// Compiling globs is far slower than matching, and the same few lists come back on every keystroke.
const matchers = new Map<string, (path: string) => boolean>();

export function matchesFileGlobs(filePath: string, fileGlobs: readonly string[]): boolean {
  if (fileGlobs.length === 0) return false;
  const key = JSON.stringify(fileGlobs);
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    matcher = picomatch([...fileGlobs], { nocase: true, dot: true });
    matchers.set(key, matcher);
  }
  return matcher(filePath);
}
