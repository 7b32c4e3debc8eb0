/**
 * The four things a hiring manager skims for, each judged from the letter with
 * the sentences that show it: end-to-end ownership, production constraints, a
 * model metric tied to a business figure, and judgment about the team.
 */
import type { Evidence, SkimCheck } from '../types';
import { hasFigure, mentionsMoney } from '../structure/quantities';
import { compilePhrases, mentions } from '../text/phrases';
import type { Letter, Paragraph, Sentence } from '../structure/model';
import { FACTS, remember } from '../structure/memo';
import { IMPACT_TERMS } from '../vocabulary/terms';
import { CONSTRAINT_SIGNALS, OWNERSHIP_SIGNALS, TEAM_REFERENCES } from '../vocabulary/tailoring';

const OWNERSHIP = compilePhrases(OWNERSHIP_SIGNALS);
const CONSTRAINTS = compilePhrases(CONSTRAINT_SIGNALS);
const IMPACT = compilePhrases(IMPACT_TERMS);
const TEAM = compilePhrases(TEAM_REFERENCES);

const CHECKS: ReadonlyArray<{ id: SkimCheck['id']; label: string; shows: (s: Sentence, text: string) => boolean }> = [
  { id: 'ownership', label: 'End-to-end ownership', shows: (s) => mentions(OWNERSHIP, s) },
  {
    id: 'production-constraints',
    label: 'Production constraints named',
    shows: (s, text) => mentions(CONSTRAINTS, s) && hasFigure(s, text),
  },
  {
    id: 'business-impact',
    label: 'A result tied to a business figure',
    shows: (s, text) => hasFigure(s, text) && (mentionsMoney(s, text) || mentions(IMPACT, s)),
  },
  { id: 'team-judgment', label: 'Judgment about the team', shows: (s) => mentions(TEAM, s) },
];

export function skimChecks(letter: Letter): SkimCheck[] {
  const evidence = CHECKS.map((): Evidence[] => []);
  for (const paragraph of letter.body) {
    shownIn(paragraph, letter.text).forEach((indices, k) => {
      for (const i of indices) {
        const s = paragraph.sentences[i]!;
        evidence[k]!.push({ offset: s.start, length: s.end - s.start, text: letter.text.slice(s.start, s.end) });
      }
    });
  }
  return CHECKS.map(({ id, label }, k) => ({ id, label, passed: evidence[k]!.length > 0, evidence: evidence[k]! }));
}

/** For each check, the indices of the paragraph's sentences that show it, remembered per paragraph. */
function shownIn(paragraph: Paragraph, text: string): ReadonlyArray<readonly number[]> {
  return remember(paragraph, FACTS.skim, () => CHECKS.map(({ shows }) => paragraph.sentences.flatMap((s, i) => (shows(s, text) ? [i] : []))));
}

/** The paragraph refers to the team's own work: a post, a paper, a talk, their posting. */
export function mentionsTeam(paragraph: Paragraph, text: string): boolean {
  return shownIn(paragraph, text)[CHECKS.findIndex((c) => c.id === 'team-judgment')]!.length > 0;
}
