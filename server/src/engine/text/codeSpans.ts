/**
 * Inline code written with backticks. Markdown masks it already; in plain text
 * the backticks stay, and proofreading rules must not read what is between them
 * (`x , y`, `a[i]`) as prose.
 */

/** How far a code span may reach on either side: longer ones are not inline code, and the scan stays short. */
const REACH = 200;

/** Whether `offset` of `text` stands between two backticks on its line. */
export function inBackticks(text: string, offset: number): boolean {
  let before = 0;
  for (let k = offset - 1; k >= Math.max(0, offset - REACH); k--) {
    const c = text.charCodeAt(k);
    if (c === 10) break;
    if (c === 96) before++;
  }
  if (before % 2 === 0) return false;
  for (let k = offset; k < Math.min(text.length, offset + REACH); k++) {
    const c = text.charCodeAt(k);
    if (c === 10) return false;
    if (c === 96) return true;
  }
  return false;
}
