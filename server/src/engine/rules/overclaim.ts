import { phraseCheck } from '../checks/phraseCheck';
import { candidateForAThing, guarded, mentionGuard, notTheWritersClaim, sentenceAt, tokenIndexFrom } from '../checks/guards';
import type { Paragraph } from '../structure/model';
import { ASKED_ABOUT, OVERCLAIMS, SELECTION_VERBS } from '../vocabulary/cliches';
import type { Rule } from '../kit/rule';

const ASKING = new Set(ASKED_ABOUT);
const SELECTING = new Set(SELECTION_VERBS);
const WRITER = new Set(['i', 'me', 'myself']);

/** "Helps recruiters find the best candidate": someone else chooses, the writer claims nothing. */
function chosenByOthers(paragraph: Paragraph, start: number): boolean {
  const sentence = sentenceAt(paragraph, start);
  if (!sentence) return false;
  const k = tokenIndexFrom(sentence, start);
  return sentence.tokens.slice(Math.max(0, k - 3), k).some((t) => SELECTING.has(t.norm));
}

/** "Recruiters describe me as the ideal candidate": the claim names the writer, whoever else is near. */
function namesWriter(paragraph: Paragraph, f: { offset: number; length: number }): boolean {
  const sentence = sentenceAt(paragraph, f.offset);
  if (!sentence) return false;
  return sentence.tokens.some((t) => t.start >= f.offset && t.end <= f.offset + f.length && WRITER.has(t.norm));
}

/** "I am the best person to ask about the outage": who knows a thing, not who should be hired. */
function toAsk(paragraph: Paragraph, end: number): boolean {
  const sentence = sentenceAt(paragraph, end - 1);
  if (!sentence) return false;
  const k = tokenIndexFrom(sentence, end);
  return sentence.tokens[k]?.norm === 'to' && ASKING.has(sentence.tokens[k + 1]?.norm ?? '');
}

export const overclaim: Rule = {
  id: 'overclaim',
  name: 'Overclaim',
  defaultSeverity: 'warning',
  summary: '"Perfect fit", "ideal candidate", "best candidate", "uniquely qualified".',
  explanation:
    'Whether you fit is the reader’s judgement; claiming it for them reads as presumption. ' +
    'Lay out the match — their problem, your result on the same problem — and let them conclude.',
  example: {
    before: 'I am the ideal candidate for this role.',
    after: 'Your posting asks for someone to cut inference cost; I cut ours 42% last quarter.',
  },
  examples: {
    flagged: [
      'I am ⟦the candidate you have been looking for⟧.',
      'I ⟦meet and exceed all of the requirements⟧ listed.',
      'I would ⟦be a perfect addition⟧ to your department.',
      'I believe I ⟦am the perfect fit⟧ for this role.',
      'I ⟦am the ideal candidate⟧ for your team.',
      'I ⟦am uniquely qualified⟧ to lead this work.',
      'That makes ⟦me the best candidate⟧ for the job.',
      'Frankly, you will ⟦not find a stronger candidate⟧ this year.',
      '⟦I am a recognised expert⟧ in time-series forecasting.',
      'My record on fraud models is ⟦second to none⟧.',
      'My skills ⟦exceed every requirement⟧ in the posting.',
    ],
    clean: [
      'In the tender, our consortium was rated the strongest applicant, and I had written the technical annex.',
      'Our team met and exceeded every SLA for 14 months after I rebuilt the queue.',
      'I am not the obvious candidate on paper, so let me point to the forecasting tool I shipped.',
      'Your posting says the ideal candidate knows Airflow; I have run it in production for three years.',
      'We hired the best candidate from a pool of 400, and I designed the take-home task that found her.',
      'The best candidate for a cache key was the user id plus locale, which cut misses by 30%.',
      'Whether I am the right person for the role is your call; here is what I have built.',
      'The model fit the data well after we added seasonality features.',
      'Your posting asks for feature-store experience, which is most of what I did at Cordillera.',
      'Our reranker picks the best candidate passage out of 50 for each query.',
      'A perfect fit on the training years told me the claims data leaked the label.',
      'An expert panel of three underwriters reviewed every rule I wrote.',
      'I used a perfect hash to cut the lookup table to 4 MB.',
      'The best-performing model in the A/B test lifted basket size by 3%.',
      'Gradient boosting was the right choice for this tabular data.',
      'I am a Master’s student in statistics and have shipped two forecasting tools to our city council.',
      'Of the two retrievers I chose the one better suited to short queries, and answer clicks rose 8%.',
      'The new service met and exceeded its 99.9% uptime target for 14 straight months.',
      'A log-normal was the natural fit for claim sizes, and reserves moved 3% closer to actuals.',
      'I am the best person to ask about our 2019 outage, because I wrote the postmortem.',
      'I am an expert witness in two patent cases on recommender systems.',
      'The scoring service met every requirement of the 2024 model audit on the first pass.',
      'My matching model helps recruiters find the best candidate for each opening in two days instead of nine.',
      'Our team’s slogan, “the ideal candidate”, became the name of the matching tool I built.',
    ],
  },

  // Quoted, the words are named rather than claimed; capitalised inside a sentence, they are a name ("Ideal Candidate Ltd").
  checkParagraph: guarded(
    mentionGuard(
      phraseCheck({
        entries: OVERCLAIMS,
        message: '“{phrase}” is the reader’s call to make; show the match and let them draw it.',
      }),
      { names: true },
    ),
    (f, paragraph, text) =>
      !toAsk(paragraph, f.offset + f.length) &&
      !(chosenByOthers(paragraph, f.offset) && !namesWriter(paragraph, f)) &&
      !notTheWritersClaim(paragraph, text, f) &&
      !candidateForAThing(paragraph, f),
  ),
};
