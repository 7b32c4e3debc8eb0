import type { Rule } from './rule';

export const documentTooLong: Rule = {
  id: 'document-too-long',
  name: 'Too long to check in full',
  defaultSeverity: 'information',
  summary: 'A document longer than `coverLetter.maxDocumentLength` characters: only its beginning is checked.',
  explanation:
    'A cover letter is a page; a document far longer is probably something else, and checking all of it on every keystroke would slow the editor. ' +
    'The beginning is checked as usual. Raise `coverLetter.maxDocumentLength` if you really need more.',
  example: { before: 'A 300,000-character manuscript.', after: 'A one-page letter.' },
  examples: {
    options: { maxLength: 60 },
    flagged: ['I own the ranking model at Lumen.\n\nIt serves 8M users at 40 ms p99 and I am a team player.'],
    clean: ['I own the ranking model at Lumen.'],
  },
  // Reported by `analyze` itself, which knows where it stopped reading.
  check: () => [],
};
