import { normalizeWord, tokenize } from '../text/tokens';
import { isComplete, letterLevel } from './anchor';
import type { Rule } from './rule';

/** Legal suffixes a letter need not repeat: "Northwind" names "Northwind Inc.". */
const SUFFIXES = new Set(['inc', 'llc', 'ltd', 'plc', 'gmbh', 'corp', 'corporation', 'co', 'company', 'sa', 'ag', 'bv']);

export const companyNotNamed: Rule = {
  id: 'company-not-named',
  name: 'Company not named',
  defaultSeverity: 'warning',
  summary: 'The letter never names the company it is for (from `company:` in the front matter, or the job description).',
  explanation:
    'A letter that could go to any company is read as one that did: generic letters are the first cut. ' +
    'Name the company, and something specific it does, in the body.',
  example: { before: 'I would bring this experience to your team.', after: 'I would bring this to Northwind’s forecasting team.' },
  examples: {
    flagged: ['---\ncompany: Northwind Inc.\n---\n\nI own the ranking model at Lumen.\n\nCould we talk next week?'],
    clean: [
      '---\ncompany: Northwind Inc.\n---\n\nI own the ranking model at Lumen.\n\nNorthwind’s posting mentions drift. Could we talk next week?',
      '---\ncompany: Northwind Analytics\n---\n\nI own the ranking model at Lumen.\n\nNorthwind’s posting mentions drift. Could we talk next week?',
      'I own the ranking model at Lumen.\n\nCould we talk next week?',
    ],
  },
  check: (letter, context) => {
    if (!context.company || !isComplete(letter)) return [];
    const name = companyWords(context.company);
    if (name.length === 0) return [];
    // The full name, or its first word written as a name ("Northwind" for "Northwind Analytics").
    const short = name.length > 1 && name[0]!.length >= 4 ? name[0] : undefined;
    const named = letter.sentences.some(
      (s) =>
        s.paragraph.role !== 'header' &&
        s.paragraph.role !== 'signature' &&
        s.tokens.some(
          (t, i) =>
            name.every((word, k) => possessiveFree(s.tokens[i + k]?.norm) === word) ||
            (short !== undefined && possessiveFree(t.norm) === short && /^\p{Lu}/u.test(t.raw)),
        ),
    );
    return named ? [] : letterLevel(letter, `The letter never names ${context.company}; say which company you are writing to, and why this one.`);
  },
};

function companyWords(company: string): string[] {
  const words = tokenize(company).map((t) => normalizeWord(t.norm));
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  return words;
}

function possessiveFree(word: string | undefined): string | undefined {
  return word?.replace(/'s$/, '');
}
