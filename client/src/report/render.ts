/**
 * The report page as HTML: a pure function of the letter's report, the page's
 * nonce and the webview's CSP source. No editor API here, so the unit tests can
 * render it. Every piece of text from the report is escaped; the only script and
 * stylesheet are inline and carry the nonce; nothing is loaded from anywhere.
 */
import type { LetterReport, ReportEvidence } from '../../../shared/src/protocol';
import { COMMANDS } from '../commandIds';
import { ERROR_RATIO } from '../statusBarText';
import { count, lengthVerdict, plural, round } from '../wording';
import type { ReportCommand } from './messages';
import { WEBVIEW_SCRIPT } from './webviewScript';
import { WEBVIEW_STYLE } from './webviewStyle';

/** What the page shows: the report, or why there is none (yet). */
export type ReportState =
  | { kind: 'loading' }
  /** The server does not check this document. */
  | { kind: 'unchecked' }
  | { kind: 'failed'; message: string }
  | { kind: 'report'; report: LetterReport };

export interface RenderOptions {
  /** Fresh for every page; the inline script and stylesheet carry it. */
  nonce: string;
  /** The webview's `cspSource`. */
  cspSource: string;
  /** The letter's file name, for the heading. */
  letterName: string;
  /** Offer a button for Use Job Description… (the extension passes true: it registers that command). */
  canUseJobDescription?: boolean;
}

/** Below this share of the target the letter reads as thin (the under-length rule's share). */
const UNDER_LENGTH_SHARE = 0.6;

const TARGET_SOURCES: Readonly<Record<LetterReport['statistics']['targetSource'], string>> = {
  'front matter': "set in the letter's front matter",
  setting: 'from the <code>coverLetter.lengthTarget</code> setting',
  default: 'the default',
};

const INDUSTRY_SOURCES: Readonly<Record<LetterReport['industry']['source'], string>> = {
  'front matter': "set by <code>industry:</code> in the letter's front matter",
  setting: 'from the <code>coverLetter.industry</code> setting',
  detected: 'detected from the letter and its job description',
  default: 'the default, since nothing in the letter points to one field',
};

/** What would meet each skim check, for the ones not met yet. */
const SKIM_ADVICE: Readonly<Record<string, string>> = {
  ownership: 'Say what you owned from start to finish, in your own voice: “I built…”, “I led…”, “I own…”.',
  'production-constraints': 'Name a limit the system had to work within, with its figure: latency, throughput, memory or data freshness.',
  'business-impact': 'Tie a result to a figure the business counts: revenue, cost, conversion, time saved.',
  'team-judgment': 'Show you know this team: its product, something it has published, or a problem named in the job description.',
};

const SEVERITY_ORDER = ['error', 'warning', 'information', 'hint'];

/** The whole page, for `webview.html`. */
export function renderReportHtml(state: ReportState, options: RenderOptions): string {
  const nonce = escapeHtml(options.nonce);
  const csp = ["default-src 'none'", `style-src ${options.cspSource} 'nonce-${options.nonce}'`, `script-src 'nonce-${options.nonce}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Report: ${escapeHtml(options.letterName)}</title>
<style nonce="${nonce}">${WEBVIEW_STYLE}</style>
</head>
<body>
<header>
<h1 id="report-title">Report: ${escapeHtml(options.letterName)}</h1>
<p id="report-status" class="summary">${escapeHtml(reportSummary(state))}</p>
<p id="report-announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true" data-current="${escapeHtml(reportAnnouncement(state))}"></p>
</header>
<main id="report" aria-labelledby="report-title">
${renderReportBody(state, options)}
</main>
<script nonce="${nonce}">${WEBVIEW_SCRIPT}</script>
</body>
</html>
`;
}

/**
 * What the page's live region says when it changes: the summary without the
 * word count, so a screen reader is not interrupted at every word typed in the
 * letter, only when a check, the job match or the findings change.
 */
export function reportAnnouncement(state: ReportState): string {
  if (state.kind !== 'report') return state.kind === 'loading' ? '' : reportSummary(state);
  return summaryParts(state.report).slice(1).join(' · ');
}

/** One line that sums the report up, shown under the heading. */
export function reportSummary(state: ReportState): string {
  switch (state.kind) {
    case 'loading':
      return 'Reading the letter…';
    case 'unchecked':
      return 'Cover Letter Coach does not check this file.';
    case 'failed':
      return 'The report could not be made.';
    case 'report':
      return summaryParts(state.report).join(' · ');
  }
}

function summaryParts({ statistics, skim, job, findingsByRule }: LetterReport): string[] {
  const findings = findingsByRule.reduce((sum, rule) => sum + rule.count, 0);
  return [
    `${count(statistics.words)} of ${count(statistics.target)} words`,
    `${skim.filter((check) => check.passed).length} of ${skim.length} skim checks met`,
    ...(job === undefined ? [] : [`job match ${count(job.match)}%`]),
    plural(findings, 'finding'),
  ];
}

/** The content of the page's <main>: sent alone when the report changes. */
export function renderReportBody(state: ReportState, options: Pick<RenderOptions, 'canUseJobDescription'>): string {
  switch (state.kind) {
    case 'loading':
      return '<p>Cover Letter Coach is reading the letter…</p>';
    case 'unchecked':
      return [
        '<p>Cover Letter Coach checks Markdown and plain-text files whose name contains “cover letter” (or “cover-letter”, ',
        '“cover_letter”, “coverletter”), and files in a <code>cover-letters</code> folder. This file is none of those.</p>',
        commandButton(COMMANDS.checkThisFile, 'Check This File'),
      ].join('');
    case 'failed':
      return `<p class="problem">The report could not be made: ${escapeHtml(state.message)}</p><p>See the “Cover Letter Coach” output for details.</p>`;
    case 'report':
      return [
        lengthSection(state.report),
        skimSection(state.report),
        jobSection(state.report, options.canUseJobDescription === true),
        industrySection(state.report),
        findingsSection(state.report),
      ].join('\n');
  }
}

function lengthSection({ statistics: s }: LetterReport): string {
  const target = Math.max(1, s.target);
  const max = Math.max(s.words, Math.ceil(target * ERROR_RATIO));
  const overLimit = s.words > target * ERROR_RATIO;
  return section(
    'length',
    'Length',
    `<p id="length-text"><strong>${count(s.words)} of ${count(s.target)} words</strong> · ${lengthVerdict(s.words, s.target)}</p>`,
    `<meter id="length-meter"${overLimit ? ' class="over-limit"' : ''} min="0" max="${count(max)}" low="${count(Math.round(target * UNDER_LENGTH_SHARE))}" high="${count(target)}" optimum="${count(target)}" value="${count(s.words)}" aria-labelledby="length-heading" aria-describedby="length-text">${count(s.words)} of ${count(s.target)} words</meter>`,
    '<dl class="figures">',
    figure('Target', `${plural(s.target, 'word')}, ${TARGET_SOURCES[s.targetSource] ?? escapeHtml(String(s.targetSource))}`),
    figure('Sentences', count(s.sentences)),
    figure('Paragraphs', count(s.paragraphs)),
    figure('Average sentence', plural(round(s.averageSentenceLength), 'word')),
    figure('Reading time', `about ${plural(s.readingTimeMinutes, 'minute')}`),
    figure('Readability', `grade ${round(s.readabilityGrade)} (Flesch–Kincaid)`),
    '</dl>',
    commandButton(COMMANDS.setLengthTarget, 'Set Length Target…'),
  );
}

function skimSection({ skim }: LetterReport): string {
  const met = skim.filter((check) => check.passed).length;
  const items = skim.map((check) => {
    const verdict = check.passed ? '<span class="verdict met">met</span>' : '<span class="verdict not-met">not yet</span>';
    const evidence =
      check.evidence.length > 0
        ? `<ul class="evidence" aria-label="${escapeHtml(`Sentences that show ${check.label.toLowerCase()}`)}">${check.evidence
            .map((quote, index) => `<li>${evidenceButton(check.id, index, quote)}</li>`)
            .join('')}</ul>`
        : `<p class="muted">${escapeHtml(SKIM_ADVICE[check.id] ?? 'No sentence in the letter shows this yet.')}</p>`;
    return `<li data-check="${escapeHtml(check.id)}"><h3>${escapeHtml(check.label)} ${verdict}</h3>${evidence}</li>`;
  });
  return section(
    'skim',
    'What a hiring manager skims for',
    `<p>${count(met)} of ${count(skim.length)} met.${met > 0 ? ' Select a quote to show it in the letter.' : ''}</p>`,
    `<ul class="checks">${items.join('')}</ul>`,
  );
}

function evidenceButton(checkId: string, index: number, quote: ReportEvidence): string {
  const { start, end } = quote.range;
  const text = quote.text.replace(/\s+/g, ' ').trim();
  return [
    `<button type="button" class="quote" data-action="reveal" data-key="${escapeHtml(`evidence:${checkId}:${index}`)}"`,
    ` data-start-line="${count(start.line)}" data-start-character="${count(start.character)}"`,
    ` data-end-line="${count(end.line)}" data-end-character="${count(end.character)}"`,
    ` title="Show this sentence in the letter (line ${count(start.line + 1)})">“${escapeHtml(text)}”</button>`,
  ].join('');
}

function jobSection(report: LetterReport, canUseJobDescription: boolean): string {
  const { company, job, jobProblem } = report;
  const parts: string[] = [];
  parts.push(
    company === undefined || company.trim() === ''
      ? '<p>Company: <span class="muted">not known. Name it with <code>company:</code> in the front matter, or in the job description.</span></p>'
      : `<p>Company: <strong>${escapeHtml(company)}</strong></p>`,
  );
  if (job !== undefined) {
    if (job.role !== undefined && job.role.trim() !== '') parts.push(`<p>Role: <strong>${escapeHtml(job.role)}</strong></p>`);
    if (job.path !== undefined && job.path !== '') parts.push(`<p>Job description: <code>${escapeHtml(job.path)}</code></p>`);
    parts.push(
      `<p id="match-text"><strong>${count(job.match)}% match</strong> with the job description’s terms</p>`,
      `<meter id="match-meter" min="0" max="100" low="50" high="80" optimum="100" value="${count(job.match)}" aria-labelledby="match-text">${count(job.match)}%</meter>`,
      `<h3 id="matched-heading">In the letter (${count(job.matched.length)})</h3>`,
      job.matched.length > 0 ? termList('matched', job.matched) : '<p class="muted">None of the description’s important terms yet.</p>',
      `<h3 id="missing-heading">Missing (${count(job.missing.length)})</h3>`,
      job.missing.length > 0 ? termList('missing', job.missing) : '<p class="muted">Nothing important is missing.</p>',
    );
  } else if (jobProblem !== undefined && jobProblem !== '') {
    parts.push(`<p class="problem">The job description could not be read: ${escapeHtml(jobProblem)}</p>`);
  } else {
    parts.push(
      '<p>No job description yet. Add <code>job: ./job.md</code> to the letter’s front matter (the path is relative to the letter), ',
      'or save the description as <code>job.md</code> beside the letter, and this shows which of its terms the letter covers and which it misses.</p>',
    );
    if (canUseJobDescription) parts.push(commandButton(COMMANDS.useJobDescription, 'Use Job Description…'));
  }
  return section('job', 'The job', ...parts);
}

function termList(kind: 'matched' | 'missing', terms: readonly string[]): string {
  return `<ul class="terms ${kind}" aria-labelledby="${kind}-heading">${terms.map((term) => `<li>${escapeHtml(term)}</li>`).join('')}</ul>`;
}

function industrySection({ industry }: LetterReport): string {
  const source = INDUSTRY_SOURCES[industry.source] ?? escapeHtml(String(industry.source));
  return section(
    'industry',
    'Industry',
    `<p><strong>${escapeHtml(capitalize(industry.value))}</strong>, ${source}.</p>`,
    industry.source === 'front matter'
      ? ''
      : '<p class="muted">To choose another, set <code>industry: tech</code>, <code>finance</code>, <code>retail</code> or <code>general</code> in the front matter.</p>',
  );
}

function findingsSection({ findingsByRule }: LetterReport): string {
  if (findingsByRule.length === 0) return section('findings', 'Findings by rule', '<p>Nothing to flag.</p>');
  const total = findingsByRule.reduce((sum, rule) => sum + rule.count, 0);
  const rows = [...findingsByRule]
    .sort(bySeverityThenCount)
    .map(
      (rule) =>
        `<tr><td><button type="button" class="link" data-action="docs" data-rule="${escapeHtml(rule.ruleId)}" data-key="${escapeHtml(`docs:${rule.ruleId}`)}"` +
        ` aria-label="${escapeHtml(`${rule.name}: read why it matters`)}">${escapeHtml(rule.name)}</button> <code>${escapeHtml(rule.ruleId)}</code></td>` +
        `<td class="severity-${escapeHtml(rule.severity)}">${escapeHtml(capitalize(rule.severity))}</td>` +
        `<td class="count">${count(rule.count)}</td></tr>`,
    );
  return section(
    'findings',
    'Findings by rule',
    `<p>${plural(total, 'finding')} from ${plural(findingsByRule.length, 'rule')}. Select a rule to read why it matters.</p>`,
    '<table aria-labelledby="findings-heading"><thead><tr><th scope="col">Rule</th><th scope="col">Severity</th><th scope="col" class="count">Count</th></tr></thead>',
    `<tbody>${rows.join('')}</tbody></table>`,
  );
}

function bySeverityThenCount(a: LetterReport['findingsByRule'][number], b: LetterReport['findingsByRule'][number]): number {
  const rank = (severity: string): number => {
    const index = SEVERITY_ORDER.indexOf(severity);
    return index < 0 ? SEVERITY_ORDER.length : index;
  };
  return rank(a.severity) - rank(b.severity) || b.count - a.count || a.name.localeCompare(b.name);
}

function section(id: string, heading: string, ...content: string[]): string {
  return `<section id="${id}" aria-labelledby="${id}-heading"><h2 id="${id}-heading">${escapeHtml(heading)}</h2>${content.join('')}</section>`;
}

function figure(name: string, valueHtml: string): string {
  return `<dt>${escapeHtml(name)}</dt><dd>${valueHtml}</dd>`;
}

function commandButton(command: ReportCommand, label: string): string {
  return `<button type="button" class="action" data-action="command" data-command="${command}" data-key="command:${command}">${escapeHtml(label)}</button>`;
}

/** Escapes text for HTML content and double- or single-quoted attribute values. */
export function escapeHtml(text: string): string {
  return String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
