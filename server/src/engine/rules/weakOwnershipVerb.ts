import { anchoredPhraseCheck, workOrFigureAfter } from '../checks/anchoredPhraseCheck';
import { compilePhrases, findPhrases } from '../text/phrases';
import {
  AND_WORDS,
  BARE_WORK_ON,
  DONE_MYSELF,
  HOW_WORDS,
  LEFT_TO_VAGUENESS,
  MANAGING_PEOPLE,
  RELATIVES,
  WEAK_OWNERSHIP_VERBS,
  WORK_SHOWN,
} from '../vocabulary/ownership';
import { SUBJECT_FILLERS, WRITER_SUBJECTS } from '../vocabulary/anchoredEntry';
import type { Sentence } from '../structure/model';
import { isFigure } from '../structure/quantities';
import type { PhraseMatch } from '../text/phrases';
import type { Rule } from '../kit/rule';

const MESSAGE = '“{phrase}” hides your part in the work; say what you did (built, shipped, owned, led).';
const MANAGING = new Set(MANAGING_PEOPLE);
const SHOWN = compilePhrases(WORK_SHOWN);
const SUBJECTS = new Set(WRITER_SUBJECTS);
const MYSELF = new Set(DONE_MYSELF);
const AND = new Set(AND_WORDS);
const HOW = new Set(HOW_WORDS);
const RELATIVE = new Set(RELATIVES);
const FILLERS = new Set(SUBJECT_FILLERS);

/**
 * The sentence goes on to what the writer did, in the writer's own clause ("…
 * that built the feature store, and I wrote its backfill job") or "myself":
 * the frame is context, not the claim.
 */
function doneByWriterAfter(sentence: Sentence, text: string): (match: PhraseMatch) => boolean {
  const { tokens } = sentence;
  let lastFigure = -1;
  for (let i = tokens.length - 1; i >= 0 && lastFigure < 0; i--) if (isFigure(tokens[i]!, text)) lastFigure = i;
  const verbs = findPhrases(tokens, SHOWN).map((m) => m.from);
  let last = -1;
  for (let i = tokens.length - 1; i >= 0 && last < 0; i--) {
    const word = tokens[i]!.norm;
    // "and I then wrote": the verb right after the writer, or after one auxiliary or adverb ("I helped with cleaning" is not work).
    const next = verbs.includes(i + 1) || (FILLERS.has(tokens[i + 1]?.norm ?? '') && verbs.includes(i + 2));
    if (MYSELF.has(word) || (SUBJECTS.has(word) && next)) last = i;
  }
  return (match) => {
    if (last >= match.to) return true;
    // "I had the chance to rebuild the recommender and lifted sales by 6%": a second verb of the writer's, with
    // its result, not a clause about others ("the team that built it and deployed it").
    for (let i = match.to; i < tokens.length - 1; i++) {
      const word = tokens[i]!.norm;
      if (RELATIVE.has(word)) return false;
      if (HOW.has(word) && verbs.includes(i + 1)) return true;
      if (AND.has(word) && verbs.includes(i + 1)) return lastFigure > i + 1;
    }
    return false;
  };
}

const FRAMES = anchoredPhraseCheck({
  entries: [...WEAK_OWNERSHIP_VERBS, ...MANAGING_PEOPLE],
  message: MESSAGE,
  // A manager's scope ("responsible for a team of six") is not a hidden part.
  unless: (sentence, text) => {
    const done = doneByWriterAfter(sentence, text);
    return (match) => MANAGING.has(match.entry) || done(match);
  },
});
// "Worked on" counts only when nothing after it says what was done or how much.
const shown = workOrFigureAfter(SHOWN);
const VAGUE = compilePhrases(LEFT_TO_VAGUENESS);
// "Worked on various projects" is vague-experience's.
const BARE = anchoredPhraseCheck({
  entries: BARE_WORK_ON,
  message: MESSAGE,
  unless: (sentence: Sentence, text: string) => {
    const told = shown(sentence, text);
    const many = new Set(findPhrases(sentence.tokens, VAGUE).map((m) => m.from));
    return (match: PhraseMatch) => many.has(match.to) || told(match);
  },
});

export const weakOwnershipVerb: Rule = {
  id: 'weak-ownership-verb',
  name: 'Weak ownership verb',
  defaultSeverity: 'warning',
  summary: '"Contributed to the development of", "was involved in", "helped build", "played a key role in", "was part of the team that".',
  explanation:
    'Hiring managers skim for end-to-end ownership first. Verbs like "helped with" or "was involved in" hide what your part was, ' +
    'and readers assume the smallest part. Say what you did: built, shipped, owned, led.',
  example: {
    before: 'I was responsible for the fraud model and helped with its deployment.',
    after: 'I owned the fraud model and shipped it behind a shadow deployment.',
  },
  examples: {
    flagged: [
      'I ⟦helped with⟧ the migration to Kubeflow.',
      'I ⟦assisted in⟧ building the feature store.',
      'I ⟦was responsible for⟧ the ranking model.',
      'I ⟦was involved in⟧ several launches.',
      'I ⟦participated in⟧ the redesign of our pipeline.',
      'I have actively ⟦contributed to the design⟧ and rollout of our pricing engine.',
      'Last year I ⟦played a pivotal role in⟧ moving search to embeddings.',
      'I ⟦helped drive⟧ the move to nightly retraining.',
      'I ⟦was part of the small platform team⟧ that rebuilt our serving layer.',
      'In my previous company I ⟦was responsible of⟧ the labelling tool.',
      '⟦Contributed to⟧ the churn dashboard and its alerts.',
      'The forecasting service, which I ⟦had a hand in⟧, runs in three regions.',
      "I ⟦lent a hand with⟧ the insurer's first pricing model.",
      'I have been ⟦working on⟧ the demand forecast since 2021.',
      'I ⟦co-authored three papers as part of a research consortium⟧.',
      'I ⟦pitched in on⟧ the move to a new warehouse.',
      'I ⟦had some involvement in⟧ the claims triage pilot.',
      'I ⟦was drafted into the squad⟧ that rebuilt search.',
      'I ⟦gave assistance with⟧ the data cleaning.',
      '⟦Instrumental in⟧ the adoption of dbt across teams.',
      'I ⟦partnered with engineers on the rollout⟧ of the new model.',
      'I ⟦remained closely involved with⟧ the modelling team.',
      'I ⟦provided input into⟧ the design of the scoring service.',
      'I ⟦did some support work for⟧ the pricing analysts.',
      'I ⟦was a contributing member of the data governance board⟧.',
      'I ⟦assisted in⟧ building the model, and I ⟦helped with⟧ cleaning the data.',
      'I ⟦was tasked to support⟧ the data team in its cloud migration.',
      'In my role, I ⟦facilitated the rollout of⟧ the feature store.',
    ],
    clean: [
      'Every outage I was involved in during 2025 got a written postmortem from me, and repeats fell from nine to two.',
      'I own our item-search ranking model.',
      'I built the production transcription pipeline end-to-end.',
      'The team responsible for the feature store asked me to review it.',
      'I helped three new hires ship their first models in their first month.',
      'I contributed the caching layer that cut p99 latency from 300 ms to 90 ms.',
      'Twelve radiologists were involved in labelling the 40,000 scans I trained on.',
      'Label noise played a larger role in the errors than model size did.',
      'I participated as the lead author and wrote the evaluation code.',
      'Cheaper features contributed to a 9% lift in margin.',
      'I worked on the fraud model that cut chargebacks by a fifth.',
      'I have been working on the demand forecast since 2021 and cut its error by a third.',
      'I participated in no competitions; I spent the year on one product.',
      'I am responsible for a team of six engineers and set its roadmap.',
      'I worked on weekends to finish the audit.',
      'I facilitated 12 design reviews and wrote the standard they now follow.',
      'I served as the sole maintainer of the library for two years.',
      'I was on the team that built the feature store and wrote its backfill job myself.',
      'I had the chance to rebuild the recommender and lifted sales by 6%.',
      'I worked on it every evening for a month until the tests passed.',
      'I took a role in Lisbon in 2020 and set up the data team there.',
      'I had input from 40 nurses on every alert threshold I set.',
      'I got involved in open source by fixing a pandas bug that bit our pipeline.',
      'I was part of the interview panel for six hires and wrote the take-home task.',
      'Being part of a research consortium taught me to write code others can rerun.',
    ],
    fixed: [
      { before: 'I was involved in the launch.', after: 'I built the launch.', fix: 1 },

      { before: 'I was responsible for the ranking model.', after: 'I owned the ranking model.' },
      { before: 'I helped with the migration.', after: 'I built the migration.' },
    ],
  },
  checkParagraph: (paragraph, letter, context) => {
    const found = FRAMES(paragraph, letter, context);
    // A frame already found ("worked on the development of") is not found twice.
    const bare = BARE(paragraph, letter, context).filter((b) => !found.some((f) => f.offset <= b.offset && b.offset < f.offset + f.length));
    return [...found, ...bare].sort((a, b) => a.offset - b.offset);
  },
};
