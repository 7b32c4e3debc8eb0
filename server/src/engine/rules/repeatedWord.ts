import type { RawFinding, Rule } from '../kit/rule';

/** Doubled words that English allows: "had had", "that that". */
const ALLOWED_DOUBLES = new Set(['had', 'that', 'is']);

export const repeatedWord: Rule = {
  id: 'repeated-word',
  name: 'Repeated word',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'The same word twice in a row, as in "the the".',
  explanation: 'A doubled word is the typo readers notice most, and it suggests the letter was not proofread.',
  example: { before: 'I shipped the the ranking model.', after: 'I shipped the ranking model.' },
  examples: {
    flagged: ['I shipped the the ranking model.', 'We cut cost by by 40%.'],
    clean: ['I shipped the ranking model.', 'What it had had was no monitoring.', 'We shipped it in 2023, 2024 and 2025.'],
    fixed: [{ before: 'I shipped the the model.', after: 'I shipped the model.' }],
  },
  checkParagraph: (paragraph, { text }) => {
    const findings: RawFinding[] = [];
    for (const sentence of paragraph.sentences) {
      const tokens = sentence.tokens;
      for (let i = 1; i < tokens.length; i++) {
        const previous = tokens[i - 1]!;
        const current = tokens[i]!;
        if (current.start === previous.start) continue; // two halves of one contraction
        if (current.norm !== previous.norm || ALLOWED_DOUBLES.has(current.norm) || /^\p{N}/u.test(current.raw)) continue;
        if (!/^\s+$/.test(text.slice(previous.end, current.start))) continue;
        findings.push({
          offset: current.start,
          length: current.end - current.start,
          message: `“${current.raw}” is repeated.`,
          fixes: [
            {
              title: `Remove the repeated “${current.raw}”`,
              edits: [{ offset: previous.end, length: current.end - previous.end, newText: '' }],
            },
          ],
        });
      }
    }
    return findings;
  },
};
