/** The two output formats of `cover-letter-coach check`. */
import type { Severity } from '../engine';
import type { FileReport } from './checkFile';

/** Bumped only if the JSON shape changes incompatibly, so scripts can tell. */
export const JSON_REPORT_VERSION = 1;

export function formatJson(reports: readonly FileReport[]): string {
  return `${JSON.stringify({ version: JSON_REPORT_VERSION, files: reports }, null, 2)}\n`;
}

/**
 * `path:line:col: severity rule-id message` per finding (1-based, like compilers), then a summary.
 * With --fix, first `path:line:col: fixed rule-id: fix title` per fix (at its place in the text it fixed).
 * Each file's lines come together, so the CLI can print them as soon as that file is checked.
 */
export function formatText(reports: readonly FileReport[]): string {
  return reports.map(formatFileText).join('') + formatSummaryText(reports);
}

/** One file's lines (what it fixed, then its findings), each ending in a line break; '' for a clean file. */
export function formatFileText(report: FileReport): string {
  const lines: string[] = [];
  for (const f of report.fixed ?? []) {
    lines.push(`${report.path}:${f.range.start.line + 1}:${f.range.start.character + 1}: fixed ${f.code}: ${f.title}`);
  }
  for (const d of report.diagnostics) {
    const { line, character } = d.range.start;
    // One finding per line keeps the output grep- and editor-friendly.
    const message = d.message.replace(/\s*\r?\n\s*/g, ' ');
    lines.push(`${report.path}:${line + 1}:${character + 1}: ${d.severity} ${d.code} ${message}`);
  }
  return lines.map((line) => `${line}\n`).join('');
}

/** The summary lines that end the text output. */
export function formatSummaryText(reports: readonly FileReport[]): string {
  const lines: string[] = [];
  if (reports.some((report) => report.fixed !== undefined)) lines.push(summarizeFixes(reports));
  lines.push(summarize(reports));
  return `${lines.join('\n')}\n`;
}

// Most severe first, as readers care about errors before hints.
const SUMMARY_ORDER: readonly Severity[] = ['error', 'warning', 'information', 'hint'];

function summarize(reports: readonly FileReport[]): string {
  const counts = new Map<Severity, number>();
  let total = 0;
  for (const report of reports) {
    for (const d of report.diagnostics) {
      counts.set(d.severity, (counts.get(d.severity) ?? 0) + 1);
      total++;
    }
  }
  const files = plural(reports.length, 'file', 'files');
  if (total === 0) return `0 problems in ${files}`;
  const parts = SUMMARY_ORDER.filter((s) => counts.has(s)).map((s) => severityCount(s, counts.get(s)!));
  return `${plural(total, 'problem', 'problems')} (${parts.join(', ')}) in ${files}`;
}

function summarizeFixes(reports: readonly FileReport[]): string {
  const fixed = reports.reduce((sum, report) => sum + (report.fixed?.length ?? 0), 0);
  const files = reports.filter((report) => (report.fixed?.length ?? 0) > 0).length;
  return fixed === 0 ? 'nothing to fix' : `fixed ${plural(fixed, 'problem', 'problems')} in ${plural(files, 'file', 'files')}`;
}

function severityCount(severity: Severity, count: number): string {
  // "information" has no plural.
  return severity === 'information' ? `${count} information` : plural(count, severity, `${severity}s`);
}

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
