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
  const after = /^,?[ \t]*/.exec(text.slice(to))![0];
  const followedByPunctuation = /^[.!?;:]/.test(text.slice(to + after.length)) || to + after.length >= text.length;
  if (followedByPunctuation && from > sentenceStart) {
    // "It works, I think." → "It works."
    const before = /[ \t]*,?[ \t]*$/.exec(text.slice(sentenceStart, from))![0];
    from -= before.length;
  } else {
    to += after.length;
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

/** "Was responsible for" → "Owned": the replacement takes the original's first-letter case. */
function matchCapitalisation(original: string, replacement: string): string {
  if (replacement === '') return replacement;
  const first = original.charAt(0);
  if (first !== first.toLowerCase() && first === first.toUpperCase()) {
    return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  }
  return replacement;
}
