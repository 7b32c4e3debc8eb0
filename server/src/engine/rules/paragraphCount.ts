import type { Rule } from '../kit/rule';

const MIN_BODY_PARAGRAPHS = 2;
const MAX_BODY_PARAGRAPHS = 4;

export const paragraphCount: Rule = {
  id: 'paragraph-count',
  name: 'Number of paragraphs',
  defaultSeverity: 'information',
  summary: `More than ${MAX_BODY_PARAGRAPHS} body paragraphs, or fewer than ${MIN_BODY_PARAGRAPHS} (the header, salutation and sign-off do not count).`,
  explanation:
    'Three or four short paragraphs fit a one-page letter: an opening with a result, the evidence, why this team, and the ask. ' +
    'More reads as a second résumé; a single block is hard to skim.',
  example: {
    before: 'Six body paragraphs, one for each job.',
    after: 'Three: the result that opens, the production story, and why this team — then the ask.',
  },
  examples: {
    flagged: [
      'Dear Priya,\n\nOne.\n\nTwo.\n\nThree.\n\nFour.\n\nFive.\n\nBest,\nDana',
      'Dear Priya,\n\nEverything in one block, which is hard to skim.\n\nBest,\nDana',
    ],
    clean: ['Dear Priya,\n\nOne.\n\nTwo.\n\nThree.\n\nBest,\nDana', 'A draft with no salutation or sign-off yet.'],
  },
  check: (letter) => {
    const body = letter.body;
    const complete = letter.paragraphs.some((p) => p.role === 'salutation' || p.role === 'signoff');
    if (body.length === 0 || (body.length < MIN_BODY_PARAGRAPHS && !complete)) return [];
    if (body.length >= MIN_BODY_PARAGRAPHS && body.length <= MAX_BODY_PARAGRAPHS) return [];
    const at = body.length > MAX_BODY_PARAGRAPHS ? body[MAX_BODY_PARAGRAPHS]! : body[0]!;
    const first = at.sentences[0]!;
    return [
      {
        offset: first.start,
        length: first.end - first.start,
        message:
          body.length > MAX_BODY_PARAGRAPHS
            ? `The letter has ${body.length} body paragraphs; ${MAX_BODY_PARAGRAPHS} at most keeps it to a page. This is the first one past that.`
            : 'The body is a single paragraph; split it into an opening, the evidence and the ask.',
      },
    ];
  },
};
