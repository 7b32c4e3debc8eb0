/**
 * Texts that defeat or keep the engine's caches, on purpose.
 *
 * The engine remembers parsed Markdown chunks, sentence splits and
 * part-of-speech tags by their text. To time a FULL analysis, every iteration
 * therefore analyses a variant of the text in which every sentence and every
 * other line differs: a number unique to the iteration is inserted before each
 * sentence's closing punctuation (or at the end of a line that has none). To
 * time a RE-analysis after a keystroke, the text is analysed as it is, then
 * once more with one letter in the middle changed; each iteration changes a
 * different letter, so no edited text is ever seen twice.
 */

const ABBREVIATION = /\b(?:Mr|Ms|Mrs|Dr|St|e\.g|i\.e|etc)$/;

/** The front matter (kept as it is) and where the prose starts. */
function frontMatterEnd(text) {
  const m = /^---\r?\n[\s\S]*?\r?\n---[ \t]*\r?\n/.exec(text);
  return m ? m[0].length : 0;
}

/** `text` with a number unique to (`iteration`, line, sentence) in every sentence and every prose line. */
export function variantOf(text, iteration) {
  const start = frontMatterEnd(text);
  let counter = 0;
  const tag = () => String(iteration * 10_000 + ++counter);
  const body = text
    .slice(start)
    .split('\n')
    .map((line) => {
      if (line.trim() === '') return line;
      let changed = false;
      const withTags = line.replace(/([^\s.!?])([.!?]+)(?=\s|$)/g, (whole, before, punct, offset) => {
        if (ABBREVIATION.test(line.slice(0, offset + before.length))) return whole;
        changed = true;
        return `${before} ${tag()}${punct}`;
      });
      if (changed) return withTags;
      // No sentence end: a header, salutation, sign-off or heading line.
      const trailing = /[,:;]\s*$/.exec(line);
      return trailing ? `${line.slice(0, trailing.index)} ${tag()}${line.slice(trailing.index)}` : `${line} ${tag()}`;
    })
    .join('\n');
  return text.slice(0, start) + body;
}

/** Offsets of lower-case letters inside words, nearest the middle of the prose first. */
export function middleLetters(text, count = 400) {
  const middle = Math.floor((frontMatterEnd(text) + text.length) / 2);
  const found = [];
  for (let d = 0; found.length < count && d < text.length; d++) {
    for (const at of d === 0 ? [middle] : [middle - d, middle + d]) {
      if (at <= 0 || at >= text.length - 1) continue;
      if (/[a-z]/.test(text[at]) && /[a-z]/.test(text[at - 1]) && /[a-z]/.test(text[at + 1])) found.push(at);
    }
  }
  return found;
}

/**
 * The `k`-th one-character edit of `text`: a letter near the middle replaced by
 * another, as a typo would. Distinct for every k below 25 × positions.length.
 */
export function editedText(text, positions, k) {
  const at = positions[k % positions.length];
  const shift = 1 + (Math.floor(k / positions.length) % 25);
  const letter = String.fromCharCode(((text.charCodeAt(at) - 97 + shift) % 26) + 97);
  return text.slice(0, at) + letter + text.slice(at + 1);
}
