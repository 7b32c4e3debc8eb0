/**
 * Numbers and verdicts as the status bar's tooltip and the report page both
 * word them. Plain strings, no editor API, so both can be tested on their own.
 */

/** A number as text; anything that is not a finite number (the report comes from another process) shows as a dash. */
export function count(value: number): string {
  return Number.isFinite(value) ? String(value) : '–';
}

/** One decimal place at most. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}

/** `1 word`, `2 words`. */
export function plural(value: number, word: string): string {
  return `${count(value)} ${word}${value === 1 ? '' : 's'}`;
}

/** `38 words under the target`, `right on the target`, `12 words over the target`. */
export function lengthVerdict(words: number, target: number): string {
  if (words > target) return `${plural(words - target, 'word')} over the target`;
  if (words === target) return 'right on the target';
  return `${plural(target - words, 'word')} under the target`;
}
