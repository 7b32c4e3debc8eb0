/**
 * A masked copy of the text keeps prose and blanks everything else (code,
 * comments, link targets, markup) with spaces, keeping line breaks. It has the
 * same length as the original, so an offset in one is the same in the other.
 */

export interface Span {
  start: number;
  end: number;
}

/** Builds the masked text from the sorted, non-overlapping prose spans. */
export function maskOutside(text: string, prose: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const span of prose) {
    if (span.start > at) parts.push(blank(text.slice(at, span.start)));
    parts.push(text.slice(Math.max(at, span.start), span.end));
    at = Math.max(at, span.end);
  }
  if (at < text.length) parts.push(blank(text.slice(at)));
  return parts.join('');
}

/** Replaces every code unit but line breaks with a space. */
export function blank(text: string): string {
  return text.replace(/[^\r\n]/g, ' ');
}

// The local part starts where a word starts and is bounded, so a long run of letters
// with no "@" is scanned once, not once per starting position.
const URL_OR_EMAIL =
  /\b(?:https?:\/\/|www\.)[^\s<>()\]]+|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63})+/gu;

/** Blanks bare URLs and e-mail addresses inside already-masked text. */
export function maskUrlsAndEmails(masked: string): string {
  // Most letters have neither; a plain search is far cheaper than the pattern's scan.
  if (!masked.includes('@') && !masked.includes('://') && !masked.includes('www.')) return masked;
  return masked.replace(URL_OR_EMAIL, (m) => blank(m));
}
