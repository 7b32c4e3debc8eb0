/**
 * Cover Letter Coach's engine: pure functions from text and options to findings
 * and statistics. No LSP, no editor API, no I/O.
 */
export * from './types';
export { analyze, DEFAULT_MAX_LENGTH, DEFAULT_TARGET } from './analyze';
export { NOTICES, RULE_INFO, RULES, ruleById, ruleInfo } from './registry';
export {
  CHECK_BUDGET_SECONDS,
  checkTookTooLong,
  checkTookTooLongFinding,
  MAX_PROBLEMS_SHOWN,
  tooManyProblems,
  tooManyProblemsFinding,
} from './notices';
export { hasSpellingFixes, spelling, spellingFixes } from './rules/spelling';
export { applyEdits, fixAllEdits, type FixAllOptions, isBulkFix } from './fixAll';
export type { Notice, Rule, RuleInfo, RuleExamples } from './kit/rule';
export { readJobDescription, type JobDescription, type JobTerm } from './tailoring/jobDescription';
export { readFrontMatter, type FrontMatter } from './text/frontMatter';
export { countProseWords } from './countWords';
