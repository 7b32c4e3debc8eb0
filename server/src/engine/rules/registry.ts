/**
 * Every rule, in one alphabetical list. The ids here are what settings, ignore
 * comments, documentation and tests refer to; they never change once published.
 */
import { apology } from './apology';
import { buzzword } from './buzzword';
import { customPhrase } from './customPhrase';
import { documentTooLong } from './documentTooLong';
import { genericOpener } from './genericOpener';
import { genericSalutation } from './genericSalutation';
import { hedging } from './hedging';
import { iSentenceStarts } from './iSentenceStarts';
import { invalidFrontMatter } from './invalidFrontMatter';
import { kaggleFlex } from './kaggleFlex';
import { llmBuzzwordSoup } from './llmBuzzwordSoup';
import { longSentence } from './longSentence';
import { metricWithoutImpact } from './metricWithoutImpact';
import { missingCallToAction } from './missingCallToAction';
import { noNumbers } from './noNumbers';
import { overclaim } from './overclaim';
import { overLength } from './overLength';
import { paragraphCount } from './paragraphCount';
import { passionCliche } from './passionCliche';
import { passiveVoice } from './passiveVoice';
import { repeatedWord } from './repeatedWord';
import { companyNotNamed } from './companyNotNamed';
import { financeGovernanceMissing } from './financeGovernanceMissing';
import { jobDescriptionUnreadable } from './jobDescriptionUnreadable';
import { jobKeywordsMissing } from './jobKeywordsMissing';
import { noTeamSpecificDetail } from './noTeamSpecificDetail';
import { retailRevenueMissing } from './retailRevenueMissing';
import { techProductionMissing } from './techProductionMissing';
import type { Rule } from './rule';
import { selfAssessedTrait } from './selfAssessedTrait';
import { spelling } from './spelling';
import { toolListDump } from './toolListDump';
import { underLength } from './underLength';
import { unfilledPlaceholder } from './unfilledPlaceholder';
import { unquantifiedParagraph } from './unquantifiedParagraph';
import { vagueExperience } from './vagueExperience';
import { weakClosing } from './weakClosing';
import { weakOwnershipVerb } from './weakOwnershipVerb';
import { wordyPhrase } from './wordyPhrase';

export const RULES: readonly Rule[] = [
  apology,
  buzzword,
  companyNotNamed,
  customPhrase,
  documentTooLong,
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
  metricWithoutImpact,
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
  spelling,
  techProductionMissing,
  toolListDump,
  underLength,
  unfilledPlaceholder,
  unquantifiedParagraph,
  vagueExperience,
  weakClosing,
  weakOwnershipVerb,
  wordyPhrase,
];

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function ruleById(id: string): Rule | undefined {
  return BY_ID.get(id);
}
