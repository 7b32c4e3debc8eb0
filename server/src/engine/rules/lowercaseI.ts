import type { RawFinding, Rule } from '../kit/rule';
import { isQuoted } from '../checks/guards';
import { inBackticks } from '../text/codeSpans';
import type { Token } from '../text/tokens';
import { I_VARIABLE_AFTER, I_VARIABLE_BEFORE, ROMAN_NUMERALS } from '../vocabulary/wordClasses';

const BEFORE = new Set(I_VARIABLE_BEFORE);
const AFTER = new Set(I_VARIABLE_AFTER);
const ROMAN = new Set(ROMAN_NUMERALS);

/** "i" alone, or in a contraction of the pronoun ("i'm", "i’ve", "i'd", "i'll"). */
const LOWER_I = /^i(?:['’](?:m|ve|d|ll))?$/;

/** What may stand before the pronoun: a space, an opening quotation mark or bracket, or the paragraph's start. */
const OPENERS = /^[\s“"‘(]?$/;

/** What may follow a bare "i": a space, or a comma, semicolon, colon, "!" or "?" and a space. */
const FOLLOWERS = /^(?:\s|[,;:!?](?:\s|$)|$)/;

/** A formula after the letter ("i ∈ S", "i < n", "i = 1"): a variable. */
const MATH = /^\s*[=<>≤≥∈∉+−*/^×÷≠≈]/;

/** A letter standing alone as a variable ("i and j", "(i, j)"); "a" and "I" are words. */
function isVariable(token: Token | undefined): boolean {
  return token !== undefined && token.raw.length === 1 && /\p{Ll}/u.test(token.raw) && token.raw !== 'a';
}

/**
 * The "i" at `index` is a variable, an index or a list number rather than the
 * pronoun: "a sum over i", "row i", "i is the rate", "i and j", "parts i and ii".
 */
function notThePronoun(tokens: readonly Token[], index: number): boolean {
  const previous = tokens[index - 1];
  const next = tokens[index + 1];
  if (previous && BEFORE.has(previous.norm)) return true;
  if (next && AFTER.has(next.norm)) return true;
  if (isVariable(next) || isVariable(previous)) return true;
  const around = [tokens[index - 2], next, tokens[index + 2]];
  if (around.some((t) => t !== undefined && ROMAN.has(t.norm))) return true;
  // "j and i", "i or j": a letter on the other side of the conjunction.
  if ((next?.norm === 'and' || next?.norm === 'or') && isVariable(tokens[index + 2])) return true;
  return (previous?.norm === 'and' || previous?.norm === 'or') && isVariable(tokens[index - 2]);
}

export const lowercaseI: Rule = {
  id: 'lowercase-i',
  name: 'Lower-case “i”',
  defaultSeverity: 'warning',
  autoFix: true,
  summary: 'The pronoun “I” written in lower case (“and i led the team”, “i’m applying”).',
  explanation:
    'The pronoun “I” is always a capital letter in English, and a lower-case one reads as a chat message or haste. ' +
    'A letter “i” used as an index or a list number (“row i”, “(i)”, “i.e.”, “i-th”) is left alone, and so is code.',
  example: { before: 'Last year i led the migration, and i’m proud of it.', after: 'Last year I led the migration, and I’m proud of it.' },
  examples: {
    flagged: [
      'Last year ⟦i⟧ led the migration of our billing data to BigQuery.',
      'My manager and ⟦i⟧ rewrote the onboarding guide.',
      '⟦i’m⟧ writing to apply for the data engineer role.',
      'I would love to talk, and ⟦i’ll⟧ bring the benchmark notebook.',
      "Since then ⟦i've⟧ shipped four releases, and ⟦i⟧ still own the service.",
      'The team trusted me, so ⟦i⟧ took on the on-call rota.',
    ],
    clean: [
      'The samples were i.i.d. by construction, so the test held.',
      'The two goals were (i) to cut latency and (ii) to keep recall.',
      'My tasks were: i) cleaning the data, ii) training the model.',
      'I used a loop over i and j to fill the distance matrix, writing the i-th row to disk.',
      'The formula uses r for the rate, where i is the inflation index.',
      'Small tweaks, i.e. caching, cut latency, and the iPhone app now loads in a second.',
      'Let i denote the item and j the user; the sum of x_i over all rows was our baseline.',
      'I know I can help your team, and I’m ready to start.',
      'The `i` counter overflowed in my first version.',
    ],
    fixed: [
      { before: 'Last year i led the migration.', after: 'Last year I led the migration.' },
      { before: 'Since then i’ve shipped four releases.', after: 'Since then I’ve shipped four releases.' },
    ],
  },
  checkParagraph: (paragraph, { text, masked }, context) => {
    if (paragraph.role !== 'body') return [];
    const findings: RawFinding[] = [];
    const known = (word: string): boolean => context.spelling?.correct(word) ?? true;
    for (const sentence of paragraph.sentences) {
      const tokens = sentence.tokens;
      tokens.forEach((token, index) => {
        if (!LOWER_I.test(token.raw) || (index > 0 && tokens[index - 1]!.start === token.start)) return;
        if (!OPENERS.test(masked.slice(Math.max(paragraph.start, token.start - 1), token.start))) return;
        if (!FOLLOWERS.test(masked.slice(token.end, token.end + 2))) return;
        const bare = token.raw === 'i';
        // Contractions expand to two tokens; the word after the pronoun comes after both.
        const after = bare ? index : index + 1;
        if (bare && (notThePronoun(tokens, index) || MATH.test(masked.slice(token.end, token.end + 3)))) return;
        if (!bare && BEFORE.has(tokens[index - 1]?.norm ?? '')) return;
        // "i" before a word English does not know is more likely another language's ("i dati").
        const following = tokens[after + 1];
        if (bare && following && !known(following.raw)) return;
        if (isQuoted(text, token.start, token.end) || inBackticks(masked, token.start)) return;
        const written = `I${token.raw.slice(1)}`;
        findings.push({
          offset: token.start,
          length: token.end - token.start,
          message: bare ? 'Write the pronoun “I” as a capital letter.' : `Write “${written}” with a capital “I”.`,
          fixes: [{ title: `Change “${token.raw}” to “${written}”`, edits: [{ offset: token.start, length: 1, newText: 'I' }] }],
        });
      });
    }
    return findings;
  },
};
