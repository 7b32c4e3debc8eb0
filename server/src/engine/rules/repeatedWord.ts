import type { RawFinding, Rule } from '../kit/rule';
import { isQuoted } from '../checks/guards';
import type { Token } from '../text/tokens';
import type { SpellingDictionary } from '../types';
import { ALLOWED_DOUBLES, FUNCTION_WORDS, IS_IS_OPENERS, REDUPLICATIONS } from '../vocabulary/repetition';

const ALLOWED = new Set([...ALLOWED_DOUBLES, ...REDUPLICATIONS]);
const FUNCTION = new Set(FUNCTION_WORDS);
const IS_IS = new Set(IS_IS_OPENERS);

/** How far back "is is" looks for the clause it closes ("What it is is…"). */
const IS_IS_REACH = 6;

/**
 * A doubling the writer meant: a word English doubles ("had had", "bye bye"), a
 * place named by a word twice ("Wagga Wagga"), an unknown name written in capitals
 * both times ("Kurri Kurri": a word the dictionary knows, such as "Bayesian", is
 * a typo), or "is is" closing a clause ("What it is is a…").
 */
function legitimate(tokens: readonly Token[], i: number, spelling: SpellingDictionary | undefined): boolean {
  const previous = tokens[i - 1]!;
  const current = tokens[i]!;
  if (ALLOWED.has(current.norm)) return true;
  const capitalised = (t: Token) => /^\p{Lu}\p{Ll}/u.test(t.raw);
  if (capitalised(previous) && capitalised(current) && !FUNCTION.has(current.norm) && !spelling?.correct(current.raw)) return true;
  if (current.norm === 'is' || current.norm === 'was') return tokens.slice(Math.max(0, i - 1 - IS_IS_REACH), i - 1).some((t) => IS_IS.has(t.norm));
  return false;
}

export const repeatedWord: Rule = {
  id: 'repeated-word',
  name: 'Repeated word',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'The same word twice in a row, as in "the the".',
  explanation: 'A doubled word is the typo readers notice most, and it suggests the letter was not proofread.',
  example: { before: 'I shipped the the ranking model.', after: 'I shipped the ranking model.' },
  examples: {
    flagged: [
      'I shipped the ⟦the⟧ ranking model.',
      'We cut cost by ⟦by⟧ 40%.',
      'The estimator is ⟦is⟧ unbiased under weak assumptions.',
      'The ⟦The⟧ model was retrained nightly.',
      'I led a team of ⟦of⟧ five.',
      'I taught the Bayesian ⟦Bayesian⟧ statistics course twice.',
      'My forecast ran for ⟦for⟧ two years and I ⟦I⟧ kept it green.',
    ],
    clean: [
      'I wanted to build something really really big, and the first version was very very small.',
      'What the problem was was a stale cache.',
      'He asked whether we could go go-live before Christmas, and we did.',
      'The chatbot answered "no no no" when confused, until my fine-tune fixed it.',
      'Those who can, do; those who do do it with tests.',
      'I shipped the ranking model.',
      'What it had had was no monitoring.',
      'We shipped it in 2023, 2024 and 2025.',
      'I routed deliveries for a grocer in Wagga Wagga and cut late orders by a fifth.',
      'What the model is is a ranking of risk, not a verdict.',
      'I showed that that threshold was too loose for the smaller stores.',
      'Our canteen swapped mahi mahi for a cheaper fish after my demand forecast.',
      'I planned bus timetables for Kurri Kurri and two nearby towns.',
      'The audit rated our pricing experiments grade A A/B testing practice.',
      'When a graduate joined, I gave her her first production ticket and paired with her on it.',
    ],
    fixed: [{ before: 'I shipped the the model.', after: 'I shipped the model.' }],
  },
  checkParagraph: (paragraph, { text }, context) => {
    const findings: RawFinding[] = [];
    for (const sentence of paragraph.sentences) {
      const tokens = sentence.tokens;
      for (let i = 1; i < tokens.length; i++) {
        const previous = tokens[i - 1]!;
        const current = tokens[i]!;
        if (current.start === previous.start) continue; // two halves of one contraction
        if (current.norm !== previous.norm || /^\p{N}/u.test(current.raw) || legitimate(tokens, i, context.spelling)) continue;
        if (!/^\s+$/.test(text.slice(previous.end, current.start))) continue;
        // Part of a hyphenated or slashed word ("go go-live", "a A/B test"), or quoted speech ("said “no no no”"): not a slip.
        if (/^[-‐/]\p{L}/u.test(text.slice(current.end, current.end + 2))) continue;
        if (isQuoted(text, previous.start, current.end)) continue;
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
