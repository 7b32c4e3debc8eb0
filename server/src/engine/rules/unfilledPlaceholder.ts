import type { RawFinding, Rule } from '../kit/rule';

/**
 * Template slots: [Company Name], [X]%, <Company>, {{name}}. Our own patterns over prose only.
 * A bracketed slot must hold a letter: checked after the match (HAS_LETTER), so
 * that the pattern stays linear on a long run of text after an open bracket.
 */
const SLOTS: readonly RegExp[] = [/\[[^[\]\r\n]*\]/gu, /<[A-Z][\p{L} ]{0,40}>/gu, /\{\{[^{}\r\n]{0,60}\}\}/gu];

const HAS_LETTER = /\p{L}/u;

/** Slots the front matter's `company` can fill. */
const COMPANY_SLOT =
  /^(?:\[|<|\{\{)\s*(?:company|company name|the company|companyname|company_name|organi[sz]ation|employer)\s*(?:,\s*e\.g\.[^\]>}]*)?(?:\]|>|\}\})$/i;

/** A task-list box ("- [x] done") looks like a slot but is not. */
const TASK_BOX = /^\[[ xX]\]$/;

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  name: 'Unfilled placeholder',
  defaultSeverity: 'error',
  summary: 'Template leftovers: "[Company Name]", "[X]%", "[Your Name]", "<Company>", "{{...}}".',
  explanation:
    'A placeholder left in a sent letter tells the reader it was mass-produced, and ends the application. ' + 'Fill every slot before you send.',
  example: { before: 'I’m drawn to [Company Name] because of its work on search.', after: 'I’m drawn to Northwind because of its work on search.' },
  examples: {
    flagged: [
      'I’m drawn to [Company Name] because of its search work.',
      'I improved accuracy by [X]%.',
      'Best,\n[Your Name]',
      'Dear <Hiring Manager>,',
      'Hello {{first_name}},',
    ],
    fixed: [
      {
        before: '---\ncompany: Northwind\n---\n\nI’m drawn to [Company Name] because of its search work.',
        after: '---\ncompany: Northwind\n---\n\nI’m drawn to Northwind because of its search work.',
      },
    ],
    clean: [
      'I’m drawn to Northwind because of its search work.',
      'See [our paper](https://example.com/paper) on retrieval.',
      'The array [1] holds the index.',
    ],
  },
  checkParagraph: (paragraph, letter, context) => {
    const findings: RawFinding[] = [];
    const text = letter.masked.slice(paragraph.start, paragraph.end);
    for (const pattern of SLOTS) {
      for (const m of text.matchAll(pattern)) {
        if (m[0].startsWith('[') && !HAS_LETTER.test(m[0])) continue;
        if (paragraph.kind === 'listItem' && m.index === 0 && TASK_BOX.test(m[0])) continue;
        const offset = paragraph.start + (m.index ?? 0);
        const company = context.company && COMPANY_SLOT.test(m[0]) ? context.company : undefined;
        findings.push({
          offset,
          length: m[0].length,
          message: `“${m[0]}” is a template placeholder; fill it in before sending.`,
          fixes: company ? [{ title: `Fill in “${company}”`, edits: [{ offset, length: m[0].length, newText: company }] }] : [],
        });
      }
    }
    return findings;
  },
};
