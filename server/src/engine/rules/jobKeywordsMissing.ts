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
    // The finding covers the first paragraph, where the writer's eye starts.
    flagged: [
      '⟦I own the ranking model at Lumen and shipped three versions of it this year.⟧',
      '⟦I serve models on Triton.⟧',
      '⟦I cut p99 latency by 30% with Feast.⟧',
      '⟦I own the ranking model and its p99 latency.⟧',
      '⟦I shipped drift monitoring for a ranking service.⟧',
    ],
    clean: [
      'I moved our features to Feast, served the model on Triton, held p99 latency at 40 ms and added drift monitoring.',
      'On Triton and Feast I run the ranking service; I own its p99 latency and its drift monitoring.',
      'My drift monitoring caught two bad feature pushes to Feast, and the Triton migration I led kept p99 latency under 50 ms.',
      'I keep p99 latency low on our Triton fleet, read features from Feast, and wrote the drift monitoring for ranking.',
      'Feast, Triton, p99 latency and drift monitoring are the four things I worked on daily for two years of ranking work.',
    ],
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
