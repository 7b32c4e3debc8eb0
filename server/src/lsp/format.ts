/** Decides whether the engine reads a document as Markdown or as plain text. */
import * as path from 'node:path';
import type { DocumentFormat } from '../engine';

const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);

/** For editor documents, whose language the client tells us. */
export function formatForLanguageId(languageId: string): DocumentFormat {
  return languageId === 'markdown' ? 'markdown' : 'plaintext';
}

/** For files on disk (the CLI), where only the name is known. */
export function formatForPath(filePath: string): DocumentFormat {
  return MARKDOWN_EXTENSIONS.has(path.extname(filePath).toLowerCase()) ? 'markdown' : 'plaintext';
}
