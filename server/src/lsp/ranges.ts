/**
 * Turns the engine's UTF-16 offsets into LSP ranges. Shared by the language
 * server and the CLI so both report exactly the same positions.
 */
import type { Position, Range } from 'vscode-languageserver-textdocument';
import type { Fix, TextEdit } from '../engine';

/** The one thing we need from a document; both TextDocument flavours provide it. */
export interface PositionSource {
  positionAt(offset: number): Position;
}

/** A fix with LSP ranges: what diagnostics carry in `data` and what the CLI prints. */
export interface LspFix {
  title: string;
  edits: LspTextEdit[];
}

export interface LspTextEdit {
  range: Range;
  newText: string;
}

export function toRange(document: PositionSource, offset: number, length: number): Range {
  return { start: document.positionAt(offset), end: document.positionAt(offset + length) };
}

export function toLspEdits(document: PositionSource, edits: readonly TextEdit[]): LspTextEdit[] {
  return edits.map((edit) => ({ range: toRange(document, edit.offset, edit.length), newText: edit.newText }));
}

export function toLspFixes(document: PositionSource, fixes: readonly Fix[]): LspFix[] {
  return fixes.map((fix) => ({ title: fix.title, edits: toLspEdits(document, fix.edits) }));
}
