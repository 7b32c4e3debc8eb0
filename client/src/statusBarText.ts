/**
 * What the word-count status bar item shows, as plain strings: kept apart from
 * the editor API so it can be tested on its own.
 */
import type { LetterStatistics } from '../../shared/src/protocol';
import { lengthVerdict, plural, round } from './wording';

/** Above the target is a warning; above this many times the target, an error. */
export const ERROR_RATIO = 1.2;

export type StatusLevel = 'ok' | 'warning' | 'error';

export function statusLevel(words: number, target: number): StatusLevel {
  if (words > target * ERROR_RATIO) return 'error';
  if (words > target) return 'warning';
  return 'ok';
}

/** `$(pencil) 212 / 250 words`, and the selection's words when there is a selection. */
export function statusText(stats: Pick<LetterStatistics, 'words' | 'target'>, selectedWords?: number): string {
  const text = `$(pencil) ${stats.words} / ${stats.target} words`;
  return selectedWords === undefined ? text : `${text} (${selectedWords} selected)`;
}

/** For screen readers, without the icon. */
export function statusLabel(stats: Pick<LetterStatistics, 'words' | 'target'>, selectedWords?: number): string {
  const text = `${stats.words} of ${stats.target} words`;
  return selectedWords === undefined ? text : `${text}, ${selectedWords} selected`;
}

const TARGET_SOURCES: Readonly<Record<LetterStatistics['targetSource'], string>> = {
  'front matter': "set in the letter's front matter",
  setting: 'from the `coverLetter.lengthTarget` setting',
  default: 'the default',
};

/** The tooltip, as Markdown. */
export function statusTooltip(stats: LetterStatistics, selectedWords?: number): string {
  const lines = [
    `**${stats.words} / ${stats.target} words** · ${lengthVerdict(stats.words, stats.target)}`,
    '',
    ...(selectedWords === undefined ? [] : [`Selection: ${plural(selectedWords, 'word')}`, '']),
    row('Sentences', String(stats.sentences)),
    row('Paragraphs', String(stats.paragraphs)),
    row('Average sentence', plural(round(stats.averageSentenceLength), 'word')),
    row('Reading time', `about ${plural(stats.readingTimeMinutes, 'minute')}`),
    row('Readability', `grade ${round(stats.readabilityGrade)} (Flesch–Kincaid)`),
    row('Target', `${stats.target} words, ${TARGET_SOURCES[stats.targetSource]}`),
    row('Industry', industry(stats)),
    ...(stats.job === undefined ? [] : [row('Job match', jobMatch(stats.job))]),
    '',
    'Click to set the length target.',
  ];
  return lines.join('\n');
}

const INDUSTRY_SOURCES: Readonly<Record<NonNullable<LetterStatistics['industrySource']>, string>> = {
  'front matter': "set in the letter's front matter",
  setting: 'from the `coverLetter.industry` setting',
  detected: 'detected from the letter and its job description',
  default: 'the default',
};

function industry(stats: LetterStatistics): string {
  return stats.industrySource === undefined ? stats.industry : `${stats.industry}, ${INDUSTRY_SOURCES[stats.industrySource]}`;
}

/** Missing terms named in the tooltip at most. */
const TOOLTIP_MISSING_TERMS = 5;

/** `68% · missing: Feast, drift monitoring, p99`, as the job-match CodeLens says it. */
export function jobMatch(job: NonNullable<LetterStatistics['job']>): string {
  if (job.missing.length === 0) return `${job.match}% · nothing missing`;
  const named = job.missing.slice(0, TOOLTIP_MISSING_TERMS).map(escapeMarkdown).join(', ');
  const more = job.missing.length > TOOLTIP_MISSING_TERMS ? ` and ${job.missing.length - TOOLTIP_MISSING_TERMS} more` : '';
  return `${job.match}% · missing: ${named}${more}`;
}

/** Terms come from the job ad: keep `*`, `_` and the like from turning into Markdown. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

/** A line of its own in Markdown: two trailing spaces make the break. */
function row(name: string, value: string): string {
  return `${name}: ${value}  `;
}
