import { findPhrases } from '../checks/phraseMatcher';
import { TEAM } from '../tailoring/skim';
import { isComplete, letterLevel } from './anchor';
import { remember } from '../structure/memo';
import type { Rule } from './rule';

export const noTeamSpecificDetail: Rule = {
  id: 'no-team-specific-detail',
  name: 'Nothing about the team',
  defaultSeverity: 'information',
  summary: 'Nothing specific to the team: their product, a post, paper or talk, or a pain point from the job description.',
  explanation:
    'A line that shows you read their engineering blog, their posting or a recent talk is the cheapest credibility in the letter, ' +
    'and the clearest sign it was written for them.',
  example: {
    before: 'I would be glad to contribute to your company.',
    after: 'Your post on hybrid retrieval at 40 ms p99 is the design space I have been shipping in.',
  },
  examples: {
    flagged: ['I own the ranking model at Lumen.\n\nI shipped three versions this year.\n\nCould we talk next week?'],
    clean: [
      'I own the ranking model at Lumen.\n\nYour posting mentions cost pressure on the EU surface.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nI read your paper on hybrid retrieval.\n\nCould we talk next week?',
    ],
  },
  check: (letter, context) => {
    if (!isComplete(letter)) return [];
    if (letter.body.some((p) => remember(p, 'mentions-team', () => p.sentences.some((s) => findPhrases(s.tokens, TEAM).length > 0)))) return [];
    const duties = context.job?.description.terms.filter((t) => t.kind === 'duty').map((t) => t.label) ?? [];
    if (context.job && context.job.match.matched.some((m) => duties.includes(m))) return [];
    return letterLevel(letter, 'Nothing here is specific to this team; mention their product, a post or talk of theirs, or a problem from the posting.');
  },
};
