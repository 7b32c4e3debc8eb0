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
    flagged: [
      '---\ncompany: Northwind Inc.\n---\n\n⟦I own the ranking model at Lumen.⟧\n\nCould we talk next week?',
      '---\ncompany: Northwind Analytics\n---\n\n⟦Dear Ms. Okafor,⟧\n\nI own the ranking model at Lumen.\n\nCould we talk next week?',
      // "harvest" as a word is not Harvest Lane.
      '---\ncompany: Harvest Lane\n---\n\n⟦I forecast demand for the harvest season.⟧\n\nCould we talk next week?',
      // A subject line above the salutation is not the letter naming them.
      '---\ncompany: Northwind\n---\n\nRe: Northwind application\n\n⟦Dear Priya,⟧\n\nI own the ranking model at Lumen.\n\nCould we talk next week?',
      '---\ncompany: Northwind\n---\n\n⟦I own the ranking model at Lumen.⟧ Could we talk next week?\n\nBest,\nDana',
    ],
    clean: [
      '---\ncompany: Northwind Inc.\n---\n\nI own the ranking model at Lumen.\n\nNorthwind’s posting mentions drift. Could we talk next week?',
      '---\ncompany: Northwind Analytics\n---\n\nI own the ranking model at Lumen.\n\nNorthwind’s posting mentions drift. Could we talk next week?',
      'I own the ranking model at Lumen.\n\nCould we talk next week?',
      '---\ncompany: Northwind\n---\n\nDear Northwind team,\n\nI own the ranking model at Lumen.\n\nCould we talk next week?',
      // A draft still being written.
      '---\ncompany: Northwind\n---\n\nI own the ranking model at Lumen.',
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
