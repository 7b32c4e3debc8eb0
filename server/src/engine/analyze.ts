import { checkParagraphs, localContextId } from './checks/paragraphFindings';
import { documentTooLong, documentTooLongFinding } from './notices';
import { RULES } from './registry';
import type { CheckContext, LocalContext } from './kit/rule';
import { parseLetter } from './structure/letter';
import { figuresOf } from './structure/statistics';
import { readSuppressions } from './suppression';
import { resolveIndustry } from './tailoring/industry';
import { readJobDescription } from './tailoring/jobDescription';
import { matchJob } from './tailoring/match';
import { skimChecks } from './tailoring/skim';
import { type AnalysisResult, type AnalyzeOptions, type Finding, type Severity, SEVERITY_ORDER } from './types';

/** Word target when neither the letter nor the options set one: a standard application. */
export const DEFAULT_TARGET = 250;

/** Characters read at most unless the options say otherwise: far beyond any letter. */
export const DEFAULT_MAX_LENGTH = 200_000;

/** Where to stop reading: at `max`, moved back to a line break when one is near, so no word is cut. */
function readableLength(text: string, max: number): number {
  if (text.length <= max) return text.length;
  const lineBreak = text.lastIndexOf('\n', max);
  return lineBreak > max * 0.9 ? lineBreak : max;
}

/** Checks a letter. Pure: the same text and options always give the same result. */
export function analyze(fullText: string, options: AnalyzeOptions = {}): AnalysisResult {
  const readable = readableLength(fullText, options.maxLength ?? DEFAULT_MAX_LENGTH);
  const text = fullText.slice(0, readable);
  const letter = parseLetter(text, options.format ?? 'markdown');
  const frontMatter = letter.frontMatter?.options ?? {};
  const jobText = options.job?.text?.slice(0, options.maxLength ?? DEFAULT_MAX_LENGTH);
  const description = jobText !== undefined ? readJobDescription(jobText) : undefined;
  const match = description ? matchJob(letter, description) : undefined;
  const industry = resolveIndustry(frontMatter.industry, options.industry, letter, description?.document);
  const local: LocalContext = {
    industry: industry.industry,
    company: frontMatter.company ?? description?.company,
    phrases: options.phrases ?? [],
    words: options.words ?? [],
    spelling: options.spelling,
  };
  const context: CheckContext = {
    ...local,
    localId: localContextId(local),
    target: frontMatter.target ?? options.target ?? DEFAULT_TARGET,
    spellingSuggestions: options.spellingSuggestions ?? true,
    job: description && match ? { description, match } : undefined,
    jobProblem: options.job?.problem,
  };
  const targetSource = frontMatter.target !== undefined ? 'front matter' : options.target !== undefined ? 'setting' : 'default';
  const findings: Finding[] = [];
  const failures: AnalysisResult['failures'] = [];
  const suppressions = readSuppressions(text, options.ignore);
  for (const rule of RULES) {
    const severity = options.rules?.[rule.id] ?? rule.defaultSeverity;
    // A rule the file turns off would only have its findings dropped: it need not run.
    if (severity === 'off' || suppressions.offForFile(rule.id)) continue;
    try {
      const raws = rule.checkParagraph ? checkParagraphs(rule.id, rule.checkParagraph, letter, context) : rule.check(letter, context);
      for (const { atMost, ...raw } of raws) {
        findings.push({
          ruleId: rule.id,
          severity: quieter(severity, atMost),
          fixes: [],
          text: text.slice(raw.offset, raw.offset + raw.length),
          ...raw,
        });
      }
    } catch (error) {
      // One faulty rule must not cost the writer every other finding.
      failures.push({ ruleId: rule.id, message: error instanceof Error ? error.message : String(error) });
    }
  }
  if (readable < fullText.length) {
    const severity = options.rules?.[documentTooLong.id] ?? documentTooLong.defaultSeverity;
    if (severity !== 'off') findings.push(documentTooLongFinding(fullText, readable, severity));
  }
  const kept = findings.filter((f) => !suppressions.isSuppressed(f));
  kept.sort((a, b) => a.offset - b.offset || a.length - b.length || a.ruleId.localeCompare(b.ruleId));
  return {
    findings: kept,
    stats: {
      words: letter.words,
      target: context.target,
      targetSource,
      industry: context.industry,
      sentences: letter.bodySentences.length,
      paragraphs: letter.body.length,
      ...figuresOf(letter),
      ...(match ? { job: { match: match.match, matched: match.matched, missing: match.missing } } : {}),
    },
    tailoring: {
      industry: industry.industry,
      industrySource: industry.source,
      company: context.company,
      job: match,
      skim: skimChecks(letter),
    },
    frontMatter,
    failures,
  };
}

/** The quieter of two severities. */
function quieter(severity: Severity, cap: Severity | undefined): Severity {
  return cap !== undefined && SEVERITY_ORDER.indexOf(cap) < SEVERITY_ORDER.indexOf(severity) ? cap : severity;
}
