import { companyMentions, companyName, type CompanyName } from '../checks/companyName';
import type { Paragraph } from '../structure/model';
import { IN_CONTEXT, rememberInContext } from '../structure/memo';
import { mentionsTeam } from '../tailoring/skim';
import { COMPANY_WORK } from '../vocabulary/tailoring';
import { isComplete, letterLevel } from '../kit/anchor';
import type { Rule } from '../kit/rule';

const THEIR_WORK = new Set(COMPANY_WORK);

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
    flagged: [
      'I own the ranking model at Lumen.\n\nI shipped three versions this year.\n\nCould we talk next week?',
      // Naming the company is not yet saying anything about its work.
      '---\ncompany: Northwind Analytics\n---\n\nI own the ranking model at Lumen.\n\nI want to join Northwind next.\n\nCould we talk next week?',
    ],
    clean: [
      'I own the ranking model at Lumen.\n\nYour posting mentions cost pressure on the EU surface.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nI read your paper on hybrid retrieval.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nI would like to learn how your team approaches drift.\n\nCould we talk next week?',
      '---\ncompany: Northwind Analytics\n---\n\nI own the ranking model at Lumen.\n\nNorthwind’s work in grocery forecasting is what I build.\n\nCould we talk next week?',
    ],
  },
  check: (letter, context) => {
    if (!isComplete(letter)) return [];
    if (letter.body.some((p) => mentionsTeam(p, letter.text))) return [];
    const name = context.company ? companyName(context.company) : undefined;
    if (name && letter.body.some((p) => rememberInContext(p, context.localId, IN_CONTEXT.namesTheirWork, () => namesTheirWork(p, name)))) return [];
    const duties = context.job?.description.terms.filter((t) => t.kind === 'duty').map((t) => t.label) ?? [];
    if (context.job && context.job.match.matched.some((m) => duties.includes(m))) return [];
    return letterLevel(
      letter,
      'Nothing here is specific to this team; mention their product, a post or talk of theirs, or a problem from the posting.',
    );
  },
};

/** "Northwind's platform", "Northwind Analytics' work on…": the company named with something of theirs. */
function namesTheirWork(paragraph: Paragraph, name: CompanyName): boolean {
  return paragraph.sentences.some((s) => companyMentions(s.tokens, name).some((after) => THEIR_WORK.has(s.tokens[after]?.norm ?? '')));
}
