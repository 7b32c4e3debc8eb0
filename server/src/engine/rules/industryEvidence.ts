/**
 * One rule per industry, from one table: for a tech, finance or retail role,
 * the letter shows the proof that industry's hiring managers look for.
 */
import type { Industry } from '../../../../shared/src/settings';
import type { Rule, RuleInfo, RuleExamples } from '../kit/rule';
import { FACTS, remember, type Slot } from '../structure/memo';
import { isWholeLetter, letterAnchor } from '../structure/sections';
import { compilePhrases, mentions, type PhraseEntry } from '../text/phrases';
import { FINANCE_GOVERNANCE, RETAIL_REVENUE, TECH_PRODUCTION } from '../vocabulary/tailoring';

interface IndustryEvidence extends RuleInfo {
  industry: Industry;
  /** Phrases any one of which shows the evidence. */
  vocabulary: readonly PhraseEntry[];
  /** Where each paragraph's answer is remembered. */
  slot: Slot<boolean>;
  /** Shown on the letter when no body paragraph shows the evidence. */
  message: string;
  examples: RuleExamples;
}

function evidenceRule({ industry, vocabulary, slot, message, ...rule }: IndustryEvidence): Rule {
  const set = compilePhrases(vocabulary);
  return {
    ...rule,
    check: (letter, context) => {
      if (context.industry !== industry || !isWholeLetter(letter)) return [];
      const shows = letter.body.some((p) => remember(p, slot, () => p.sentences.some((s) => mentions(set, s))));
      const at = shows ? undefined : letterAnchor(letter);
      return at ? [{ ...at, message }] : [];
    },
  };
}

export const techProductionMissing = evidenceRule({
  id: 'tech-production-missing',
  industry: 'tech',
  vocabulary: TECH_PRODUCTION,
  slot: FACTS.techProduction,
  message: 'For a tech role, show something you shipped: serving, latency, a pipeline, a rollout.',
  name: 'Tech: nothing in production',
  defaultSeverity: 'warning',
  summary: 'A letter for a tech role with nothing deployed or run in production (serving, latency, pipelines, rollout).',
  explanation:
    'Tech companies hire ML engineers to ship. A letter about models with no deployment, serving, latency or pipeline reads as research, not engineering. ' +
    'Applies when the industry is tech.',
  example: {
    before: 'I trained a transformer that improved accuracy.',
    after: 'I shipped a distilled transformer behind our search API at 40 ms p99.',
  },
  examples: {
    options: { industry: 'tech' },
    flagged: ['I trained a transformer at Lumen that improved accuracy 4%.\n\nCould we talk next week?'],
    clean: ['I shipped a transformer to production at Lumen and held p99 at 40 ms.\n\nCould we talk next week?'],
  },
});

export const financeGovernanceMissing = evidenceRule({
  id: 'finance-governance-missing',
  industry: 'finance',
  vocabulary: FINANCE_GOVERNANCE,
  slot: FACTS.financeGovernance,
  message: 'For a finance role, show governance: explainability (SHAP, model cards), validation, audit or model-risk review.',
  name: 'Finance: no governance evidence',
  defaultSeverity: 'warning',
  summary: 'A letter for a finance role with no explainability, governance, audit or model-risk evidence.',
  explanation:
    'Finance hiring managers ask first whether your model would pass an audit. A letter that never mentions explainability, ' +
    'validation, model risk or compliance reads as a risk. Applies when the industry is finance (front matter, setting, or detected).',
  example: {
    before: 'I built a credit model with an AUC of 0.91.',
    after: 'I built a credit model with an AUC of 0.91 and SHAP explanations that passed model-risk review with no findings.',
  },
  examples: {
    options: { industry: 'finance' },
    flagged: ['I built a credit model at Lumen that lifted approvals 8%.\n\nCould we talk next week?'],
    clean: ['I built a credit model at Lumen with SHAP explanations that passed model-risk review.\n\nCould we talk next week?'],
  },
});

export const retailRevenueMissing = evidenceRule({
  id: 'retail-revenue-missing',
  industry: 'retail',
  vocabulary: RETAIL_REVENUE,
  slot: FACTS.retailRevenue,
  message: 'For a retail role, tie a result to money: revenue, margin, basket size, lifetime value or conversion.',
  name: 'Retail: no revenue result',
  defaultSeverity: 'warning',
  summary: 'A letter for a retail role with no revenue, margin, basket, lifetime-value or conversion result.',
  explanation:
    'Retail ML is judged in money: revenue, margin, basket size, customer lifetime value, conversion. ' +
    'A model accuracy without one of those means little to a retail reader. Applies when the industry is retail.',
  example: {
    before: 'My forecasting model reached 92% accuracy.',
    after: 'My forecast cut overstock 17% and added 1.2 points of gross margin across 140 stores.',
  },
  examples: {
    options: { industry: 'retail' },
    flagged: ['I built a forecasting model at Lumen with 92% accuracy.\n\nCould we talk next week?'],
    clean: ['I built a forecast at Lumen that added 1.2 points of gross margin.\n\nCould we talk next week?'],
  },
});
