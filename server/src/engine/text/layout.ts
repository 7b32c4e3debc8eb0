/** The shapes a document is laid out in: how it is read, and its blocks of prose. */
import type { Span } from './mask';

/** How a document is read: Markdown skips code, comments, link targets and markup. */
export type DocumentFormat = 'markdown' | 'plaintext';

export type BlockKind = 'paragraph' | 'heading' | 'listItem';

/** A paragraph, heading or list item: a stretch of prose read as one. */
export interface Block extends Span {
  kind: BlockKind;
}
