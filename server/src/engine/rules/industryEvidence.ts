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
    flagged: [
      '⟦I trained a transformer at Lumen that improved accuracy 4%.⟧\n\nCould we talk next week?',
      // A tool named is not a system run.
      '⟦Dear Priya,⟧\n\nMy toolkit spans PyTorch, Kubernetes and Airflow.\n\nCould we talk next week?',
      '⟦I published two papers on graph networks.⟧\n\nMy thesis won a best-paper award.\n\nCould we talk next week?',
      '⟦I am a fast learner.⟧\n\nI love deep learning.\n\nCould we talk next week?',
      '⟦I built a churn model in a notebook with 0.91 AUC.⟧ Could we talk next week?\n\nBest,\nDana',
    ],
    clean: [
      'I shipped a transformer to production at Lumen and held p99 at 40 ms.\n\nCould we talk next week?',
      'I deployed the ranker behind our search API.\n\nCould we talk next week?',
      'I trained the ranker at Lumen.\n\nIt rolled out to 5% of traffic first.\n\nCould we talk next week?',
      'I carry the pager for the ranking service.\n\nIt is on call for retraining failures too, with a one-click rollback.\n\nCould we talk next week?',
      // A draft still being written.
      'I trained a transformer at Lumen.',
    ],
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
    flagged: [
      '⟦I built a credit model at Lumen that lifted approvals 8%.⟧\n\nCould we talk next week?',
      '⟦I built a fraud model at Lumen with 0.93 AUC.⟧\n\nIt runs on every card payment.\n\nCould we talk next week?',
      '⟦Dear Priya,⟧\n\nI trade options with my own models.\n\nCould we talk next week?',
      '⟦I forecast loan defaults at Lumen.⟧\n\nI cut scoring latency to 20 ms.\n\nCould we talk next week?',
      '⟦I priced insurance risk at Lumen for 3 years.⟧ Could we talk next week?\n\nKind regards,\nDana',
    ],
    clean: [
      'I built a credit model at Lumen with SHAP explanations that passed model-risk review.\n\nCould we talk next week?',
      'I moved reconciliation to a tested service.\n\nThe auditors signed off on the new controls in their first review.\n\nCould we talk next week?',
      'I wrote the model card for our lending model.\n\nCould we talk next week?',
      'I built the early-warning model at Lumen.\n\nIt passed independent validation with reason codes on every alert.\n\nCould we talk next week?',
      // A draft still being written.
      'I built a credit model at Lumen.',
    ],
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
    flagged: [
      '⟦I built a forecasting model at Lumen with 92% accuracy.⟧\n\nCould we talk next week?',
      // Sales as the task, not as a result.
      '⟦I built a sales forecasting model with 92% accuracy.⟧\n\nI ranked in the top 3% on Kaggle.\n\nCould we talk next week?',
      '⟦Dear Priya,⟧\n\nI love shopping and data.\n\nCould we talk next week?',
      '⟦I joined the revenue team at Lumen.⟧\n\nI built its dashboards.\n\nCould we talk next week?',
      '⟦I cleaned store data at Lumen for 2 years.⟧ Could we talk next week?\n\nBest,\nDana',
    ],
    clean: [
      'I built a forecast at Lumen that added 1.2 points of gross margin.\n\nCould we talk next week?',
      'I shipped a size model at Lumen.\n\nConversion on product pages rose 1.4 points.\n\nCould we talk next week?',
      'I built a basket feature that moved average basket size from $21 to $23.\n\nCould we talk next week?',
      'My forecast cut overstock 17% across 140 stores.\n\nCould we talk next week?',
      // A draft still being written.
      'I built a forecasting model at Lumen.',
    ],
  },
});
