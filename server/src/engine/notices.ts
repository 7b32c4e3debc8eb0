/**
 * Notices: what is said about the check of a document, as opposed to a rule's
 * judgment of the letter. A notice has a stable id, documentation and a
 * severity the settings can change, like a rule, but no check: `analyze`
 * raises it where it knows the answer, or, for those marked `raisedBy`, the
 * language server does (a check stopped, too many problems to show).
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
    // The finding marks the first character past the limit: where checking stops.
    flagged: [
      'I own the ranking model at Lumen.\n\nIt serves 8M users at 40 ⟦m⟧s p99 and I am a team player.',
      'I built the churn model and it runs every night on six milli⟦o⟧n rows.',
      'Short letter, and then a much longer paragraph that goes on ⟦p⟧ast the limit.',
      'Dear Ms. Lee,\n\nI own the ranking model at Lumen, and I run i⟦t⟧ daily.',
      '# A heading\n\nA letter in Markdown whose text runs on past si⟦x⟧ty characters.',
    ],
    clean: [
      'I own the ranking model at Lumen.',
      'Sixty characters exactly would be fine; this line is longer.',
      'I own it.',
      'Dear Ms. Lee,\n\nI own ranking.',
      'Best regards,\nSam Lee',
    ],
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

/** How long a check may run in the language server before it is stopped (see server/src/server/checkRunner.ts). */
export const CHECK_BUDGET_SECONDS = 10;

export const checkTookTooLong: Notice = {
  id: 'check-took-too-long',
  name: 'Check took too long',
  defaultSeverity: 'warning',
  raisedBy: 'language server',
  summary: `A document whose check ran past the time budget (${CHECK_BUDGET_SECONDS} seconds) in the editor: the check was stopped and no other finding is shown.`,
  explanation:
    'Some text makes the checks slow: a very long word, line or list pasted whole. Rather than freeze the editor, the language server stops such a check, ' +
    'shows this one notice, and does not check the same text again; the next edit is checked as usual. Split the document or shorten what was pasted.',
  example: { before: 'A 200,000-character line pasted from a log.', after: 'The letter, with the log left out.' },
  examples: {
    flagged: [],
    clean: ['I own the ranking model at Lumen.'],
  },
};

/** The one finding a document whose check was stopped gets: at its start, on its first character. */
export function checkTookTooLongFinding(text: string, seconds: number, severity: Severity, reason: 'time' | 'memory' = 'time'): Finding {
  const why = reason === 'time' ? `ran past ${seconds.toLocaleString('en-US')} seconds` : 'ran out of memory';
  const message = `The check of this document ${why} and was stopped, so nothing else is shown. Split the document or shorten it; the next edit is checked again.`;
  return atStart(checkTookTooLong, text, Math.min(1, text.length), message, severity);
}

/** A notice about the whole document, on its first `length` characters. */
function atStart(notice: Notice, text: string, length: number, message: string, severity: Severity): Finding {
  return { ruleId: notice.id, severity, offset: 0, length, message, fixes: [], text: text.slice(0, length) };
}

/** At most this many problems are shown for one document in the editor; the editor slows to a crawl with more. */
export const MAX_PROBLEMS_SHOWN = 1000;

export const tooManyProblems: Notice = {
  id: 'too-many-problems',
  name: 'Too many problems to show',
  defaultSeverity: 'information',
  raisedBy: 'language server',
  summary: `A document with more than ${MAX_PROBLEMS_SHOWN.toLocaleString('en-US')} findings: the most severe are shown, and this note counts the rest.`,
  explanation:
    'Thousands of underlines help nobody and slow the editor down; a document with that many is usually not a letter, or a paste gone wrong. ' +
    'The language server shows the most severe findings, in the order they appear, and this one note at the top says how many more there are. ' +
    'The command line always lists every finding.',
  example: { before: 'A pasted log with 5,000 unknown words.', after: 'The letter, with the log left out.' },
  examples: {
    flagged: [],
    clean: ['I own the ranking model at Lumen.'],
  },
};

/** The note that stands for the `left` findings not shown, at the start of the document. */
export function tooManyProblemsFinding(text: string, left: number, shown: number, severity: Severity): Finding {
  const message = `${left.toLocaleString('en-US')} more problems are not shown: only the first ${shown.toLocaleString('en-US')}, most severe first, are.`;
  return atStart(tooManyProblems, text, 0, message, severity);
}
