import type { Paragraph, Sentence } from '../structure/model';
import { FACTS, remember } from '../structure/memo';
import type { RawFinding, Rule } from '../kit/rule';

/** Consecutive "I" openings that start to drone. */
const RUN = 3;
/** Share of "I" openings, in a letter of at least `MIN_SENTENCES`, that reads as self-centred. */
const SHARE = 0.5;
const MIN_SENTENCES = 6;

/** Which of the paragraph's sentences start with "I", remembered per paragraph. */
const startsWithI = (p: Paragraph): readonly boolean[] =>
  remember(p, FACTS.sentencesStartingWithI, () => p.sentences.map((s) => s.tokens[0]?.norm === 'i'));

export const iSentenceStarts: Rule = {
  id: 'i-sentence-starts',
  name: 'Sentences starting with "I"',
  defaultSeverity: 'information',
  summary: 'Most sentences, or three in a row, start with "I".',
  explanation:
    'A run of sentences that all begin with "I" sounds like a list about you rather than a case for the team. ' +
    'Start some with the result, the system or the reader’s problem.',
  example: {
    before: 'I built the model. I deployed it. I monitored it.',
    after: 'I built the model and deployed it; drift alerts I added now page on-call before customers notice.',
  },
  examples: {
    flagged: [
      'I built the model. I deployed it to production. ⟦I⟧ wrote the runbook for it.',
      'I built it. I shipped it. ⟦I⟧ ran it. ⟦I⟧ fixed it.',
      'I own the ranker. I cut its cost.\n\n⟦I⟧ rebuilt its pipeline.',
      // Most sentences, though never three in a row.
      '⟦I⟧ built the model. It ran well. I deployed it. Ops liked it. I wrote the runbook. I trained the team.',
      'I’m on call for the ranker. I’ve cut its pages by half. ⟦I’d⟧ like to do the same for your search.',
    ],
    clean: [
      'I built the model. Deploying it took two weeks. I wrote the runbook for it.',
      'We built the model. I deployed it. Ops liked it. I wrote the runbook.',
      // "I" inside the sentence, not at its start.
      'In 2023 I built the ranker. Since then I have cut its cost. Last month I rebuilt its pipeline.',
      // Names that start with I.
      'Ivan built it. Ida shipped it. Ilya runs it.',
      'I own the ranker.\n\nIt ships daily.\n\nI read your post.',
    ],
  },
  check: (letter) => {
    const sentences = letter.bodySentences;
    const flags = letter.body.flatMap(startsWithI);
    const findings: RawFinding[] = [];
    let run = 0;
    sentences.forEach((sentence, i) => {
      run = flags[i] ? run + 1 : 0;
      if (run >= RUN)
        findings.push(
          at(sentence, `This is the ${ordinal(run)} sentence in a row that starts with “I”; open with the result or the system instead.`),
        );
    });
    const starts = sentences.filter((_, i) => flags[i]);
    if (findings.length === 0 && sentences.length >= MIN_SENTENCES && starts.length / sentences.length > SHARE) {
      findings.push(at(starts[0]!, `${starts.length} of ${sentences.length} sentences start with “I”; vary the openings.`));
    }
    return findings;
  },
};

function at(sentence: Sentence, message: string): RawFinding {
  const word = sentence.tokens[0]!;
  return { offset: word.start, length: word.end - word.start, message };
}

function ordinal(n: number): string {
  return ['third', 'fourth', 'fifth', 'sixth', 'seventh'][n - 3] ?? `${n}th`;
}
