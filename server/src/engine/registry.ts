/**
 * Every rule, in one alphabetical list. The ids here are what settings, ignore
 * comments, documentation and tests refer to; they never change once published.
 */
import type { Notice, Rule, RuleInfo } from './kit/rule';
import { checkTookTooLong, documentTooLong, tooManyProblems } from './notices';
import { aOrAn } from './rules/aOrAn';
import { apology } from './rules/apology';
import { buzzword } from './rules/buzzword';
import { companyNotNamed } from './rules/companyNotNamed';
import { confusedWord } from './rules/confusedWord';
import { customPhrase } from './rules/customPhrase';
import { genericOpener } from './rules/genericOpener';
import { genericSalutation } from './rules/genericSalutation';
import { hedging } from './rules/hedging';
import { financeGovernanceMissing, retailRevenueMissing, techProductionMissing } from './rules/industryEvidence';
import { invalidFrontMatter } from './rules/invalidFrontMatter';
import { iSentenceStarts } from './rules/iSentenceStarts';
import { jobDescriptionUnreadable } from './rules/jobDescriptionUnreadable';
import { jobKeywordsMissing } from './rules/jobKeywordsMissing';
import { kaggleFlex } from './rules/kaggleFlex';
import { llmBuzzwordSoup } from './rules/llmBuzzwordSoup';
import { longSentence } from './rules/longSentence';
import { lowercaseI } from './rules/lowercaseI';
import { lowercaseSentenceStart } from './rules/lowercaseSentenceStart';
import { metricWithoutImpact } from './rules/metricWithoutImpact';
import { missingAuxiliary } from './rules/missingAuxiliary';
import { missingCallToAction } from './rules/missingCallToAction';
import { noNumbers } from './rules/noNumbers';
import { noTeamSpecificDetail } from './rules/noTeamSpecificDetail';
import { overclaim } from './rules/overclaim';
import { overLength } from './rules/overLength';
import { paragraphCount } from './rules/paragraphCount';
import { passionCliche } from './rules/passionCliche';
import { passiveVoice } from './rules/passiveVoice';
import { repeatedWord } from './rules/repeatedWord';
import { selfAssessedTrait } from './rules/selfAssessedTrait';
import { spaceBeforePunctuation } from './rules/spaceBeforePunctuation';
import { spelling } from './rules/spelling';
import { subjectVerbAgreement } from './rules/subjectVerbAgreement';
import { toolListDump } from './rules/toolListDump';
import { unbalancedBrackets } from './rules/unbalancedBrackets';
import { underLength } from './rules/underLength';
import { unfilledPlaceholder } from './rules/unfilledPlaceholder';
import { unquantifiedParagraph } from './rules/unquantifiedParagraph';
import { vagueExperience } from './rules/vagueExperience';
import { weakClosing } from './rules/weakClosing';
import { weakOwnershipVerb } from './rules/weakOwnershipVerb';
import { wordForm } from './rules/wordForm';
import { wordyPhrase } from './rules/wordyPhrase';

export const RULES: readonly Rule[] = [
  aOrAn,
  apology,
  buzzword,
  companyNotNamed,
  confusedWord,
  customPhrase,
  financeGovernanceMissing,
  genericOpener,
  genericSalutation,
  hedging,
  iSentenceStarts,
  invalidFrontMatter,
  jobDescriptionUnreadable,
  jobKeywordsMissing,
  kaggleFlex,
  llmBuzzwordSoup,
  longSentence,
  lowercaseI,
  lowercaseSentenceStart,
  metricWithoutImpact,
  missingAuxiliary,
  missingCallToAction,
  noNumbers,
  noTeamSpecificDetail,
  overLength,
  overclaim,
  paragraphCount,
  passionCliche,
  passiveVoice,
  repeatedWord,
  retailRevenueMissing,
  selfAssessedTrait,
  spaceBeforePunctuation,
  spelling,
  subjectVerbAgreement,
  techProductionMissing,
  toolListDump,
  unbalancedBrackets,
  underLength,
  unfilledPlaceholder,
  unquantifiedParagraph,
  vagueExperience,
  weakClosing,
  weakOwnershipVerb,
  wordForm,
  wordyPhrase,
];

/** What is said about the check of a document itself rather than about the letter (notices.ts). */
export const NOTICES: readonly Notice[] = [checkTookTooLong, documentTooLong, tooManyProblems];

/**
 * Everything a finding's `ruleId` can name, rules and notices, alphabetical:
 * what the documentation, the settings and the config schema list.
 */
export const RULE_INFO: readonly RuleInfo[] = [...RULES, ...NOTICES].sort((a, b) => a.id.localeCompare(b.id));

const RULE_BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));
const INFO_BY_ID = new Map(RULE_INFO.map((info) => [info.id, info]));

/** The rule with this id; undefined for a notice or an unknown id. */
export function ruleById(id: string): Rule | undefined {
  return RULE_BY_ID.get(id);
}

/** The rule or notice with this id. */
export function ruleInfo(id: string): RuleInfo | undefined {
  return INFO_BY_ID.get(id);
}
