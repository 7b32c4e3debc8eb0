/**
 * Where a letter's YAML front matter stands: a `---` line at the very top
 * (after a byte order mark) and the next `---` or `...` line. The engine reads
 * the block found here and the commands edit it, so both agree on what counts.
 */
export interface FrontMatterBlock {
  /** Where the YAML starts: just after the opening fence and its line break. */
  yamlStart: number;
  /** Where the YAML ends: the start of the closing fence. */
  yamlEnd: number;
  /** Just after the closing fence (before its line break). */
  end: number;
}

const OPENING = /^(\uFEFF)?---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/** The front matter block of `text`; undefined when there is none (a lone `---` line is a rule, not front matter). */
export function findFrontMatter(text: string): FrontMatterBlock | undefined {
  const opening = OPENING.exec(text);
  if (!opening) return undefined;
  const yamlStart = opening[0].length;
  const closing = CLOSING.exec(text.slice(yamlStart));
  if (!closing) return undefined;
  const yamlEnd = yamlStart + closing.index;
  return { yamlStart, yamlEnd, end: yamlEnd + closing[0].length };
}
