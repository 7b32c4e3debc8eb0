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

/** The longest `coverLetter.files` pattern accepted. */
export const MAX_GLOB_LENGTH = 200;
/** The most wildcards (`*`, `?`; `**` counts once) a pattern may hold. */
export const MAX_GLOB_WILDCARDS = 10;
/**
 * The most `*` a pattern matched by picomatch may hold (one using brackets, braces or
 * extglobs): its regular expressions backtrack, polynomially in the path's length with
 * the number of stars as the exponent.
 */
export const MAX_PICOMATCH_STARS = 3;

/** Literal text, `*`, `?` and `**` only: matched by `simpleGlobMatcher`, in time linear in the pattern times the path. */
const SIMPLE_GLOB = /^[^[\]{}()!+@\\]*$/;

/**
 * Why a `coverLetter.files` pattern is refused, or undefined when it is fine. Globs
 * come from a workspace's settings, which apply even in an untrusted workspace, and
 * are matched against every document: one must not be able to stall every check.
 */
export function globProblem(glob: string): string | undefined {
  if (glob.length > MAX_GLOB_LENGTH) return `a pattern of at most ${MAX_GLOB_LENGTH} characters`;
  const wildcards = (glob.replace(/\*\*+/g, '*').match(/[*?]/g) ?? []).length;
  if (wildcards > MAX_GLOB_WILDCARDS) return `a pattern with at most ${MAX_GLOB_WILDCARDS} wildcards (* or ?)`;
  if (!SIMPLE_GLOB.test(glob) && (glob.match(/\*/g) ?? []).length > MAX_PICOMATCH_STARS) {
    return `a pattern with brackets, braces or ( ) and at most ${MAX_PICOMATCH_STARS} *`;
  }
  try {
    picomatch(glob);
  } catch {
    return 'a valid glob pattern';
  }
  return undefined;
}

// Compiling globs is far slower than matching, and the same few lists come back on every keystroke.
const matchers = new Map<string, (path: string) => boolean>();
const MAX_CACHED_MATCHERS = 50;

/** Whether the path matches one of the globs (refused ones, see `globProblem`, never match). */
export function matchesFileGlobs(filePath: string, fileGlobs: readonly string[]): boolean {
  if (fileGlobs.length === 0) return false;
  const key = JSON.stringify(fileGlobs);
  let matcher = matchers.get(key);
  if (matcher === undefined) {
    const each = fileGlobs.filter((glob) => globProblem(glob) === undefined).map(compileGlob);
    matcher = (path) => each.some((matches) => matches(path));
    if (matchers.size >= MAX_CACHED_MATCHERS) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher(filePath);
}

function compileGlob(glob: string): (path: string) => boolean {
  if (SIMPLE_GLOB.test(glob)) return simpleGlobMatcher(glob);
  return picomatch(glob, { nocase: true, dot: true });
}

/**
 * A matcher for globs of literal text, `*`, `?` and `**` segments, case-insensitive,
 * dot files included (as picomatch with `nocase` and `dot`), that cannot backtrack:
 * segments are matched by dynamic programming over the path's parts, and each segment
 * by the greedy wildcard scan, whose time is bounded by the pattern's length times the text's.
 * One difference from picomatch: a final `/**` also matches nothing after a segment with
 * wildcards (the glob b* followed by /** matches the file b), where picomatch is inconsistent.
 */
export function simpleGlobMatcher(glob: string): (path: string) => boolean {
  // picomatch reads `./x` as `x`.
  const segments = glob
    .replace(/^(\.\/)+/, '')
    .toLowerCase()
    .split('/');
  return (path) => {
    if (path === '') return false;
    const parts = path.toLowerCase().split('/');
    // reached[j]: the segments so far match the first j parts.
    let reached = new Uint8Array(parts.length + 1);
    reached[0] = 1;
    for (const segment of segments) {
      const next = new Uint8Array(parts.length + 1);
      if (segment === '**') {
        // `**` matches no part or any number of them.
        let any = 0;
        for (let j = 0; j <= parts.length; j++) next[j] = any = any | reached[j]!;
      } else {
        for (let j = 0; j < parts.length; j++) if (reached[j] === 1 && wildcardMatch(segment, parts[j]!)) next[j + 1] = 1;
      }
      reached = next;
    }
    return reached[parts.length] === 1;
  };
}

function wildcardMatch(pattern: string, text: string): boolean {
  let p = 0;
  let t = 0;
  let star = -1;
  let mark = 0;
  while (t < text.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
      p++;
      t++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = t;
    } else if (star !== -1) {
      p = star + 1;
      t = ++mark;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
