/**
 * Finding the company a letter is for in its sentences: the full name, or its
 * first word written as a name ("Northwind" for "Northwind Analytics"), with or
 * without a possessive, and without a legal suffix ("Northwind" names "Northwind Inc.").
 */
import { tokenize, withoutPossessive, type Token } from '../text/tokens';

/** Legal suffixes a letter need not repeat. */
const SUFFIXES = new Set(['inc', 'llc', 'ltd', 'plc', 'gmbh', 'corp', 'corporation', 'co', 'company', 'sa', 'ag', 'bv']);

export interface CompanyName {
  /** The name's words, lower case, without a legal suffix. */
  words: readonly string[];
  /** The first word alone, when it is distinctive enough to stand for the name. */
  short: string | undefined;
}

export function companyName(company: string): CompanyName | undefined {
  const words = tokenize(company).map((t) => t.norm);
  while (words.length > 1 && SUFFIXES.has(words.at(-1)!)) words.pop();
  if (words.length === 0) return undefined;
  return { words, short: words.length > 1 && words[0]!.length >= 4 ? words[0] : undefined };
}

/** For each mention of the company in `tokens`, the index of the token after it. */
export function companyMentions(tokens: readonly Token[], name: CompanyName): number[] {
  const after: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (name.words.every((word, k) => tokens[i + k] !== undefined && withoutPossessive(tokens[i + k]!.norm) === word)) {
      after.push(i + name.words.length);
    } else if (name.short !== undefined && withoutPossessive(tokens[i]!.norm) === name.short && /^\p{Lu}/u.test(tokens[i]!.raw)) {
      after.push(i + 1);
    }
  }
  return after;
}
