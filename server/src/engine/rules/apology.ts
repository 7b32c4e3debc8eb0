import { anchoredPhraseCheck } from '../checks/anchoredPhraseCheck';
import { compilePhrases, findPhrases, type PhraseMatch } from '../text/phrases';
import { APOLOGIES, ASIDES, DISCLOSURES, GAP_CUES, INSTEAD_WORDS, NOT_DONE, WEAK_PARTS, WRITER_WORDS } from '../vocabulary/apologies';
import type { Sentence } from '../structure/model';
import { WRITER_SUBJECTS } from '../vocabulary/anchoredEntry';
import type { Rule } from '../kit/rule';

const MESSAGE = '“{phrase}” points at a gap; lead with what you have done instead.';
const GAPS = compilePhrases(GAP_CUES);
const WRITER = new Set(WRITER_WORDS);
const SUBJECTS = new Set(WRITER_SUBJECTS);
/** Characters after a disclosure within which a gap found on its own is the one it announces. */
const ANNOUNCED_REACH = 80;
/** Words after a disclosure within which its gap must be named. */
const GAP_WINDOW = 12;

/** A disclosure is an apology when the writer names a gap soon after it. */
function noGapAfter(sentence: Sentence): (match: PhraseMatch) => boolean {
  const { tokens } = sentence;
  const gaps = findPhrases(tokens, GAPS).map((m) => m.from);
  return (match) => {
    const gap = gaps.find((g) => g >= match.to && g - match.to <= GAP_WINDOW);
    if (gap === undefined) return true;
    return !tokens.slice(match.to, gap).some((t) => WRITER.has(t.norm));
  };
}

const INSTEAD = new Set(INSTEAD_WORDS);

/** A gap followed by what was done instead ("…, but I built…") names a comparable skill. */
function insteadAfter(sentence: Sentence): (match: PhraseMatch) => boolean {
  const { tokens } = sentence;
  let last = -1;
  // "…, but I built", "since I replaced it": the writer goes on to what was done.
  for (let i = tokens.length - 1; i >= 0 && last < 0; i--) if (INSTEAD.has(tokens[i]!.norm) || SUBJECTS.has(tokens[i]!.norm)) last = i;
  return (match) => last >= match.to;
}

const GAP_PHRASES = anchoredPhraseCheck({ entries: APOLOGIES, message: MESSAGE });
const NOT_DONE_YET = anchoredPhraseCheck({ entries: [...NOT_DONE, ...WEAK_PARTS], message: MESSAGE, unless: insteadAfter });

/** An aside ("is, I admit,") concedes a gap only when the gap follows at once: "is, I admit, limited". */
function noGapNext(sentence: Sentence): (match: PhraseMatch) => boolean {
  const gaps = new Set(findPhrases(sentence.tokens, GAPS).map((m) => m.from));
  return (match) => !gaps.has(match.to) && !gaps.has(match.to + 1);
}
const ASIDE = anchoredPhraseCheck({ entries: ASIDES, message: MESSAGE, unless: noGapNext });
const DISCLOSED = anchoredPhraseCheck({ entries: DISCLOSURES, message: MESSAGE, unless: noGapAfter });

export const apology: Rule = {
  id: 'apology',
  name: 'Apology for a gap',
  defaultSeverity: 'warning',
  summary: '"Although I do not have", "despite my limited", "I must admit", "I may not meet every requirement", "forgive me if".',
  explanation:
    'Pointing out what you lack spends a sentence on a gap the reader may not have noticed, or may not care about. ' +
    'Lead with what you have done; if a required tool is missing, name the comparable one you used.',
  example: {
    before: 'Although I do not have a PhD, I have worked on ML projects.',
    after: 'I have shipped three ranking models to production, the last one serving 8M users.',
  },
  examples: {
    flagged: [
      '⟦Although I do not have⟧ a PhD, I have strong skills.',
      '⟦Despite my limited experience⟧, I learn quickly.',
      '⟦While I lack⟧ production experience, I built a capstone model.',
      '⟦I know I do not⟧ have the five years you ask for.',
      '⟦Even though I am only⟧ in my second year, I have read a great deal about transformers.',
      '⟦I must admit⟧ ⟦my cloud skills are thin⟧.',
      '⟦My professional experience is limited⟧ to one summer internship.',
      '⟦I regret that I cannot⟧ point to a production deployment yet.',
      '⟦Notwithstanding my lack⟧ of a computer science degree, I write solid Python.',
      '⟦Though my formal training is⟧ in chemistry, I now write Python every day.',
      '⟦I may not meet⟧ every requirement on your list.',
      '⟦Forgive me⟧ if this letter runs long.',
      '⟦I am only a junior⟧, so my portfolio is small.',
      '⟦Lack production experience⟧, learning fast.',
      '⟦I should perhaps mention⟧ that my statistics is self-taught.',
      'To be honest, ⟦I have never run⟧ a model in production.',
      '⟦In all honesty⟧, my statistics is self-taught.',
      '⟦I have not worked⟧ with streaming data.',
      '⟦My apologies for⟧ the delay in sending this.',
      '⟦I am a beginner⟧ in deep learning.',
      '⟦I have never worked⟧ at a company of your size.',
      '⟦I am still learning the ropes⟧ of forecasting.',
      'Industry is ⟦new territory for me⟧.',
      'I am ⟦only at the start of my career⟧.',
      'I took a career break, which ⟦may raise questions⟧.',
      'My knowledge of cloud ⟦is, I admit⟧, limited.',
      '⟦I am perhaps not as experienced⟧ as other applicants.',
      "⟦I can't claim much⟧ experience with Kubernetes.",
    ],
    clean: [
      'Although I do not have to sign off on pricing models any more, I still review every change before it ships.',
      'Despite my limited budget of two rented GPUs, I trained the ranking model that now serves every search.',
      'I haven’t used MLflow in production, but I built our experiment tracking on Weights & Biases.',
      'Although the data was sparse, the model lifted conversion 4%.',
      'While I was at Lumen, I cut the nightly training bill by 38%.',
      'Even with a 2% label budget, my active-learning loop matched the fully labelled baseline.',
      'The device memory was limited, so I distilled the model to 40 MB.',
      'I have never missed a retraining window in two years of on-call.',
      'My thesis admitted a closed-form bound that I later used in the scheduler.',
      'Lacking labelled data, I bootstrapped 2,000 labels with weak supervision.',
      'Never shipped a model without a rollback switch.',
      'The prior run lacked a holdout set, so I rebuilt the split.',
      'I should mention that I built the ranking model your team cited.',
      "I haven't deployed to Kubernetes, but I run our models on ECS.",
      'I am new to your city and have already met three of your users.',
      'I might not have found the leak without the audit log I added.',
      'My first model was not good, so I rebuilt it with cleaner labels.',
      'The results were, I admit, better than I expected.',
      'I have never shipped a model without a shadow period.',
      'I was not able to finish the marathon, but I finished the model.',
      'I have never worked with a better team than the one at Lumen.',
      'I have gaps in my calendar on Tuesdays for an interview.',
      'I lack patience for flaky tests, so I rewrote our CI suite.',
      'Apologies aside, the outage taught us to test rollbacks, which I now run monthly.',
      'I have not touched the legacy code since I replaced it in 2022.',
      "I did not study computer science; I studied physics and wrote the lab's analysis code for four years.",
      "I can't claim credit for the idea, but I built and shipped it.",
      'Frankly, the model was too slow, so I distilled it to a quarter of its size.',
    ],
  },
  checkParagraph: (paragraph, letter, context) => {
    const gaps = [...GAP_PHRASES(paragraph, letter, context), ...ASIDE(paragraph, letter, context)];
    const found = [
      ...gaps,
      ...NOT_DONE_YET(paragraph, letter, context).filter((n) => !gaps.some((g) => g.offset < n.offset + n.length && n.offset < g.offset + g.length)),
    ];
    // A disclosure that is already part of a gap phrase ("I must admit") is not found twice.
    // Nor when the gap it announces is a finding of its own ("To be honest, I have never run…"): one apology, one finding.
    const disclosed = DISCLOSED(paragraph, letter, context).filter(
      (d) => !found.some((f) => f.offset < d.offset + d.length + ANNOUNCED_REACH && d.offset < f.offset + f.length),
    );
    return [...found, ...disclosed].sort((a, b) => a.offset - b.offset);
  },
};
