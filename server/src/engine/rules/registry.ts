import type { RuleInfo } from './rule';

export const RULES: readonly RuleInfo[] = [];

export function ruleById(id: string): RuleInfo | undefined {
  return RULES.find((r) => r.id === id);
}
