import type { Rule } from '../kit/rule';

export const invalidFrontMatter: Rule = {
  id: 'invalid-front-matter',
  name: 'Unreadable front matter',
  defaultSeverity: 'warning',
  summary: 'Front matter that is not valid YAML, or an option with a value that cannot be used.',
  explanation:
    'Options such as `target`, `length`, `industry` and `company` are read from the YAML block at the top of the letter. ' +
    'When it cannot be read, the letter is still checked, with the default options.',
  example: { before: '---\ntarget: two hundred\n---', after: '---\ntarget: 200\n---' },
  examples: {
    flagged: [
      '---\ntarget: ⟦two hundred⟧\n---\n\nI built it.',
      '---\nindustry: ⟦space⟧\n---\n\nI built it.',
      '---\n⟦target: [250⟧\n---\n\nI built it.',
      '---\ntarget: 250\nindustry: ⟦farming⟧\n---\n\nI built it.',
      '---\ntarget: ⟦-40⟧\n---\n\nI built it.',
      '---\n⟦company: [Northwind⟧\n---\n\nI built it.',
    ],
    clean: [
      '---\ntarget: 250\nindustry: finance\ncompany: Northwind\n---\n\nI built it.',
      '---\nlength: senior\ntitle: anything\n---\n\nI built it.',
      '---\n---\n\nI built it.',
      '---\nindustry: retail\n---\n\nI built it.',
      'I built it.\n\n---\n\nA rule below a paragraph is not front matter.',
    ],
  },
  check: (letter) => (letter.frontMatter?.problems ?? []).map((p) => ({ offset: p.offset, length: p.length, message: p.message })),
};
