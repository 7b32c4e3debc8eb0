import type { Sentence } from '../structure/model';
import { figuresIn, hasFigure, mentionsMoney } from '../structure/quantities';
import { compilePhrases, findPhrases, mentions, type PhraseSet } from '../text/phrases';
import { sentencesOf } from '../checks/scope';
import {
  BACK_REFERENCES,
  CHANGE_WORDS,
  CONSEQUENCE_LINKS,
  GAIN_ONLY_CLAIMS,
  METRIC_CLAIMS,
  METRIC_GAINS,
  METRIC_OUTCOMES,
  MODEL_METRICS,
  MODEL_NOUNS,
  NOT_OUTCOME_BEFORE,
  OTHERS_FIGURES,
  PERCENT_WORDS,
  PREDECESSOR_WORDS,
  FIGURE_BARS,
  WORK_CHANGES,
  WRITER_FIGURE_WORDS,
} from '../vocabulary/metrics';
import { GOVERNANCE_OUTCOMES, IMPACT_TERMS, NUMBER_WORDS } from '../vocabulary/terms';
import type { RawFinding, Rule } from '../kit/rule';

const METRICS = compilePhrases(MODEL_METRICS);
const CLAIMS = compilePhrases(METRIC_CLAIMS);
const GAIN_ONLY = compilePhrases(GAIN_ONLY_CLAIMS);
const PERCENT = compilePhrases(PERCENT_WORDS);
const GAINS = compilePhrases(METRIC_GAINS);
const IMPACT = compilePhrases(IMPACT_TERMS);
const OUTCOMES = compilePhrases(METRIC_OUTCOMES);
const GOVERNANCE = compilePhrases(GOVERNANCE_OUTCOMES);
const LINKS = compilePhrases(CONSEQUENCE_LINKS);
const BACK = compilePhrases(BACK_REFERENCES);
const COUNTING = compilePhrases(NUMBER_WORDS);
const CHANGE = compilePhrases(CHANGE_WORDS);
const SUBJECT_NOUNS = new Set(MODEL_NOUNS);
const FIGURE_OF_SPEECH = new Set(NOT_OUTCOME_BEFORE);
const OTHERS = new Set(OTHERS_FIGURES);
const WORK = compilePhrases(WORK_CHANGES);
const PREDECESSOR = new Set(PREDECESSOR_WORDS);
const BARS = new Set(FIGURE_BARS);

/**
 * After the first metric, in a clause of its own (after a comma, semicolon, "so",
 * "meant" or "and"), the sentence says what changed in how people or a process
 * work: "At 97% accuracy, the parser let the clerks stop retyping invoices".
 */
function changesWork(sentence: Sentence, text: string): boolean {
  const tokens = sentence.tokens;
  const metrics = [...findPhrases(tokens, METRICS), ...findPhrases(tokens, CLAIMS)];
  if (metrics.length === 0) return false;
  const first = Math.min(...metrics.map((m) => m.to));
  const lastMetric = Math.max(...metrics.map((m) => m.from));
  // The first clause break after the last metric: what follows it names no metric.
  for (let k = Math.max(first, lastMetric + 1); k < tokens.length; k++) {
    const joined =
      /[,;:—–]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start)) || ['so', 'meant', 'means', 'mean', 'and', 'enough'].includes(tokens[k]!.norm);
    if (joined) return findPhrases(tokens, WORK).some((m) => m.from >= k);
  }
  return false;
}
const WRITERS = new Set(WRITER_FIGURE_WORDS);

/**
 * The first figure is someone else's or a bar set for the work: in its clause,
 * before it, another party's word comes ahead of any of the writer's ("our
 * vendor's model reported 97%", "the human baseline was 83%", "the accuracy
 * requirement in the tender was 90%"); "my model beat the published RMSE" stays.
 */
function othersFigure(sentence: Sentence, text: string): boolean {
  const figure = figuresIn(sentence, text)[0];
  if (!figure) return false;
  const tokens = sentence.tokens;
  const k = tokens.findIndex((t) => t.start >= figure.start);
  if (k < 0) return false;
  let from = k;
  while (from > 0 && !/[,;:—–]/.test(text.slice(tokens[from - 1]!.end, tokens[from]!.start))) from--;
  const zone = tokens.slice(from, k);
  // "The 85% accuracy target in the contract…": the figure names a bar.
  if (tokens.slice(k + 1, k + 3).some((t) => BARS.has(t.norm))) return true;
  // "Our vendor's model…": another's possession, whoever's word comes first.
  // "The earlier model had 60% accuracy", "my predecessor's model…": the model before the writer's, as the clause's subject.
  if (zone.slice(0, 3).some((t) => PREDECESSOR.has(t.norm.replace(/['’]s$/, '')))) return true;
  const possessor = (t: { norm: string }) => /['’]s$/.test(t.norm) && OTHERS.has(t.norm.replace(/['’]s$/, ''));
  // …unless the writer acts on it first: "we beat the client's existing model by 5 points".
  const owned = zone.findIndex(possessor);
  if (owned >= 0 && !zone.slice(0, owned).some((t) => t.norm === 'i' || t.norm === 'we')) return true;
  for (const t of zone) {
    if (WRITERS.has(t.norm)) return false;
    if (OTHERS.has(t.norm)) return true;
  }
  return false;
}

/** An outcome word that is not the model's subject ("churn" in "churn classifier") nor a figure of speech ("by a wide margin"). */
function mentionsOutcome(set: PhraseSet, sentence: Sentence): boolean {
  return findPhrases(sentence.tokens, set).some(
    (m) => !SUBJECT_NOUNS.has(sentence.tokens[m.to]?.norm ?? '') && !FIGURE_OF_SPEECH.has(sentence.tokens[m.from - 1]?.norm ?? ''),
  );
}

/**
 * A clause after a comma, semicolon or dash that moves something other than a
 * metric by a figure: "…, and search sessions ending in a download rose 14%".
 */
function outcomeClause(sentence: Sentence, text: string): boolean {
  const tokens = sentence.tokens;
  let from = 0;
  for (let k = 1; k <= tokens.length; k++) {
    const boundary = k === tokens.length || /[,;:—–]/.test(text.slice(tokens[k - 1]!.end, tokens[k]!.start));
    if (!boundary) continue;
    if (from > 0) {
      const clause = { tokens: tokens.slice(from, k) };
      const figure = clause.tokens.some((t) => /^\p{N}/u.test(t.raw)) || mentions(COUNTING, clause);
      if (figure && mentions(CHANGE, clause) && !mentions(METRICS, clause)) return true;
    }
    from = k;
  }
  return false;
}

/** The sentence says what the metric changed: money, users, time, errors avoided, a decision, a review passed. */
function tiedToOutcome(sentence: Sentence, text: string): boolean {
  if (mentionsMoney(sentence, text) || mentionsOutcome(IMPACT, sentence) || mentionsOutcome(OUTCOMES, sentence) || mentions(GOVERNANCE, sentence))
    return true;
  if (outcomeClause(sentence, text) || changesWork(sentence, text)) return true;
  // "…, which let the review team clear 35% more cases": a link, then a figure after it.
  const link = findPhrases(sentence.tokens, LINKS)[0];
  if (!link) return false;
  const after = { tokens: sentence.tokens.slice(link.to) };
  return figuresIn(sentence, text).some((t) => t.start >= link.end) || mentions(COUNTING, after);
}

/** The next sentence opens on what this one led to ("That cut chargebacks by…") and names it. */
function nextTiesIt(next: Sentence | undefined, text: string): boolean {
  if (!next) return false;
  const opening = findPhrases(next.tokens, BACK)[0];
  return opening?.from === 0 && tiedToOutcome(next, text);
}

export const metricWithoutImpact: Rule = {
  id: 'metric-without-impact',
  name: 'Model metric without impact',
  defaultSeverity: 'warning',
  summary: 'A model metric (accuracy, AUC, F1, precision, recall) with no production or business figure in the same sentence.',
  explanation:
    'An offline metric alone looks like coursework: on what baseline, at what latency, worth what? ' +
    'Pair it with what it changed — users, money, latency, cost, conversion — or, in a regulated setting, the review it passed.',
  example: {
    before: 'I improved model accuracy by 3%.',
    after: 'I improved accuracy by 3 points, which cut manual fraud reviews by 1,100 hours a quarter.',
  },
  examples: {
    flagged: [
      '⟦We beat the client’s existing model by 5 points of accuracy.⟧',
      '⟦I improved model accuracy by 3%.⟧',
      '⟦The classifier reached an AUC of 0.91.⟧',
      '⟦I lifted recall by 6% on the holdout set.⟧',
      'Our churn work went well. ⟦I pushed the F1 score from 0.71 to 0.78 with better features.⟧',
      '⟦I greatly improved precision and recall on the intent classifier.⟧',
      '⟦My thesis model beat the published RMSE on all four benchmark datasets.⟧',
      '⟦Mean average precision rose to 0.64, and recall to 0.81.⟧',
      '⟦My approach outperformed the baseline by a wide margin on three public datasets.⟧',
      '⟦The tagger correctly labelled 96% of the test sentences.⟧',
    ],
    clean: [
      'The 85% accuracy target in the contract was met in week three, and the client extended it.',
      'The earlier model had 60% accuracy on night-shift images, which is the gap my augmentation closed.',
      'I held precision at 0.95 while recall rose to 0.7, so the moderators’ queue shrank by a third.',
      'The client’s target was 90% recall; we delivered 93%, and the pilot became a three-year contract.',
      'At 97% accuracy, the parser let the clerks stop retyping invoices.',
      'Word error rate dropped 20%, so subtitles now go live without a human pass.',
      'Accuracy was stuck at 80% for a year before I joined; I found the label noise behind it.',
      'Our vendor’s model reported 97% accuracy, but on our own data it was 71%, so I retrained it.',
      'The accuracy requirement in the tender was 90%, and I wrote the protocol that tested vendors against it.',
      'Inter-annotator agreement was only 0.62 kappa, so I rewrote the labelling guide.',
      'A 3-point gain in NDCG turned into 5% more clicks on the first result.',
      'I lifted recall by 6%, recovering $1.8M in legitimate transactions over the quarter.',
      'The new model cut inference cost 62% while holding accuracy flat.',
      'Precision matters more than recall for this queue.',
      'An AUC of 0.91 let us auto-approve 40% of orders and cut review latency to 2 minutes.',
      'My credit model reached 0.83 AUC and stayed explainable enough to clear every compliance review.',
      'I raised recall on the abuse classifier from 0.64 to 0.82. That meant 900 fewer harmful posts reached users each week.',
      'At a precision agriculture start-up I built the yield forecasts that 300 growers plan their harvests with.',
      'I moved training to mixed precision and finished the nightly run in 3 hours instead of 7.',
      'I built the lap-time model for an F1 team’s 2024 season.',
      'During the 2023 product recall I rebuilt the lot-tracing query so 40 stores pulled the right stock within a day.',
      'Billing accuracy went from 97.1% to 99.6% after I rewrote the invoice parser.',
      'I monitor model performance for 40 models and page the owner when drift passes a threshold.',
      'Forecasts became 12% more accurate, so the stores ordered 8% less safety stock.',
    ],
  },
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    const sentences = sentencesOf(paragraph, 'body');
    sentences.forEach((sentence, i) => {
      const metrics = [...findPhrases(sentence.tokens, METRICS), ...findPhrases(sentence.tokens, CLAIMS)];
      const gained = mentions(GAINS, sentence);
      if (gained) metrics.push(...findPhrases(sentence.tokens, GAIN_ONLY));
      if (metrics.length === 0) return;
      // A metric only named ("precision matters more than recall here") claims nothing.
      if (!gained && !hasFigure(sentence, text) && !mentions(PERCENT, sentence)) return;
      if (tiedToOutcome(sentence, text) || nextTiesIt(sentences[i + 1], text)) return;
      // Someone else's figure, or the bar the work had to meet: not the writer's result.
      if (othersFigure(sentence, text)) return;
      const terms = [...new Set(metrics.sort((a, b) => a.start - b.start).map((m) => text.slice(m.start, m.end)))];
      findings.push({
        offset: sentence.start,
        length: sentence.end - sentence.start,
        message: `${terms.join(', ')} on its own reads as offline work; add what it changed for users, money, latency or cost.`,
        fixes: [],
      });
    });
    return findings;
  },
};
