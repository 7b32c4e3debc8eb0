/**
 * Rules that threw while checking a document. The engine skips such a rule and
 * the others still report; each failure goes to the output channel once per
 * document version, with the rule id, so a re-check of the same text (after a
 * settings change, say) does not repeat it.
 */
import type { AnalysisResult } from '../engine';
import type { Logger } from './logger';

export class RuleFailureLog {
  // uri → the version last reported, and the rules already reported for it.
  private readonly reported = new Map<string, { version: number; rules: Set<string> }>();

  constructor(private readonly logger: Pick<Logger, 'error'>) {}

  report(uri: string, version: number, failures: AnalysisResult['failures']): void {
    if (failures.length === 0) return;
    let seen = this.reported.get(uri);
    if (seen === undefined || seen.version !== version) {
      seen = { version, rules: new Set() };
      this.reported.set(uri, seen);
    }
    for (const failure of failures) {
      if (seen.rules.has(failure.ruleId)) continue;
      seen.rules.add(failure.ruleId);
      this.logger.error(
        `Rule ${failure.ruleId} failed on ${uri} (version ${version}) and was skipped; the other rules still ran. ${failure.message}`,
      );
    }
  }

  forget(uri: string): void {
    this.reported.delete(uri);
  }
}
