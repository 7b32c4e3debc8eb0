/**
 * Cover Letter Coach's engine: pure functions from text and options to findings
 * and statistics. No LSP, no editor API, no I/O.
 */
export * from './types';
export { analyze, DEFAULT_MAX_LENGTH, DEFAULT_TARGET } from './analyze';
export { RULES, ruleById } from './rules/registry';
export { hasSpellingFixes, spellingFixes } from './rules/spelling';
export { applyEdits, fixAllEdits, type FixAllOptions } from './fixAll';
export type { Rule, RuleInfo, RuleExamples } from './rules/rule';
export type { SkimCheck, Evidence } from './tailoring/skim';
export { readJobDescription, type JobDescription, type JobTerm } from './tailoring/jobDescription';
export { readFrontMatter, type FrontMatter } from './text/frontMatter';
export { countProseWords } from './countWords';
