/**
 * Pairs the brackets and double quotation marks of a paragraph and reports
 * those left alone: an opening bracket never closed, a closing one with nothing
 * open, a bracket closed by another kind ("(one at NeurIPS]"), an odd straight
 * double quotation mark. What only looks like a bracket or a quotation mark is
 * not counted: list numbers ("1)", "a)", "ii)"), smileys (":)", ":-("), inch
 * marks (27"), half-open intervals ("[0, 1)"), code between backticks, and
 * whatever the masked text blanks (code, link syntax, addresses). Single
 * quotation marks are left out: apostrophes make them unreliable.
 */

export type PairProblem =
  | { kind: 'unclosed'; at: number; mark: string }
  | { kind: 'unopened'; at: number; mark: string }
  | { kind: 'mismatched'; at: number; mark: string; opener: number; expected: string };

const CLOSER_OF: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}', '“': '”' };
const OPENER_OF: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{', '”': '“' };

/** Roman numerals lists are numbered with. */
const ROMAN = /^(?:i{1,3}|iv|vi{0,3}|ix|x|xi{1,2})$/i;

/**
 * The word before a closing bracket at `at` numbers a list item: "1)", "a)",
 * "iv)", "Q2)", standing after a space, a line break or the paragraph's start
 * (with `lineStart`, only at the start of a line or of the paragraph).
 */
function isListMarker(masked: string, at: number, from: number, lineStart = false): boolean {
  let start = at;
  while (start > from && /[\p{L}\p{N}]/u.test(masked.charAt(start - 1))) start--;
  const word = masked.slice(start, at);
  if (word === '' || (start > from && !/\s/.test(masked.charAt(start - 1)))) return false;
  if (lineStart) {
    let k = start;
    while (k > from && (masked.charAt(k - 1) === ' ' || masked.charAt(k - 1) === '\t')) k--;
    // An indent, not a long run of blanks (masked code before the number on its line).
    if ((k > from && masked.charAt(k - 1) !== '\n') || start - k > 4) return false;
  }
  return /^\d{1,2}$/.test(word) || /^\p{L}$/u.test(word) || ROMAN.test(word) || /^\p{L}\d{1,2}$/u.test(word);
}

/** 27”, 6’2”: an inch mark that autocorrect curled. */
function isInchMark(masked: string, at: number): boolean {
  return /\p{N}['’]?$/u.test(masked.slice(Math.max(0, at - 2), at));
}

/** ":)", ":-)", ";)", ":(", ":-(": a smiley's mouth, not a bracket. */
function isSmiley(masked: string, at: number): boolean {
  const before = masked.charAt(at - 1) === '-' ? masked.charAt(at - 2) : masked.charAt(at - 1);
  return before === ':' || before === ';';
}

/** "[0, 1)", "(0, 1]": an interval, whose brackets differ on purpose. */
function isInterval(masked: string, opener: number, closer: number): boolean {
  return closer - opener < 40 && /^[\s\p{N}.,;+\-−∞a-zA-Z]*$/u.test(masked.slice(opener + 1, closer)) && /,/.test(masked.slice(opener + 1, closer));
}

/** Straight double quotation marks: an odd one, after setting aside inch marks (27", 6'2"). */
function straightQuoteProblem(masked: string, quotes: readonly number[]): PairProblem | undefined {
  if (quotes.length % 2 === 0) return undefined;
  const counted = quotes.filter((q) => !isInchMark(masked, q));
  if (counted.length < quotes.length && counted.length % 2 === 0) return undefined;
  let open = -1;
  for (const q of counted) {
    const before = masked.charAt(q - 1);
    const after = masked.charAt(q + 1);
    const opening = /[\s([{“]/.test(before || ' ') && after !== '' && !/\s/.test(after);
    const closing = !/\s/.test(before) && before !== '' && (after === '' || /[\s.,;:!?)\]}]/.test(after));
    if (open < 0) {
      if (closing && !opening) return { kind: 'unopened', at: q, mark: '"' };
      open = q;
    } else open = -1;
  }
  return { kind: 'unclosed', at: open >= 0 ? open : counted[counted.length - 1]!, mark: '"' };
}

/** The unpaired brackets and double quotation marks of `masked[from, to)`, in order. */
export function bracketProblems(masked: string, from: number, to: number): PairProblem[] {
  const problems: PairProblem[] = [];
  const open: Array<{ at: number; mark: string }> = [];
  /** How many of each opening mark are open: a closer of another kind looks further out only when one is. */
  const openCount = new Map<string, number>();
  const quotes: number[] = [];
  let curly = 0;
  let inCode = false;
  for (let k = from; k < to; k++) {
    const c = masked.charAt(k);
    if (c === '\n') inCode = false;
    if (c === '`') inCode = !inCode;
    if (inCode) continue;
    if (c === '"') quotes.push(k);
    else if (c === '”' && !openCount.get('“') && isInchMark(masked, k)) continue;
    if (c === '“' || c === '”') curly++;
    if (c === '"') continue;
    if (CLOSER_OF[c] !== undefined) {
      if (c === '(' && isSmiley(masked, k)) continue;
      open.push({ at: k, mark: c });
      openCount.set(c, (openCount.get(c) ?? 0) + 1);
    } else if (OPENER_OF[c] !== undefined) {
      const top = open.at(-1);
      // A list number opening a line ("⏎2) migrated…") never closes an aside, even with one open.
      if (c === ')' && isListMarker(masked, k, from, true)) continue;
      if (top && (top.mark === OPENER_OF[c] || isInterval(masked, top.at, k))) {
        open.pop();
        openCount.set(top.mark, openCount.get(top.mark)! - 1);
        continue;
      }
      if (c === ')' && (isSmiley(masked, k) || isListMarker(masked, k, from))) continue;
      if (!top) {
        problems.push({ kind: 'unopened', at: k, mark: c });
        continue;
      }
      // Closed by a bracket of another kind: if the right one is open further out, those inside it were never closed.
      const wanted = OPENER_OF[c];
      if ((openCount.get(wanted) ?? 0) > 0) {
        for (let o = open.pop(); o && o.mark !== wanted; o = open.pop()) {
          problems.push({ kind: 'unclosed', at: o.at, mark: o.mark });
          openCount.set(o.mark, openCount.get(o.mark)! - 1);
        }
        openCount.set(wanted, openCount.get(wanted)! - 1);
      } else {
        open.pop();
        openCount.set(top.mark, openCount.get(top.mark)! - 1);
        problems.push({ kind: 'mismatched', at: k, mark: c, opener: top.at, expected: CLOSER_OF[top.mark]! });
      }
    }
  }
  for (const o of open) problems.push({ kind: 'unclosed', at: o.at, mark: o.mark });
  // As many curly marks as make pairs, some turned the wrong way (”quoted”, “quoted“): typography, not a missing mark.
  if (curly % 2 === 0) {
    for (let i = problems.length - 1; i >= 0; i--) if ('“”'.includes(problems[i]!.mark)) problems.splice(i, 1);
  }
  const quote = straightQuoteProblem(masked, quotes);
  if (quote) {
    // A curly mark paired with a straight one (“yes" or "yes”): mixed styles, not a missing mark.
    const partner = problems.findIndex(
      (p) => (p.kind === 'unclosed' && p.mark === '“' && p.at < quote.at) || (p.kind === 'unopened' && p.mark === '”' && p.at > quote.at),
    );
    if (partner >= 0) problems.splice(partner, 1);
    else problems.push(quote);
  }
  return problems.sort((a, b) => a.at - b.at);
}
