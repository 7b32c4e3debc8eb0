import { TECH_PRODUCTION } from '../vocabulary/tailoring';
import { industryEvidence } from './industryEvidence';
import type { Rule } from './rule';

export const techProductionMissing: Rule = {
  id: 'tech-production-missing',
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
  check: industryEvidence(
    'tech',
    TECH_PRODUCTION,
    'For a tech role, show something you shipped: serving, latency, a pipeline, a rollout.',
  ),
};
