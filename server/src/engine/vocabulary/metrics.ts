/**
 * What `metric-without-impact` reads around a model metric: a claim that it
 * improved, and the outcomes that tie it to the world (users, money, time,
 * errors avoided, decisions), beyond the figures in `IMPACT_TERMS`.
 */
import type { PhraseEntry } from './phraseEntry';
import { phrases } from './phraseList';

/** Words, written as one string separated by spaces. */
const words = (list: string): readonly string[] => list.split(' ');

/**
 * Offline model-quality metrics, not the same words meant another way: precision
 * agriculture or mixed precision, a product recall or "I recall", Formula 1 or
 * an F1 key, billing accuracy, a sensitivity analysis.
 */
export const MODEL_METRICS: readonly PhraseEntry[] = [
  ...phrases(
    'auc, roc auc, auroc, auprc, pr auc, f1 score, f 1 score, rmse, mae, mape, mse, smape, bleu, rouge, perplexity, log loss, ndcg, iou, mrr, ' +
      'gini coefficient, brier score, word error rate, r squared, adjusted r squared, area under the roc|pr|precision|receiver? curve, roc curve, ' +
      'f score, f measure, f1 measure, f beta, fbeta, mean absolute error, mean squared error, root mean squared|square error, ' +
      'mean absolute percentage error, character error rate, c index, concordance index, dice score|coefficient, miou, matthews correlation, mcc, ' +
      'spearman correlation, pearson correlation, false positive|negative rate, true positive|negative rate, fpr, tpr, ' +
      'misclassification rate, classification error, top 1|5 error, validation|test|eval|holdout loss, held out loss, exact match score, bertscore, meteor, chrf',
  ),
  { phrase: 'mAP', matchCase: true },
  { phrase: 'WER', matchCase: true },
  { phrase: 'kappa', notFollowedBy: words('architecture architectures') },
  { phrase: 'r2', notFollowedBy: words('bucket buckets storage') },
  {
    phrase: 'accuracy',
    notPrecededBy: words(
      'billing invoice invoicing inventory payroll order picking pick shipping delivery record records reporting stock count coding transcription address data entry',
    ),
  },
  {
    phrase: 'precision',
    notPrecededBy: words(
      'mixed half single double full reduced numerical numeric floating arbitrary machine fp16 bf16 fp32 fp8 int8 int4 bit low lower',
    ),
    notFollowedBy: words(
      'agriculture farming medicine health oncology psychiatry nutrition engineering manufacturing machining instrument instruments tools tooling timing ' +
        'marketing targeting livestock fermentation irrigation education strike strikes landing training arithmetic format formats floats weights inference ' +
        'mode parts optics agronomy dairy fishing',
    ),
  },
  {
    phrase: 'recall',
    notPrecededBy: words(
      'i we you they he she to can could may might still as product vehicle food drug safety voluntary total free cued immediate delayed memory factory recall',
    ),
    notFollowedBy: words(
      'notice notices campaign campaigns process letter letters that how when being seeing working the a my our your his her their this',
    ),
  },
  {
    phrase: 'f1',
    notPrecededBy: words('press pressed pressing hit key formula'),
    notFollowedBy: words(
      'race races racing team teams car cars driver drivers season seasons grand circuit strategy fan fans visa visas student students status key ' +
        'championship paddock pit engine engines tyre tyres tire tires telemetry hybrid simulator grid weekend',
    ),
  },
  {
    phrase: 'sensitivity|specificity',
    notPrecededBy: words('price interest rate cultural data cost demand'),
    notFollowedBy: words('analysis analyses to testing tests test label labels training data reader readers'),
  },
];

/**
 * Offline results named without a metric's name: "3 points more accurate", "correctly
 * classified 94%", "SOTA on CIFAR-10", "97% on the validation split". They count like a metric.
 */
export const METRIC_CLAIMS: readonly PhraseEntry[] = phrases(
  'more|less accurate, correctly classif~|predict~|identif~|label~|detect~|recognis~|recognize~, sota, ' +
    'state of the art results|performance|scores|accuracy, validation|test|holdout|dev|evaluation|eval set|sets|split|splits|data|images, ' +
    'held out set|sets|split|data|benchmark|sample, unseen data',
);

/** Words that claim an offline result only with a word of gain: "boosted model performance", "beat the baseline". */
export const GAIN_ONLY_CLAIMS: readonly PhraseEntry[] = phrases(
  'model|predictive|classification|forecasting|forecast|prediction performance, baseline, baselines',
);

/** Words for a share, as figures are: "ninety-one percent". */
export const PERCENT_WORDS: readonly PhraseEntry[] = phrases('percent, per cent, percentage points');

/** A metric claimed better without a figure: "greatly improved recall", "a remarkable F1". */
export const METRIC_GAINS: readonly PhraseEntry[] = [
  ...phrases(
    'improve~, enhance~, boost~, increase~, raise~, lift~, maximise~, optimise~, push~, elevate~, outperform~, surpass~, exceed~, beat~, ' +
      'improvement|improvements|gain|gains|uplift|jump|leap, ' +
      'remarkable, impressive, excellent, outstanding, exceptional, superior, unprecedented, record, highest, best, ' +
      'significant|substantial|dramatic|considerable|notable|marked|major, significantly|substantially|dramatically|considerably|greatly|vastly|markedly, ' +
      'state of the art, best in class, near perfect, top tier',
  ),
];

/** Outcomes a model metric can be tied to, beyond money and the production figures of `IMPACT_TERMS`. Nouns that also name data ("patients", "sessions", "claims") count only as more or fewer. */
export const METRIC_OUTCOMES: readonly PhraseEntry[] = [
  ...phrases(
    'downloads, signups, sign ups, bookings, clinicians, doctors, nurses, staff, analyst~, reviewer~, investigator~, underwriter~, agent hours, ticket~, ' +
      'more|fewer|extra cases|claims|calls|pages|alerts|incidents|returns|patients|students|sessions|visits|subscribers|defects|errors|mistakes, ' +
      'complaint~, refund~, escalation~, workload, backlog, rework, write off|offs, losses, defaults, delinquency|delinquencies, waste, spoilage, ' +
      'overtime, wait time~, waiting time~, waited, wait~, clicks, queue, queues, page~ @determiner? owner|owners|team|engineer|engineers, page~ on call, ticket~ closed, turnaround, readmission~, board, approval~, auto approve~, manual review~|check~|work|effort|labour|labor|hours, ' +
      'missed fraud, false alarm~, false negatives, misroute~, sooner, days|weeks|months|hours faster|earlier|sooner, close the books, ' +
      'expensive, costly, cheaper, on @determiner? device|devices|phone|phones|mobile|edge|laptop|laptops, misled|misleading|useless|meaningless|vanity|fooled|inflated|overstated, accuracy|precision|recall|auc alone, bill, bills, by hand, hand keying, launch~, approve~, adopt~ @determiner? method|model|tool|approach|system|work|forecast|score|pipeline, trust, interpretable, interpretability, transparency, stakeholder~, adoption, adopted by, rolled out, used by, in use, now use~, relies|rely|relied on, deployed to|across, ' +
      'per day|week|month|quarter|year|shift|hour|night, each|every day|week|month|quarter|year|shift|night',
  ),
  ...['a day', 'a week', 'a month', 'a quarter', 'a year', 'a shift', 'a night'].map((phrase) => ({
    phrase,
    notPrecededBy: ['in', 'within', 'over', 'for', 'after', 'than', 'about', 'under', 'inside'],
  })),
];

/**
 * Words that lead from a metric to what it made possible ("which let the review
 * team…", "allowing us to…"): they count when a figure follows them.
 */
export const CONSEQUENCE_LINKS: readonly PhraseEntry[] = [
  ...phrases(
    'let|lets|letting, allow~, enable~, so that, which meant, meaning, turned into, turning into, translated into, showed up as, ' +
      'acceptable because, worth it because, in exchange for, in return for, at the cost of, traded for, freeing|freed, sparing|spared, resulting in, leading to, translating into, ' +
      'reducing, avoiding, preventing, catching',
  ),
  { phrase: 'cutting', notFollowedBy: ['edge'] },
];

/** Nouns after an outcome word that make it the model's subject instead: "churn classifier", "sales forecast". */
export const MODEL_NOUNS: readonly string[] = [
  'model',
  'models',
  'classifier',
  'classifiers',
  'predictor',
  'prediction',
  'predictions',
  'forecast',
  'forecasts',
  'forecasting',
  'data',
  'dataset',
  'datasets',
  'score',
  'scores',
  'scoring',
  'label',
  'labels',
  'features',
  'propensity',
  'segmentation',
  'benchmark',
];

/** Words before an outcome word that make it a figure of speech or a model's term: "by a wide margin", "a safety margin". */
export const NOT_OUTCOME_BEFORE: readonly string[] = ['wide', 'narrow', 'comfortable', 'slim', 'large', 'error', 'safety', 'decision'];

/** Words of change: a clause of its own with one of these and a figure tells what moved ("…, and sessions ending in a download rose 14%"). */
export const CHANGE_WORDS: readonly PhraseEntry[] = phrases(
  'rise~, fall~, drop~, grow~, lift~, double~, halve~, triple~, down, up, cut~, save~, increase~, decrease~, decline~, shrink~, climb~, jump~, ' +
    'improve~, reduce~, lower~, shorten~, speed~ up, went from, less, fewer, adopt~, approve~, launch~, stop~',
);

/** How a sentence opens when it tells what the one before led to: "That cut chargebacks by…", "As a result…". */
export const BACK_REFERENCES: readonly PhraseEntry[] = phrases(
  'that|this|it|which|these|those, as a result, in turn, consequently, thanks to this|that, the result, the change, the gain',
);

/**
 * Whose figure it is: before the first figure, in its clause, one of these and
 * no word of the writer's ahead of it makes the metric someone else's ("our
 * vendor's model reported 97% accuracy", "the human baseline was 83%",
 * "inter-annotator agreement was only 0.62") or a bar set for the work ("the
 * accuracy requirement in the tender was 90%"), not the writer's result.
 */
export const OTHERS_FIGURES: readonly string[] = [
  'vendor',
  'vendors',
  'paper',
  'papers',
  'authors',
  'published',
  'human',
  'humans',
  'manual',
  'annotator',
  'annotators',
  'agreement',
  'requirement',
  'requirements',
  'tender',
  'contract',
  'sla',
  'competitor',
  'competitors',
  'rival',
  'their',
  'his',
  'her',
  'baseline',
  'literature',
  // A figure the work started from or competed against: "accuracy was stuck at 80%", "the winning team scored 0.71".
  'stuck',
  'plateaued',
  'hovered',
  'legacy',
  'winning',
  'winner',
  'winners',
  // A bar someone set: "the client's target was 90% recall".
  'target',
  'targets',
  'goal',
  'client',
  'clients',
  'leader',
  'leaders',
];

/** Right after a figure and its metric, words that make it a bar set for the work: "an 85% accuracy target", "a 90% recall requirement". */
export const FIGURE_BARS: readonly string[] = ['target', 'targets', 'requirement', 'requirements', 'goal', 'threshold', 'bar', 'floor', 'sla'];

/** Words for the model before the writer's: they make a figure someone else's only as the clause's subject ("the earlier model had 60% accuracy"), not in "accuracy improved from the previous 82%". */
export const PREDECESSOR_WORDS: readonly string[] = [
  'earlier',
  'previous',
  'old',
  'older',
  'existing',
  'original',
  'prior',
  'predecessor',
  'incumbent',
];

/**
 * After a metric, words that say what it changed in how people or a process work,
 * with or without a figure: "the clerks stopped retyping invoices", "subtitles now
 * go live without a human pass", "replaced a rules engine", "enough for the
 * hospital to drop its second read".
 */
export const WORK_CHANGES: readonly PhraseEntry[] = phrases(
  'now, no longer, instead of, stop~, began|begin~|start~ trusting|using|relying, trust~, replac~, retire~, automatically, ' +
    'without @determiner? human|manual, enough for|to, go live, went live, sign~ off, signed off, accept~ more|fewer|some|a|the',
);

/** The writer's words: before another party's word, they make the figure the writer's ("my model beat the published RMSE"). */
export const WRITER_FIGURE_WORDS: readonly string[] = ['i', 'my', 'we', 'our', 'me', 'us'];
