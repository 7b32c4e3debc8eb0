/**
 * Inline code written with backticks. Markdown masks it already; in plain text
 * the backticks stay, and proofreading rules must not read what is between them
 * (`x , y`, `a[i]`) as prose.
 */

/** Whether `offset` of `text` stands between two backticks on its line. */
export function inBackticks(text: string, offset: number): boolean {
  let before = 0;
  for (let k = offset - 1; k >= 0; k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c === 96) before++;
  }
  if (before % 2 === 0) return false;
  for (let k = offset; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c === 96) return true;
  }
  return false;
}
