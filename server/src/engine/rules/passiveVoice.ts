import { sentencesOf } from '../checks/scope';
import type { Token } from '../text/tokens';
import type { RawFinding, Rule } from '../kit/rule';

/** Participles that describe the writer's state rather than hide an actor ("I'm drawn to", "based in"). */
const STATE_PARTICIPLES = new Set([
  'based',
  'located',
  'drawn',
  'excited',
  'interested',
  'thrilled',
  'pleased',
  'delighted',
  'honored',
  'honoured',
  'inspired',
  'impressed',
  'motivated',
  'committed',
  'dedicated',
  'qualified',
  'experienced',
  'skilled',
  'involved',
  'known',
  'considered',
  'required',
  'expected',
  'supposed',
  'used',
  'bottlenecked',
  'blocked',
]);

const BE_FORMS = new Set(['am', 'is', 'are', 'was', 'were', 'be', 'been', 'being']);
const PARTICIPLE_SHAPE = /(?:ed|en|wn|lt|ght|ung|ade|ide|one|ept|ent|old|ound|ut|et|un|it|eld|on)$/;

/** A be-form with a participle-shaped word right after it (or one word later): worth asking the tagger. */
function mayBePassive(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => BE_FORMS.has(t.norm) && [tokens[i + 1], tokens[i + 2]].some((n) => n !== undefined && PARTICIPLE_SHAPE.test(n.norm)));
}

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
    flagged: ['The model was deployed to production by the platform team.', 'Latency was reduced by 40%.'],
    clean: ['I deployed the model to production in March.', 'I was responsible for nothing less than the whole pipeline.'],
  },
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, 'body')) {
      const tokens = sentence.tokens;
      if (!mayBePassive(tokens)) continue; // Tagging is the costly part; most sentences cannot be passive.
      for (let i = 0; i < tokens.length; i++) {
        if (!tokens[i]!.tags.includes('Passive')) continue;
        let j = i;
        while (j + 1 < tokens.length && tokens[j + 1]!.tags.includes('Passive')) j++;
        const start = tokens[i]!.start;
        const end = tokens[j]!.end;
        // A passive needs its auxiliary and its participle: "was deployed", "were computed".
        if (j > i && !STATE_PARTICIPLES.has(tokens[j]!.norm)) {
          findings.push({
            offset: start,
            length: end - start,
            message: `“${text.slice(start, end)}” is passive; say who did it.`,
          });
        }
        i = j;
      }
    }
    return findings;
  },
};
