/**
 * Inline control comments, in Markdown and plain text alike:
 *   <!-- coach-disable-file [rule-id ...] -->       the whole file
 *   <!-- coach-disable [rule-id ...] --> ... <!-- coach-enable [rule-id ...] -->   a region
 *   <!-- coach-disable-next-line [rule-id ...] -->  the line after the comment
 * No rule id means every rule. Ids are separated by spaces or commas.
 */
import type { Finding, IgnoredOccurrence } from './types';

/** The start of a directive; its end, the next `-->`, is found by hand (see `directives`). */
const DIRECTIVE_START = /<!--\s*coach-(disable-file|disable-next-line|disable|enable)\b/y;

interface Directive {
  kind: string;
  /** What stands between the directive's name and its `-->`. */
  body: string;
  index: number;
  end: number;
}

/**
 * Every directive, in order. A single pattern with a lazy `[^]*?-->` rescanned
 * the rest of the text from each unclosed `<!--` (`<!-- coach-disable ` × 10,000
 * took 7 s); here each comment start is tried once, and when no `-->` follows
 * one, none follows any later one either, so the scan stops.
 */
function* directives(text: string): Generator<Directive> {
  let from = 0;
  for (;;) {
    const at = text.indexOf('<!--', from);
    if (at < 0) return;
    DIRECTIVE_START.lastIndex = at;
    const m = DIRECTIVE_START.exec(text);
    if (!m) {
      from = at + 1;
      continue;
    }
    const bodyStart = at + m[0].length;
    const close = text.indexOf('-->', bodyStart);
    if (close < 0) return;
    yield { kind: m[1]!, body: text.slice(bodyStart, close), index: at, end: close + 3 };
    from = close + 3;
  }
}

type Rules = ReadonlySet<string> | 'all';

interface Region {
  rules: Rules;
  start: number;
  end: number;
}

export interface Suppressions {
  isSuppressed(finding: Finding): boolean;
  /** Whether `coach-disable-file` turns the rule off for the whole file: then it need not run at all. */
  offForFile(ruleId: string): boolean;
}

export function readSuppressions(text: string, ignored: readonly IgnoredOccurrence[] = []): Suppressions {
  const regions: Region[] = [];
  const open = new Map<string, number>(); // rule id or '*' → where its disable began
  for (const d of directives(text)) {
    const kind = d.kind;
    const ids = d.body.split(/[\s,]+/).filter(Boolean);
    const rules: Rules = ids.length ? new Set(ids) : 'all';
    const at = d.index;
    const after = d.end;
    if (kind === 'disable-file') {
      regions.push({ rules, start: 0, end: text.length });
    } else if (kind === 'disable-next-line') {
      const lineEnd = text.indexOf('\n', after);
      const nextStart = lineEnd < 0 ? text.length : lineEnd + 1;
      const nextEnd = text.indexOf('\n', nextStart);
      regions.push({ rules, start: at, end: nextEnd < 0 ? text.length : nextEnd });
    } else if (kind === 'disable') {
      for (const id of ids.length ? ids : ['*']) if (!open.has(id)) open.set(id, at);
    } else {
      for (const id of ids.length ? ids : [...open.keys()]) {
        const start = open.get(id);
        if (start === undefined) continue;
        regions.push({ rules: id === '*' ? 'all' : new Set([id]), start, end: at });
        open.delete(id);
      }
    }
  }
  for (const [id, start] of open) regions.push({ rules: id === '*' ? 'all' : new Set([id]), start, end: text.length });

  const ignoredTexts = new Map<string, Set<string>>();
  for (const { rule, text: flagged } of ignored) {
    const set = ignoredTexts.get(rule) ?? new Set<string>();
    set.add(normalizeSpace(flagged));
    ignoredTexts.set(rule, set);
  }

  const wholeFile = regions.filter((r) => r.start === 0 && r.end === text.length);
  return {
    offForFile: (ruleId) => wholeFile.some((r) => r.rules === 'all' || r.rules.has(ruleId)),
    isSuppressed(finding) {
      if (ignoredTexts.get(finding.ruleId)?.has(normalizeSpace(finding.text))) return true;
      return regions.some((r) => (r.rules === 'all' || r.rules.has(finding.ruleId)) && finding.offset >= r.start && finding.offset < r.end);
    },
  };
}

/** An ignored occurrence survives re-wrapping: runs of white space compare equal. */
function normalizeSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
