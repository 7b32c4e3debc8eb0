import { sentencesOf } from '../checks/scope';
import { hiddenActorPassives, telegraphicPassives } from '../checks/passiveClauses';
import type { RawFinding, Rule } from '../kit/rule';

export const passiveVoice: Rule = {
  id: 'passive-voice',
  name: 'Passive voice',
  defaultSeverity: 'information',
  summary: 'Passive constructions such as "the model was deployed", which hide who did the work.',
  explanation:
    'In a cover letter the passive voice hides the one thing the reader wants to know: whether you did it. ' +
    'Make yourself, or your team, the subject.',
  example: { before: 'The model was deployed to production in March.', after: 'I deployed the model to production in March.' },
  examples: {
    flagged: [
      'The fraud model ⟦was deployed⟧ to production in March.',
      'Latency ⟦was reduced⟧ by 40% after the cache rewrite.',
      'The ingestion layer ⟦was successfully migrated⟧ to Kafka.',
      'A new review process ⟦has been rolled out⟧ across the analytics team.',
      'By the time I left, the reporting stack ⟦had been redesigned⟧ twice.',
      'The churn dashboards ⟦got rebuilt⟧ in a fortnight.',
      'Several improvements ⟦were made⟧ to the labelling guide.',
      'The survey data ⟦were cleaned⟧ and the codebook ⟦was rewritten⟧.',
      'Monitoring ⟦wasn’t set up⟧ until the second release.',
      'The dashboards ⟦were built⟧ by me over one summer.',
      'In the third chapter a faster estimator ⟦is proposed⟧ for sparse panels.',
      'The legacy reports ⟦were retired and replaced⟧ with a live dashboard.',
      'A hierarchical model ⟦is developed⟧ and validated on ward data.',
      'The churn model ⟦is deployed⟧ and monitored in production.',
      '⟦Survey designed⟧, ⟦responses coded⟧, ⟦findings presented⟧ to the board.',
      '⟦Dashboards built⟧, ⟦tested⟧ and ⟦rolled out⟧ to finance.',
    ],
    clean: [
      'I deployed the model to production in March.',
      'I was promoted to lead analyst by my manager after one year.',
      'I am based in Leeds and committed to staying there.',
      'My paper was accepted at ICML and has been cited forty times.',
      'The migration was approved by the risk committee in May.',
      'The role is located in our Manchester office, and a driving licence is required.',
      'I joined the clinic in 2019 and was asked to run its audit programme.',
      'My doctoral focus was applied statistics.',
      'The team was small, and the budget was tight.',
      'This step could be automated with one scheduled job.',
      'I was responsible for nothing less than the whole pipeline.',
      'Invoices were matched by hand until I wrote the reconciliation job.',
      'Each claim is scored within 40 ms and stored for audit.',
      'Our quarterly schedules were set by head office, so I planned around them.',
      'The opening was brought to my attention by a former colleague.',
      'Our fraud losses were halved after I rebuilt the scorer.',
      'Revenue increased, costs dropped and churn improved.',
      'Certified in AWS, trained in Six Sigma, fluent in Spanish.',
      'The paper was co-authored with two clinicians.',
      'The role is located in Leeds and is funded for three years.',
    ],
  },
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, 'body')) {
      const tokens = sentence.tokens;
      const found = hiddenActorPassives(tokens, text, { present: false });
      for (const { from, to } of found.length > 0 ? found : telegraphicPassives(tokens, text)) {
        const start = tokens[from]!.start;
        const end = tokens[to - 1]!.end;
        findings.push({
          offset: start,
          length: end - start,
          message: `“${text.slice(start, end)}” is passive and hides who did it; if it was you, say so (“I …”).`,
        });
      }
    }
    return findings;
  },
};
