import { guarded, saidOfOthers, writerJoins } from '../checks/guards';
import { anchoredPhraseCheck, evidenceAfter } from '../checks/anchoredPhraseCheck';
import { compilePhrases } from '../text/phrases';
import { TOOL_WORK_VERBS } from '../vocabulary/toolWork';
import { WORK_SHOWN } from '../vocabulary/ownership';
import { ONE_THING, PEOPLE_WORKED_WITH, REASON_WORDS, VAGUE_EXPERIENCE } from '../vocabulary/vagueness';
import type { Sentence } from '../structure/model';
import type { PhraseMatch } from '../text/phrases';
import { EVIDENCE_TEMPLATE } from '../checks/templates';
import type { Rule } from '../kit/rule';

const WORK_DONE = compilePhrases([...TOOL_WORK_VERBS, ...WORK_SHOWN]);
const evidence = evidenceAfter(WORK_DONE);
const REASONS = new Set(REASON_WORDS);
const THING = new Set(ONE_THING);
const PEOPLE = new Set(PEOPLE_WORKED_WITH);

/**
 * A claim followed by work done and a figure is evidence, not a claim; so is
 * one that says why it holds ("because I shadowed its nurses for a month").
 * "From automating spreadsheets" is where, not why. Knowing one named thing ("I know the dataset
 * very well") is not a claim of experience.
 */
function shown(sentence: Sentence, text: string): (match: PhraseMatch) => boolean {
  const { tokens } = sentence;
  const hasEvidence = evidence(sentence, text);
  let reason = -1;
  for (let i = tokens.length - 1; i >= 0 && reason < 0; i--) {
    const word = tokens[i]!.norm;
    if (REASONS.has(word)) reason = i;
  }
  return (match) => {
    if (hasEvidence(match) || reason >= match.to) return true;
    // "worked extensively with the nurses": people, not breadth.
    if (tokens[match.to - 1]!.norm === 'with' && tokens.slice(match.to, match.to + 3).some((t) => PEOPLE.has(t.norm))) return true;
    const first = tokens[match.from]!.norm;
    return (first === 'know' || first === 'knew') && THING.has(tokens[match.from + 1]?.norm ?? '');
  };
}

export const vagueExperience: Rule = {
  id: 'vague-experience',
  name: 'Vague experience',
  defaultSeverity: 'warning',
  summary:
    '"I have extensive experience in", "familiar with", "well-versed in", "worked on a variety of projects": experience claimed, nothing shown.',
  explanation:
    'Having experience with something says you were near it, not what you did with it. ' +
    'Managers hiring ML engineers look for one system you shipped and what it changed; name it.',
  example: {
    before: 'I have experience with recommendation systems and familiarity with Kubernetes.',
    after: 'I rebuilt our recommendation service on Kubernetes and cut p99 latency from 120 ms to 45 ms.',
  },
  examples: {
    fixed: [{ before: 'I have exposure to MLOps.', after: 'I built [system] that [result with a number].' }],
    flagged: [
      'I ⟦have a wide range of experience working⟧ with data in a retail environment.',
      'I have ⟦worked on various⟧ ML projects including classification and NLP.',
      'I ⟦have experience with⟧ TensorFlow.',
      'I have ⟦some exposure to⟧ MLOps.',
      'I ⟦am familiar with⟧ Airflow.',
      'I have ⟦worked with LLMs⟧ at my last job.',
      'I ⟦possess a great deal of experience in⟧ data engineering.',
      'Over the years I have ⟦become thoroughly familiar with⟧ streaming systems.',
      'She says I am ⟦well versed in⟧ the craft of evaluation.',
      '⟦Solid experience with⟧ deep learning.',
      '⟦Exposure to⟧ the model-risk framework, including SR 11-7.',
      'I delivered ⟦numerous impactful projects⟧ for retail clients.',
      'My internship ⟦gave me experience with⟧ cloud platforms.',
      'I ⟦have a big experience in⟧ speech recognition.',
      'I ⟦know Scala and Kotlin really well⟧.',
      'I ⟦am no stranger to⟧ messy survey data.',
      'I ⟦know a lot about⟧ machine learning.',
      '⟦My experience spans the full ML lifecycle⟧.',
      'I have ⟦many years in the data field⟧.',
      'I ⟦have deep domain knowledge in⟧ insurance.',
      '⟦My background encompasses statistics⟧, ML and analytics.',
      '⟦My skills span all aspects⟧ of the ML lifecycle.',
    ],
    clean: [
      'I trained 12 analysts until they were well-versed in reading reason codes, and appeals dropped 20%.',
      'The experience taught me to write the runbook before the launch.',
      'I ran the migration to Airflow and retired 40 cron jobs.',
      'Customers familiar with the old search page kept using filters.',
      'I have experience with one hard thing: I cut a 40-node Spark job from three hours to 20 minutes.',
      'My background in physics shows in how I write simulations.',
      'I benchmarked four different approaches before choosing the cheapest one.',
      'The knowledge of our nurses shaped every feature I chose.',
      'I am familiar with your ranking paper and reproduced its main table in a weekend.',
      'I have a deep understanding of why our first forecast failed: I wrote its post-mortem.',
      'I know the billing schema very well after migrating it twice.',
      'I worked with many hospitals to roll out the triage model.',
      'I worked extensively with the nurses to redesign the alert.',
      'My experience spans one domain: grid-scale battery forecasting, where my model saved 4% of wasted charge.',
      'I know a lot about our customers because I answered their calls for a year.',
      'I know Python very well after six years of maintaining a 200,000-line codebase.',
      'I spent many years in the field collecting soil samples for the survey.',
    ],
  },
  // Experience said of others is theirs: "I trained 12 analysts until they were well-versed in…".
  checkParagraph: guarded(
    anchoredPhraseCheck({
      sentenceTemplate: EVIDENCE_TEMPLATE,
      entries: VAGUE_EXPERIENCE,
      unless: shown,
      message: '“{phrase}” says you were near the work, not what you did; name one thing you built and its result.',
    }),
    (f, paragraph, text) => !(saidOfOthers(paragraph, f.offset) && !writerJoins(paragraph, text, f)),
  ),
};
