/**
 * The part of VS Code's snippet syntax the letter templates in `snippets/` use:
 * tab stops `$1` and `${1}`, placeholders `${1:hint}`, and the escapes `\$`, `\}`
 * and `\\`. Anything else after a `$` (variables, choices, nested placeholders) is
 * refused. A money figure must be escaped (`\$400K`): unescaped, VS Code reads it
 * as tab stop 400, and so does this parser. Pure: no editor API, so the tests
 * use it too.
 */

/** One entry of a VS Code snippet file. */
export interface SnippetDefinition {
  prefix: string | string[];
  body: string | string[];
  description?: string;
  scope?: string;
}

/** A snippet file: snippet names to definitions. */
export type SnippetFile = Record<string, SnippetDefinition>;

export type SnippetPart =
  | { kind: 'text'; text: string }
  /** `placeholder` is undefined for a bare `$1` or `${1}`. */
  | { kind: 'tabstop'; index: number; placeholder: string | undefined };

export class SnippetSyntaxError extends Error {
  constructor(
    message: string,
    /** Offset in the snippet body. */
    readonly offset: number,
  ) {
    super(`${message} at offset ${offset}`);
    this.name = 'SnippetSyntaxError';
  }
}

/** The body as one string; VS Code joins an array of lines with newlines. */
export function snippetBodyText(snippet: SnippetDefinition): string {
  return Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body;
}

/** The prefixes of a snippet, whether written as one string or a list. */
export function snippetPrefixes(snippet: SnippetDefinition): string[] {
  return Array.isArray(snippet.prefix) ? [...snippet.prefix] : [snippet.prefix];
}

/** Splits a snippet body into literal text and tab stops; throws SnippetSyntaxError on anything else. */
export function parseSnippet(body: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  let text = '';
  let i = 0;
  const flush = (): void => {
    if (text !== '') parts.push({ kind: 'text', text });
    text = '';
  };
  while (i < body.length) {
    const c = body[i]!;
    if (c === '\\') {
      const next = body[i + 1];
      if (next === '$' || next === '}' || next === '\\') {
        text += next;
        i += 2;
      } else {
        text += c; // A lone backslash is literal, as in VS Code.
        i += 1;
      }
      continue;
    }
    if (c !== '$') {
      text += c;
      i += 1;
      continue;
    }
    const bare = /^\$(\d+)/.exec(body.slice(i));
    if (bare) {
      flush();
      parts.push({ kind: 'tabstop', index: Number(bare[1]), placeholder: undefined });
      i += bare[0].length;
      continue;
    }
    const open = /^\$\{(\d+)([:}])/.exec(body.slice(i));
    if (!open) throw new SnippetSyntaxError('Unsupported or malformed "$" (write a literal dollar sign as "\\$")', i);
    flush();
    const index = Number(open[1]);
    i += open[0].length;
    if (open[2] === '}') {
      parts.push({ kind: 'tabstop', index, placeholder: undefined });
      continue;
    }
    const start = i - open[0].length;
    let placeholder = '';
    for (;;) {
      const p = body[i];
      if (p === undefined) throw new SnippetSyntaxError(`Placeholder \${${index}:...} is not closed`, start);
      if (p === '}') break;
      if (p === '\\' && (body[i + 1] === '$' || body[i + 1] === '}' || body[i + 1] === '\\')) {
        placeholder += body[i + 1];
        i += 2;
        continue;
      }
      if (p === '$') throw new SnippetSyntaxError(`Placeholder \${${index}:...} holds an unescaped "$"`, i);
      placeholder += p;
      i += 1;
    }
    parts.push({ kind: 'tabstop', index, placeholder });
    i += 1; // the closing brace
  }
  flush();
  return parts;
}

/** Escapes text so a snippet inserts it literally, inside or outside a placeholder. */
export function escapeSnippetText(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

/** Writes parts back as a snippet body. */
export function formatSnippet(parts: readonly SnippetPart[]): string {
  return parts
    .map((part) => {
      if (part.kind === 'text') return escapeSnippetText(part.text);
      return part.placeholder === undefined ? `\${${part.index}}` : `\${${part.index}:${escapeSnippetText(part.placeholder)}}`;
    })
    .join('');
}

/**
 * The text a snippet produces once every tab stop has a value. `valueOf` is
 * asked once per tab-stop number, with the first placeholder that number has.
 */
export function expandSnippet(parts: readonly SnippetPart[], valueOf: (index: number, placeholder: string | undefined) => string): string {
  const placeholders = new Map<number, string>();
  for (const part of parts) {
    if (part.kind === 'tabstop' && part.placeholder !== undefined && !placeholders.has(part.index)) {
      placeholders.set(part.index, part.placeholder);
    }
  }
  const values = new Map<number, string>();
  return parts
    .map((part) => {
      if (part.kind === 'text') return part.text;
      if (!values.has(part.index)) values.set(part.index, valueOf(part.index, placeholders.get(part.index)));
      return values.get(part.index)!;
    })
    .join('');
}

/**
 * Gives the first tab stop whose placeholder matches `matches` a new placeholder
 * text, wherever that tab stop carries one; it stays a tab stop, so the writer
 * can still change it. The body is returned unchanged when nothing matches.
 */
export function setPlaceholder(body: string, matches: (placeholder: string) => boolean, value: string): string {
  const parts = parseSnippet(body);
  const target = parts.find((p) => p.kind === 'tabstop' && p.placeholder !== undefined && matches(p.placeholder));
  if (target === undefined || target.kind !== 'tabstop') return body;
  return formatSnippet(
    parts.map((part) =>
      part.kind === 'tabstop' && part.index === target.index && part.placeholder !== undefined ? { ...part, placeholder: value } : part,
    ),
  );
}
