/**
 * The letter's report (shared/src/protocol.ts LetterReport) built from one
 * analysis: the statistics, the industry and where it came from, the company, the
 * job match, the four skim checks with their evidence as LSP ranges, and the
 * findings grouped by rule. The language server builds it once per check and
 * answers coverLetter/report from it; the CLI's `report` command prints it.
 */
import type { LetterReport } from '../../../shared/src/protocol';
import { type AnalysisResult, ruleInfo, SEVERITY_ORDER, type Severity } from '../engine';
import { ruleDocsUri } from '../lsp/docsUri';
import { type PositionSource, toRange } from '../lsp/ranges';
import { letterStatistics } from './statistics';

export interface ReportInput {
  uri: string;
  version: number;
  result: AnalysisResult;
  /** The text analysed, for turning offsets into ranges. */
  document: PositionSource;
  /** Where the job description was read from, when it was. */
  jobPath: string | undefined;
  /** Why a named job description could not be read. */
  jobProblem: string | undefined;
  docsBase: string;
}

export function letterReport(input: ReportInput): LetterReport {
  const { result, document } = input;
  const { tailoring } = result;
  return {
    uri: input.uri,
    version: input.version,
    statistics: letterStatistics(input.uri, input.version, result.stats, tailoring.industrySource),
    industry: { value: tailoring.industry, source: tailoring.industrySource },
    company: tailoring.company,
    job:
      tailoring.job === undefined
        ? undefined
        : {
            path: input.jobPath,
            role: tailoring.job.role,
            match: tailoring.job.match,
            matched: [...tailoring.job.matched],
            missing: [...tailoring.job.missing],
          },
    jobProblem: input.jobProblem,
    skim: tailoring.skim.map((check) => ({
      id: check.id,
      label: check.label,
      passed: check.passed,
      evidence: check.evidence.map((e) => ({ range: toRange(document, e.offset, e.length), text: e.text })),
    })),
    findingsByRule: findingsByRule(result, input.docsBase),
  };
}

/** One entry per rule with findings: the loudest first, then the most frequent, then by id. */
function findingsByRule(result: AnalysisResult, docsBase: string): LetterReport['findingsByRule'] {
  const groups = new Map<string, { severity: Severity; count: number }>();
  for (const finding of result.findings) {
    const group = groups.get(finding.ruleId);
    if (group === undefined) groups.set(finding.ruleId, { severity: finding.severity, count: 1 });
    else {
      group.count++;
      if (rank(finding.severity) > rank(group.severity)) group.severity = finding.severity;
    }
  }
  return [...groups]
    .sort(([aId, a], [bId, b]) => rank(b.severity) - rank(a.severity) || b.count - a.count || aId.localeCompare(bId))
    .map(([ruleId, { severity, count }]) => ({
      ruleId,
      name: ruleInfo(ruleId)?.name ?? ruleId,
      severity,
      count,
      docs: ruleDocsUri(docsBase, ruleId),
    }));
}

function rank(severity: Severity): number {
  return SEVERITY_ORDER.indexOf(severity);
}
