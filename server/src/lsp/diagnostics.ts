/** Engine findings as LSP diagnostics, with their fixes carried in `data`. */
import type { Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/protocol';
import type { Finding } from '../engine';
import { isPlainObject } from '../util/values';
import { type LspFix, type LspTextEdit, type PositionSource, toLspFixes, toRange } from './ranges';
import { toLspSeverity } from './severity';
import { ruleDocsUri } from './docsUri';

/**
 * What every diagnostic we publish carries in `data`. The code-action handler
 * reads the fixes back from here, so it never has to re-run the analysis.
 */
export interface DiagnosticData {
  fixes: LspFix[];
  /** The flagged text, which "Ignore this occurrence" writes to the config file. */
  text?: string;
}

export function findingToDiagnostic(document: PositionSource, finding: Finding, docsBase: string): Diagnostic {
  const data: DiagnosticData = { fixes: toLspFixes(document, finding.fixes), text: finding.text };
  return {
    range: toRange(document, finding.offset, finding.length),
    severity: toLspSeverity(finding.severity),
    source: DIAGNOSTIC_SOURCE,
    code: finding.ruleId,
    codeDescription: { href: ruleDocsUri(docsBase, finding.ruleId) },
    message: finding.message,
    data,
  };
}

/** `data` comes back from the client, so check its shape before trusting it. */
export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return (
    isPlainObject(value) &&
    Array.isArray(value.fixes) &&
    value.fixes.every(isLspFix) &&
    (value.text === undefined || typeof value.text === 'string')
  );
}

function isLspFix(value: unknown): value is LspFix {
  return isPlainObject(value) && typeof value.title === 'string' && Array.isArray(value.edits) && value.edits.every(isLspTextEdit);
}

function isLspTextEdit(value: unknown): value is LspTextEdit {
  return isPlainObject(value) && typeof value.newText === 'string' && isRange(value.range);
}

function isRange(value: unknown): boolean {
  return isPlainObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isPlainObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}
