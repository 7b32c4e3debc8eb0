import type { Severity } from '../types';

/** What every rule tells the world about itself: docs, settings and tests use this. */
export interface RuleInfo {
  /** Stable kebab-case id: the diagnostic `code`, the settings key, the docs anchor. */
  id: string;
  /** Short human name. */
  name: string;
  defaultSeverity: Severity;
  /** One line: what the rule flags. */
  summary: string;
}
