/**
 * Notices: what the engine itself says about a document, as opposed to a
 * rule's judgment of the letter. A notice has a stable id, documentation and a
 * severity the settings can change, like a rule, but no check: `analyze`
 * raises it where it knows the answer.
 */
import type { Notice } from './kit/rule';
import type { Finding, Severity } from './types';

export const documentTooLong: Notice = {
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
};

/** One `document-too-long` finding where reading stopped, at `readable` of `text`. */
export function documentTooLongFinding(text: string, readable: number, severity: Severity): Finding {
  return {
    ruleId: documentTooLong.id,
    severity,
    offset: readable,
    length: Math.min(1, text.length - readable),
    message: `Only the first ${readable.toLocaleString('en-US')} of ${text.length.toLocaleString('en-US')} characters are checked.`,
    fixes: [],
    text: text.slice(readable, readable + 1),
  };
}
