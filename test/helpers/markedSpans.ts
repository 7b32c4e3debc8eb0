/**
 * Rule examples mark where a finding must be: `'I am a ⟦team player⟧.'` says the
 * rule raises exactly one finding, over "team player". An example may mark
 * several spans; the rule must raise exactly those, no more.
 */
export interface Span {
  start: number;
  end: number;
}

export const OPEN = '⟦';
export const CLOSE = '⟧';

/** The example's text without its marks, and the marked spans (offsets into that text). */
export function parseMarked(example: string): { text: string; spans: Span[] } {
  let text = '';
  const spans: Span[] = [];
  let open: number | undefined;
  for (const ch of example) {
    if (ch === OPEN) {
      if (open !== undefined) throw new Error(`nested ${OPEN} in ${JSON.stringify(example)}`);
      open = text.length;
    } else if (ch === CLOSE) {
      if (open === undefined) throw new Error(`${CLOSE} without ${OPEN} in ${JSON.stringify(example)}`);
      spans.push({ start: open, end: text.length });
      open = undefined;
    } else {
      text += ch;
    }
  }
  if (open !== undefined) throw new Error(`${OPEN} left open in ${JSON.stringify(example)}`);
  return { text, spans };
}

/** The example as the rule reads it. */
export function unmarked(example: string): string {
  return parseMarked(example).text;
}
