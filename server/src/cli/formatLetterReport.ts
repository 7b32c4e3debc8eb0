/**
 * `cover-letter-coach report`: the letter's report for the terminal (plain
 * ASCII, so it reads the same in any console and in a log file) or as JSON.
 */
import type { LetterReport } from '../../../shared/src/protocol';
import { JSON_REPORT_VERSION } from './formatReport';

/** Characters in the length bar; a full bar is the target. */
const BAR_WIDTH = 20;

/** Longest quote shown for a piece of evidence. */
const QUOTE_LENGTH = 100;

export function formatLetterReportJson(filePath: string, report: LetterReport): string {
  return `${JSON.stringify({ version: JSON_REPORT_VERSION, path: filePath, report }, null, 2)}\n`;
}

export function formatLetterReportText(filePath: string, report: LetterReport): string {
  const { statistics: stats } = report;
  const lines: string[] = [`Cover letter report: ${filePath}`, ''];
  lines.push(`Length     ${lengthBar(stats.words, stats.target)} ${stats.words} / ${stats.target} words, ${verdict(stats.words, stats.target)}`);
  lines.push(`           (the target is ${TARGET_SOURCES[stats.targetSource]})`);
  lines.push(`Industry   ${report.industry.value} (${INDUSTRY_SOURCES[report.industry.source]})`);
  lines.push(`Company    ${report.company ?? 'not named (add company: to the front matter)'}`);
  lines.push('');
  lines.push(...jobLines(report));
  lines.push('');
  lines.push('Skim checks (what a hiring manager looks for first)');
  for (const check of report.skim) {
    lines.push(`  [${check.passed ? 'x' : ' '}] ${check.label}`);
    for (const evidence of check.evidence) lines.push(`        line ${evidence.range.start.line + 1}: "${quote(evidence.text)}"`);
  }
  lines.push('');
  const total = report.findingsByRule.reduce((sum, rule) => sum + rule.count, 0);
  if (total === 0) {
    lines.push('Findings   none');
  } else {
    lines.push(`Findings by rule (${total})`);
    const idWidth = Math.max(...report.findingsByRule.map((rule) => rule.ruleId.length));
    for (const rule of report.findingsByRule) {
      lines.push(`  ${rule.severity.padEnd(11)} ${String(rule.count).padStart(3)}  ${rule.ruleId.padEnd(idWidth)}  ${rule.name}`);
    }
    lines.push('', `Run "cover-letter-coach check ${filePath}" to see each finding where it is.`);
  }
  return `${lines.join('\n')}\n`;
}

function jobLines(report: LetterReport): string[] {
  if (report.job !== undefined) {
    const { job } = report;
    const about = [job.role, job.path].filter((part): part is string => part !== undefined).join(', ');
    return [
      `Job match  ${job.match}%${about === '' ? '' : ` (${about})`}`,
      `  matched: ${job.matched.length > 0 ? job.matched.join(', ') : 'nothing yet'}`,
      `  missing: ${job.missing.length > 0 ? job.missing.join(', ') : 'nothing'}`,
    ];
  }
  if (report.jobProblem !== undefined) return ['Job match  unknown', `  ${report.jobProblem}`];
  return ['Job match  no job description (name one with job: in the front matter, use --job FILE, or put a job.md beside the letter)'];
}

/** `[################....]` up to the target; past it, the bar is full and `+` marks each tenth over. */
export function lengthBar(words: number, target: number): string {
  const ratio = target > 0 ? words / target : 0;
  const filled = Math.min(BAR_WIDTH, Math.round(Math.min(ratio, 1) * BAR_WIDTH));
  const over = ratio > 1 ? '+'.repeat(Math.min(10, Math.ceil((ratio - 1) * 10))) : '';
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]${over}`;
}

function verdict(words: number, target: number): string {
  if (words > target) return `${plural(words - target, 'word')} over`;
  if (words === target) return 'right on the target';
  return `${plural(target - words, 'word')} under`;
}

const TARGET_SOURCES: Readonly<Record<LetterReport['statistics']['targetSource'], string>> = {
  'front matter': "set in the letter's front matter",
  setting: 'from --target',
  default: 'the default',
};

const INDUSTRY_SOURCES: Readonly<Record<LetterReport['industry']['source'], string>> = {
  'front matter': "set in the letter's front matter",
  setting: 'from --industry',
  detected: 'detected from the letter and any job description',
  default: 'the default',
};

function quote(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim();
  return oneLine.length > QUOTE_LENGTH ? `${oneLine.slice(0, QUOTE_LENGTH - 3)}...` : oneLine;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
