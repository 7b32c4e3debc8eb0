/**
 * Exact edits for fixes: replacements that keep the writer's capitalisation, and
 * removals that leave a clean sentence behind (no doubled spaces, no stray comma,
 * a capital letter where the sentence now starts).
 */
import type { Fix, TextEdit } from '../types';

export function replacementFix(text: string, start: number, end: number, replacement: string): Fix {
  const original = text.slice(start, end);
  const newText = matchCapitalisation(original, replacement);
  return { title: `Replace with “${newText}”`, edits: [{ offset: start, length: end - start, newText }] };
}

export function removalFix(text: string, start: number, end: number, sentenceStart: number, title?: string): Fix {
  return { title: title ?? `Remove “${text.slice(start, end)}”`, edits: [removalEdit(text, start, end, sentenceStart)] };
}

/** Removes `text[start, end)` and tidies what is left around it. */
export function removalEdit(text: string, start: number, end: number, sentenceStart: number): TextEdit {
  let from = start;
  let to = end;
  // Scanned by hand, not with a pattern: a pattern such as `[ \t]*,?[ \t]*$` tries
  // every start in a long run of spaces and took minutes on a few thousand.
  const afterEnd = skipBlanks(text, text.charAt(to) === ',' ? to + 1 : to, text.length);
  const followedByPunctuation = afterEnd >= text.length || '.!?;:'.includes(text.charAt(afterEnd));
  if (followedByPunctuation && from > sentenceStart) {
    // "It works, I think." → "It works."
    let before = skipBlanksBack(text, from, sentenceStart);
    if (before > sentenceStart && text.charAt(before - 1) === ',') before = skipBlanksBack(text, before - 1, sentenceStart);
    from = before;
  } else {
    to = afterEnd;
  }
  let newText = '';
  if (from === sentenceStart) {
    // The sentence now starts with the next word: give it its capital letter.
    const next = text.slice(to, to + 2);
    const first = String.fromCodePoint(next.codePointAt(0) ?? 0);
    if (first && /\p{Ll}/u.test(first) && !/^i\b/.test(text.slice(to, to + 2))) {
      newText = first.toUpperCase();
      to += first.length;
    }
  }
  return { offset: from, length: to - from, newText };
}

function isBlank(c: string): boolean {
  return c === ' ' || c === '\t';
}

/** The first offset at or after `from` (and before `end`) that is not a space or a tab. */
function skipBlanks(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && isBlank(text.charAt(i))) i++;
  return i;
}

/** The start of the run of spaces and tabs that ends at `to`, not before `start`. */
function skipBlanksBack(text: string, to: number, start: number): number {
  let i = to;
  while (i > start && isBlank(text.charAt(i - 1))) i--;
  return i;
}

/** "Was responsible for" → "Owned": the replacement takes the original's first-letter case. */
function matchCapitalisation(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
