/**
 * Reads a salutation line as a greeting followed by an addressee, and flags it
 * when the addressee names no one in particular ("To whom it may concern",
 * "Dear Sir/Madam", "Hello,", "Dear Recruitment Team"). One word that is not
 * a generic form of address (a name, a named team) makes the line specific.
 */
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Paragraph } from '../structure/model';
import type { Token } from '../text/tokens';

export interface SalutationWords {
  greetings: readonly string[];
  /** Greetings after which the fallback addressees are accepted. */
  neutralGreetings: readonly string[];
  fallbackAddressees: readonly string[];
  genericWords: readonly string[];
  /** Words generic only before one of the listed words ("Search committee", not "Search team"). */
  genericOnlyBefore: Readonly<Record<string, readonly string[]>>;
  /** `{phrase}` stands for the salutation as written. */
  message: string;
}

/** A salutation is short: a greeting and a few words of address. */
const MAX_WORDS = 10;

export function salutationCheck(words: SalutationWords): ParagraphCheck {
  const greetings = words.greetings.map((g) => g.split(' ')).sort((a, b) => b.length - a.length);
  const neutral = new Set(words.neutralGreetings);
  const fallback = new Set(words.fallbackAddressees);
  const generic = new Set(words.genericWords);
  return (paragraph, { text }) => {
    if (!readsAsSalutation(paragraph, text)) return [];
    const tokens = paragraph.sentences.flatMap((s) => s.tokens);
    if (tokens.length === 0 || tokens.length > MAX_WORDS) return [];
    // The greeting: one or more greeting words ("Hello and good morning").
    let at = 0;
    const used: string[] = [];
    for (let found = true; found && at < tokens.length;) {
      found = false;
      for (const g of greetings) {
        if (g.every((w, k) => tokens[at + k]?.norm === w)) {
          used.push(g.join(' '));
          at += g.length;
          found = true;
          break;
        }
      }
    }
    const addressee = tokens.slice(at);
    // A line that is not a greeting at all must open with a form of address ("Sir/Madam,").
    if (used.length === 0 && !startsWithFormOfAddress(addressee, text.slice(paragraph.start, paragraph.end).trim())) return [];
    const conditional = words.genericOnlyBefore;
    const isGeneric = (t: Token, k: number): boolean =>
      generic.has(t.norm) && (!Object.hasOwn(conditional, t.norm) || conditional[t.norm]!.includes(addressee[k + 1]?.norm ?? ''));
    if (!addressee.every(isGeneric)) return [];
    const named = addressee.map((t) => t.norm).join(' ');
    if (fallback.has(named) && used.length > 0 && used.every((g) => neutral.has(g))) return [];
    return [finding(text, tokens, words.message)];
  };
}

function startsWithFormOfAddress(tokens: readonly Token[], written: string): boolean {
  const first = tokens[0]?.norm ?? '';
  if (['sir', 'sirs', 'madam', 'madame', 'gentlemen', 'ladies', 'whom', 'whomsoever', 'whomever'].includes(first)) return true;
  // "Hiring Manager,": a department with no greeting, as a line of its own ending like a salutation.
  return ['hiring', 'recruiter', 'recruiters', 'recruitment', 'hr'].includes(first) && /[,:]$/.test(written);
}

/**
 * The salutation the letter parser found, or a short line before the body that
 * it did not recognise ("Respected Sir/Madam,", "Sir/Madam,"): a header or body
 * paragraph of one line that does not end like a sentence, or ends with "!".
 */
function readsAsSalutation(paragraph: Paragraph, text: string): boolean {
  if (paragraph.role === 'salutation') return true;
  if (paragraph.role !== 'header' && paragraph.role !== 'body') return false;
  const written = text.slice(paragraph.start, paragraph.end).trim();
  if (written.includes('\n')) return false;
  const last = written.charAt(written.length - 1);
  return !'.?;'.includes(last) || written.length === 0;
}

function finding(text: string, tokens: readonly Token[], message: string): RawFinding {
  const start = tokens[0]!.start;
  let end = tokens[tokens.length - 1]!.end;
  // "Dear Sir(s)": the bracket closes the last word.
  if (text.charAt(end) === ')' && text.slice(start, end).includes('(')) end++;
  const written = text.slice(start, end);
  return { offset: start, length: end - start, message: message.replace('{phrase}', () => written) };
}
