import { FINANCE_GOVERNANCE } from '../vocabulary/tailoring';
import { industryEvidence } from './industryEvidence';
import type { Rule } from './rule';

export const financeGovernanceMissing: Rule = {
  id: 'finance-governance-missing',
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
  check: industryEvidence(
    'finance',
    FINANCE_GOVERNANCE,
    'For a finance role, show governance: explainability (SHAP, model cards), validation, audit or model-risk review.',
  ),
};
