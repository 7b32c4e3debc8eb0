/**
 * "Fix all": the first fix of each finding, for the rules whose first fix is
 * safe to apply unseen, merged into one set of edits that never overlap. A
 * template fix is never among them (`isBulkFix`).
 */
import { ruleById } from './registry';
import type { Finding, Fix, TextEdit } from './types';

export interface FixAllOptions {
  /** Only these rules (for "fix all of this rule"); default: every rule that is safe to fix unseen. */
  ruleIds?: readonly string[];
}

/** Edits in document order; a finding whose edits would touch another's is left for the next round. */
export function fixAllEdits(findings: readonly Finding[], options: FixAllOptions = {}): TextEdit[] {
  const wanted = options.ruleIds ? new Set(options.ruleIds) : undefined;
  const chosen: TextEdit[] = [];
  for (const finding of [...findings].sort((a, b) => a.offset - b.offset)) {
    if (wanted ? !wanted.has(finding.ruleId) : !ruleById(finding.ruleId)?.autoFix) continue;
    const fix = finding.fixes[0];
    if (!isBulkFix(fix)) continue;
    if (fix.edits.some((edit) => chosen.some((other) => overlaps(edit, other)))) continue;
    chosen.push(...fix.edits);
  }
  return chosen.sort((a, b) => a.offset - b.offset);
}

/**
 * Whether a finding's first fix may be applied together with others, unseen: it
 * edits something, and it rewrites the writer's words rather than putting a
 * template in place of their sentence (two flagged sentences, one of them worth
 * keeping, once became the same template).
 */
export function isBulkFix(fix: Fix | undefined): fix is Fix {
  return fix !== undefined && fix.edits.length > 0 && fix.template !== true;
}

/** Applies edits that do not overlap, as an editor would. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  let result = '';
  let at = 0;
  for (const edit of [...edits].sort((a, b) => a.offset - b.offset)) {
    result += text.slice(at, edit.offset) + edit.newText;
    at = edit.offset + edit.length;
  }
  return result + text.slice(at);
}

function overlaps(a: TextEdit, b: TextEdit): boolean {
  // Touching edits count as overlapping: two removals side by side could swallow a space twice.
  return a.offset <= b.offset + b.length && b.offset <= a.offset + a.length;
}
