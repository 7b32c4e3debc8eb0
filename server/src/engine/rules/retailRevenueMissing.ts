import { RETAIL_REVENUE } from '../vocabulary/tailoring';
import { industryEvidence } from './industryEvidence';
import type { Rule } from './rule';

export const retailRevenueMissing: Rule = {
  id: 'retail-revenue-missing',
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
  check: industryEvidence(
    'retail',
    RETAIL_REVENUE,
    'For a retail role, tie a result to money: revenue, margin, basket size, lifetime value or conversion.',
  ),
};
