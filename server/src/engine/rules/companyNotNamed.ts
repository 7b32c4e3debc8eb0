import { companyMentions, companyName } from '../checks/companyName';
import { IN_CONTEXT, rememberInContext } from '../structure/memo';
import { isWholeLetter, letterAnchor } from '../structure/sections';
import type { Rule } from '../kit/rule';

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
    const name = context.company ? companyName(context.company) : undefined;
    if (!name || !isWholeLetter(letter)) return [];
    const named = letter.paragraphs.some(
      (p) =>
        p.role !== 'header' &&
        p.role !== 'signature' &&
        rememberInContext(p, context.localId, IN_CONTEXT.namesCompany, () => p.sentences.some((s) => companyMentions(s.tokens, name).length > 0)),
    );
    const at = named ? undefined : letterAnchor(letter);
    return at ? [{ ...at, message: `The letter never names ${context.company}; say which company you are writing to, and why this one.` }] : [];
  },
};
