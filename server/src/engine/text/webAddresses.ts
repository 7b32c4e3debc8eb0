/**
 * Web addresses written without "http://" or "www." ("github.com/jdoe",
 * "linkedin.com/in/jane-doe", "jdoe.github.io/projects"), which mask.ts leaves
 * as prose, most often as a Markdown link's text. Their parts ("jdoe", "linkedin")
 * are not words, so the spelling rule leaves them alone.
 */
import type { Span } from './mask';

/** Endings of the addresses a letter gives: the common generic ones and the countries it is likeliest to name. */
const TOP_LEVEL =
  'com|org|net|edu|gov|io|ai|dev|app|co|me|info|biz|tech|site|page|blog|cloud|xyz|ly|so|sh|gg|' +
  'uk|us|ca|au|nz|ie|de|fr|nl|be|ch|at|se|no|dk|fi|es|it|pt|pl|cz|eu|in|sg|hk|jp|kr|cn|br|mx|za|ng|ke';

/**
 * A host of one to five dotted labels and a known ending, then perhaps a path.
 * It starts only where a word starts (not inside an e-mail or another host), and
 * each part is bounded, so a long run of letters is read once.
 */
const BARE_ADDRESS = new RegExp(
  `(?<![\\p{L}\\p{N}@._/-])(?:[\\p{L}\\p{N}-]{1,63}\\.){1,5}(?:${TOP_LEVEL})(?![\\p{L}\\p{N}-])(?:/[^\\s<>()\\[\\]]{0,200})?`,
  // Case-sensitive: the ending is written in lower case, so "the model.It was" (a missing space) is not an address.
  'gu',
);

/** Where `text` holds a bare web address. */
export function bareWebAddresses(text: string): Span[] {
  // Most paragraphs have no dot between two letters: a plain test is far cheaper than the pattern.
  if (!/[\p{L}\p{N}]\.[\p{L}]/u.test(text)) return [];
  const spans: Span[] = [];
  for (const m of text.matchAll(BARE_ADDRESS)) spans.push({ start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  return spans;
}
