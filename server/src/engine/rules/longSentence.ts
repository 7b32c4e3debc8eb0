import { sentencesOf } from '../checks/scope';
import type { Sentence } from '../structure/model';
import type { RawFinding, Rule } from '../kit/rule';

/** Words after which a sentence is hard to take in at a skim. */
const LONG_SENTENCE_WORDS = 35;

/** A full stop, question or exclamation mark, then a capital: where a sentence may end inside what was read as one. */
const INNER_END = /[.!?]["”’)]?\s+(?=["“(]?\p{Lu})/gu;

/**
 * The pieces of a sentence between inner sentence ends ("…in F1 and Formula E. It turns…"
 * is two sentences, though "E." reads like an initial), with their word counts. A long
 * sentence is flagged only when one piece is long: a wrong split costs a miss, never a false alarm.
 */
function pieces(sentence: Sentence, text: string): Array<{ start: number; end: number; words: number }> {
  const body = text.slice(sentence.start, sentence.end);
  const cuts = [sentence.start];
  for (const m of body.matchAll(INNER_END)) cuts.push(sentence.start + (m.index ?? 0) + m[0].length);
  cuts.push(sentence.end);
  if (cuts.length === 2) return [{ start: sentence.start, end: sentence.end, words: sentence.words }];
  const out: Array<{ start: number; end: number; words: number }> = [];
  for (let k = 0; k + 1 < cuts.length; k++) {
    const [start, end] = [cuts[k]!, cuts[k + 1]!];
    const starts = new Set(sentence.tokens.filter((t) => t.start >= start && t.start < end).map((t) => t.start));
    out.push({ start, end: k + 2 < cuts.length ? end - 1 : end, words: starts.size });
  }
  return out;
}

export const longSentence: Rule = {
  id: 'long-sentence',
  name: 'Long sentence',
  defaultSeverity: 'information',
  summary: `A sentence of more than ${LONG_SENTENCE_WORDS} words.`,
  explanation: 'Cover letters are read in about thirty seconds. A long sentence buries its result; split it so each figure gets its own.',
  example: {
    before:
      'I led the migration of our pipeline, which had been running on a fragile cron job with inconsistent features between training and serving and no drift detection, to a daily retraining setup.',
    after:
      'I moved our pipeline from a fragile cron job to daily retraining. Training and serving now share features, and drift alerts page on-call.',
  },
  examples: {
    flagged: [
      '⟦I led the migration of our training pipeline, which had been running on a fragile weekly cron job with features that were computed differently in training and serving and no way to detect drift, to a daily incremental retraining setup on Kubeflow.⟧',
      'I joined the pricing team in 2022. ⟦Over the next two years I rebuilt the markdown model, moved its features into the shared store, wrote the tests that now guard every release, trained two analysts to run it, and presented the results to the board twice a year.⟧',
      '⟦Having spent the better part of a decade in retail operations before I ever trained a model, I came to machine learning with a clear sense of which forecasts store managers actually open on a Monday morning and which ones they quietly ignore.⟧',
      '⟦My doctoral work, which was funded by a three-year studentship from the national research council and supervised jointly by the statistics and computer science departments, examined how label noise in clinical notes affects the calibration of risk models.⟧',
      'I worked in F1 and Formula E. ⟦From 2019 to 2024 I wrote and maintained the tyre model, the fuel model, the pit-window estimator, the weather nowcast and the replay tool that the race engineers used every weekend to plan and review each of our strategy calls.⟧',
    ],
    clean: [
      'I moved our training pipeline from a weekly cron job to daily retraining on Kubeflow.',
      'The tyre model I built is used on the pit wall in F1 and Formula E. It turns live telemetry into a pit-window estimate within 150 ms of each lap, every lap.',
      'I rebuilt the markdown model, moved its features into the shared store and wrote the tests that guard each release. Two analysts now run it without me.',
      'Python, SQL, Spark, Airflow, Kubernetes, Terraform, dbt, Kafka, Flink, Redis, Postgres, BigQuery, Looker, Tableau and Excel are the tools I used most.',
      'My thesis examined how label noise in clinical notes affects the calibration of risk models, and two hospitals now use its correction method in their triage scores.',
    ],
  },
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, 'body')) {
      if (sentence.words <= LONG_SENTENCE_WORDS) continue;
      const parts = pieces(sentence, text);
      if (parts.length === 1) {
        findings.push({
          offset: sentence.start,
          length: sentence.end - sentence.start,
          message: `This sentence has ${sentence.words} words; consider splitting it so each result stands out.`,
        });
        continue;
      }
      for (const part of parts.filter((p) => p.words > LONG_SENTENCE_WORDS)) {
        const end = text.slice(part.start, part.end).trimEnd().length + part.start;
        findings.push({
          offset: part.start,
          length: end - part.start,
          message: `This sentence has ${part.words} words; consider splitting it so each result stands out.`,
        });
      }
    }
    return findings;
  },
};
