/** Engine findings as LSP diagnostics, with their fixes carried in `data`. */
import type { Diagnostic } from 'vscode-languageserver';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/protocol';
import type { RuleSeverityName } from '../../../shared/src/settings';
import { type Finding, MAX_PROBLEMS_SHOWN, tooManyProblems, tooManyProblemsFinding } from '../engine';
import { isPlainObject } from '../util/values';
import { type LspFix, type LspTextEdit, type PositionSource, toRange } from './ranges';
import { toLspSeverity } from './severity';
import { ruleDocsUri } from './docsUri';

/**
 * What every diagnostic we publish carries in `data`. The code-action handler
 * reads the fixes back from here, so it never has to re-run the analysis.
 */
export interface DiagnosticData {
  fixes: CheckedFix[];
  /** The flagged text, which "Ignore this occurrence" writes to the config file. */
  text?: string;
  /** The document version the fixes were computed for. */
  version?: number;
}

/**
 * A fix whose edits say what text they replace, so a fix chosen after the document
 * changed can be checked against the text there now (see codeActions.ts).
 */
export interface CheckedFix extends LspFix {
  edits: CheckedTextEdit[];
}

export interface CheckedTextEdit extends LspTextEdit {
  /** The text the edit replaces, in the version it was computed for. */
  oldText?: string;
}

/** What findings are placed in: positions, and the text and version they were computed on. */
export interface CheckedDocument extends PositionSource {
  getText(): string;
  readonly version?: number;
}

export function findingToDiagnostic(document: CheckedDocument, finding: Finding, docsBase: string): Diagnostic {
  const text = document.getText();
  const fixes: CheckedFix[] = finding.fixes.map((fix) => ({
    title: fix.title,
    edits: fix.edits.map((edit) => ({
      range: toRange(document, edit.offset, edit.length),
      newText: edit.newText,
      oldText: text.slice(edit.offset, edit.offset + edit.length),
    })),
  }));
  const data: DiagnosticData = { fixes, text: finding.text };
  if (document.version !== undefined) data.version = document.version;
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

const SEVERITY_RANK: Record<Finding['severity'], number> = { error: 0, warning: 1, information: 2, hint: 3 };

/**
 * The findings as diagnostics, at most `max` of them: when there are more, the most
 * severe are kept (in document order) and one `too-many-problems` note at the top
 * of the document says how many were left out (unless the settings turn it off).
 */
export function findingsToDiagnostics(
  document: CheckedDocument,
  findings: readonly Finding[],
  docsBase: string,
  { max = MAX_PROBLEMS_SHOWN, noteSeverity = tooManyProblems.defaultSeverity }: { max?: number; noteSeverity?: RuleSeverityName } = {},
): Diagnostic[] {
  let shown = findings;
  if (findings.length > max) {
    const kept = new Set(
      findings
        .map((finding, index) => ({ finding, index }))
        .sort((a, b) => SEVERITY_RANK[a.finding.severity] - SEVERITY_RANK[b.finding.severity] || a.index - b.index)
        .slice(0, max)
        .map(({ index }) => index),
    );
    shown = findings.filter((_, index) => kept.has(index));
  }
  const diagnostics = shown.map((finding) => findingToDiagnostic(document, finding, docsBase));
  const left = findings.length - shown.length;
  if (left > 0 && noteSeverity !== 'off') {
    diagnostics.push(findingToDiagnostic(document, tooManyProblemsFinding(document.getText(), left, max, noteSeverity), docsBase));
  }
  return diagnostics;
}

/** `data` comes back from the client, so check its shape before trusting it. */
export function isDiagnosticData(value: unknown): value is DiagnosticData {
  return (
    isPlainObject(value) &&
    Array.isArray(value.fixes) &&
    value.fixes.every(isLspFix) &&
    (value.text === undefined || typeof value.text === 'string') &&
    (value.version === undefined || Number.isInteger(value.version))
  );
}

function isLspFix(value: unknown): value is CheckedFix {
  return isPlainObject(value) && typeof value.title === 'string' && Array.isArray(value.edits) && value.edits.every(isLspTextEdit);
}

function isLspTextEdit(value: unknown): value is CheckedTextEdit {
  return (
    isPlainObject(value) &&
    typeof value.newText === 'string' &&
    isRange(value.range) &&
    (value.oldText === undefined || typeof value.oldText === 'string')
  );
}

function isRange(value: unknown): boolean {
  return isPlainObject(value) && isPosition(value.start) && isPosition(value.end);
}

function isPosition(value: unknown): boolean {
  return isPlainObject(value) && Number.isInteger(value.line) && Number.isInteger(value.character);
}
