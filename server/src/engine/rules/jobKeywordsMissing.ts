import { importantMissing } from '../tailoring/match';
import type { Rule } from '../kit/rule';

export const jobKeywordsMissing: Rule = {
  id: 'job-keywords-missing',
  name: 'Job description terms missing',
  defaultSeverity: 'information',
  summary: 'Tools or metrics the job description names that the letter never mentions.',
  explanation:
    'Managers read a letter against their posting: the tools they run and the numbers they are judged on. ' +
    'A letter that answers the posting in its own terms is the one that reads as tailored. Word forms count: "deployed" answers "deployment".',
  example: {
    before: 'A letter about recommendation models for a posting that asks for Feast, p99 latency and drift monitoring.',
    after: 'The same letter with one sentence on the Feast feature store you ran and the p99 you held.',
  },
  examples: {
    options: { job: { text: 'We run Feast and Triton. You will own p99 latency and drift monitoring for our ranking service.' } },
    flagged: ['I own the ranking model at Lumen and shipped three versions of it this year.'],
    clean: ['I moved our features to Feast, served the model on Triton, held p99 latency at 40 ms and added drift monitoring.'],
  },
  check: (letter, context) => {
    if (!context.job) return [];
    const missing = importantMissing(context.job.match, context.job.description);
    const first = letter.paragraphs.find((p) => p.role !== 'header') ?? letter.paragraphs[0];
    if (missing.length === 0 || !first) return [];
    const lineEnd = letter.text.indexOf('\n', first.start);
    const end = lineEnd < 0 || lineEnd > first.end ? first.end : lineEnd;
    return [
      {
        offset: first.start,
        length: end - first.start,
        message: `Job match ${context.job.match.match}%. The description names ${missing.map((m) => `“${m}”`).join(', ')}, which the letter never mentions.`,
      },
    ];
  },
};
