import type { RawFinding, Rule } from '../kit/rule';
import { bracketProblems, type PairProblem } from '../checks/bracketPairs';
import { detached } from '../memory/cache';
import { createCache } from '../memory/caches';
import type { Paragraph } from '../structure/model';

/** Up to this many characters of the words after (or before) a mark, to say in the message where it is. */
const SNIPPET = 30;

/** The first words after `at`, cut at a word boundary: “the one that fed finance”. */
function wordsAfter(masked: string, at: number, end: number): string {
  const rest = masked
    .slice(at + 1, Math.min(end, at + 1 + SNIPPET + 10))
    .replace(/\s+/g, ' ')
    .trim();
  if (rest.length <= SNIPPET) return rest;
  const cut = rest.lastIndexOf(' ', SNIPPET);
  return `${rest.slice(0, cut > 0 ? cut : SNIPPET)}…`;
}

/** The last words before `at`: “analysts in SQL”. */
function wordsBefore(masked: string, at: number, start: number): string {
  const rest = masked
    .slice(Math.max(start, at - SNIPPET - 10), at)
    .replace(/\s+/g, ' ')
    .trim();
  if (rest.length <= SNIPPET) return rest;
  const cut = rest.indexOf(' ', rest.length - SNIPPET);
  return `…${rest.slice(cut > 0 ? cut + 1 : rest.length - SNIPPET)}`;
}

/** How the message names a mark: quotation marks by name, brackets as written. */
function named(mark: string, side: 'opening' | 'closing'): string {
  return '"“”'.includes(mark) ? `${side} quotation mark` : `“${mark}”`;
}

function describe(problem: PairProblem, masked: string, start: number, end: number): string {
  switch (problem.kind) {
    case 'unclosed':
      return `The ${named(problem.mark, 'opening')} before “${wordsAfter(masked, problem.at, end)}” is never closed in this paragraph.`;
    case 'unopened':
      return `The ${named(problem.mark, 'closing')} after “${wordsBefore(masked, problem.at, start)}” closes nothing: nothing opens before it in this paragraph.`;
    case 'mismatched':
      return `This “${problem.mark}” closes the “${masked.charAt(problem.opener)}” before “${wordsAfter(masked, problem.opener, end)}”: write “${problem.expected}”.`;
  }
}

export const unbalancedBrackets: Rule = {
  id: 'unbalanced-brackets',
  name: 'Unbalanced brackets or quotation marks',
  defaultSeverity: 'warning',
  summary: 'An opening bracket or double quotation mark with no closing one in the paragraph, or a closing one with no opening one.',
  explanation:
    'A bracket or quotation mark left open makes the reader wait for an aside that never ends, and usually means an edit went astray. ' +
    'List numbers (“1)”, “a)”, “ii)”), smileys, inch marks (27") and apostrophes are not counted; a bracket may span several sentences of its paragraph.',
  example: {
    before: 'I rebuilt the ETL job (the one that fed finance and it now runs in ten minutes.',
    after: 'I rebuilt the ETL job (the one that fed finance), and it now runs in ten minutes.',
  },
  examples: {
    flagged: [
      'I rebuilt the ETL job ⟦(⟧the one that fed finance and it now runs in ten minutes.',
      'I built the ⟦"⟧early warning report for the nursing staff.',
      'The team called it ⟦“⟧the fix of the year, and it stuck.',
      'I trained 30 analysts in SQL⟦)⟧ and most still use it.',
      'I co-authored two papers (one at NeurIPS⟦]⟧ and a patent.',
      'I studied at Leeds ⟦(⟧BSc Mathematics, then at Warwick (MSc Statistics).',
    ],
    clean: [
      'My goals are: 1) ship the model, 2) train the team; a) clean the data, b) build it; i) speed, ii) accuracy.',
      'I rebuilt the pipeline (it had no tests. Now it has 400.) and documented it.',
      'We bought 27" monitors, and the team’s model (and mine) shipped in May.',
      "She said, “They called it ‘the fix’ for a year.” I use 'quotes' only for terms of art.",
      'I would love to talk :) and show you the demo.',
      'The sampled values lay in [0, 1) for every run.',
      '"We need this. Today." That was my manager’s reaction.',
    ],
    fixed: [{ before: 'I co-authored two papers (one at NeurIPS] and a patent.', after: 'I co-authored two papers (one at NeurIPS) and a patent.' }],
  },
  check: (letter) => {
    const { text, masked } = letter;
    const findings: RawFinding[] = [];
    for (const group of softGroups(letter.paragraphs, text)) {
      const relative = problemsIn(masked.slice(group.start, group.end));
      for (const problem of relative) {
        const at = group.start + problem.at;
        const placed: PairProblem = problem.kind === 'mismatched' ? { ...problem, at, opener: group.start + problem.opener } : { ...problem, at };
        findings.push({
          offset: at,
          length: 1,
          message: describe(placed, masked, group.start, group.end),
          // Only a bracket closed by the wrong kind has a certain fix; where a missing one belongs is the writer's call.
          fixes:
            placed.kind === 'mismatched'
              ? [{ title: `Change “${placed.mark}” to “${placed.expected}”`, edits: [{ offset: at, length: 1, newText: placed.expected }] }]
              : [],
        });
      }
    }
    return findings;
  },
};

/** A group's problems by its masked text, offsets relative to it: a keystroke re-reads only the group it touched. */
const groupCache = createCache<string, readonly PairProblem[]>('bracketGroups');

function problemsIn(prose: string): readonly PairProblem[] {
  let problems = groupCache.get(prose);
  if (!problems) {
    problems = bracketProblems(prose, 0, prose.length);
    groupCache.set(detached(prose), problems);
  }
  return problems;
}

/**
 * Body paragraphs joined where only a line break separates them: the engine ends a
 * paragraph at a short line or a list line ending a sentence, but an aside may run
 * on to the next line ("(It had no tests.⏎Now it has 400.)"). A blank line, or any
 * paragraph that is not body text, ends a group.
 */
function softGroups(paragraphs: readonly Paragraph[], text: string): Array<{ start: number; end: number }> {
  const groups: Array<{ start: number; end: number }> = [];
  let current: { start: number; end: number } | undefined;
  for (const p of paragraphs) {
    if (p.role !== 'body') {
      current = undefined;
      continue;
    }
    if (current && !/\n[ \t]*\r?\n/.test(text.slice(current.end, p.start))) current.end = p.end;
    else {
      current = { start: p.start, end: p.end };
      groups.push(current);
    }
  }
  return groups;
}
