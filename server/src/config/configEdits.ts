/**
 * Edits to a `.coverletterrc.json` for the silencing quick actions, made with
 * jsonc-parser so the file's comments, order and formatting survive: only the
 * lines around the change are re-indented, in the file's own style.
 */
import { type EditResult, type FormattingOptions, modify, parse } from 'jsonc-parser';
import type { ConfigIgnore } from '../../../shared/src/config';
import type { RuleSeverityName } from '../../../shared/src/settings';
import { isPlainObject } from '../util/values';

export type ConfigChange =
  { kind: 'ignore'; entry: ConfigIgnore } | { kind: 'rule'; rule: string; severity: RuleSeverityName } | { kind: 'word'; word: string };

/** One replacement in the config text (jsonc-parser's `Edit`). */
export interface ConfigTextEdit {
  offset: number;
  length: number;
  content: string;
}

/**
 * The edits that make the change in `text` (the file's current text, or '' for
 * a file still to be created); undefined when the change is already there or the
 * file's shape does not allow it (its top level is not an object).
 */
export function configEdits(text: string, change: ConfigChange): ConfigTextEdit[] | undefined {
  const current: unknown = parse(text, [], { allowTrailingComma: true });
  if (text.trim() !== '' && !isPlainObject(current)) return undefined;
  const config = isPlainObject(current) ? current : {};
  const options = { formattingOptions: formattingOf(text) };
  let edits: EditResult;
  if (change.kind === 'ignore') {
    const list = config.ignore;
    if (Array.isArray(list) && list.some((item) => isPlainObject(item) && item.rule === change.entry.rule && item.text === change.entry.text)) {
      return undefined;
    }
    const entry = { rule: change.entry.rule, text: change.entry.text };
    edits = Array.isArray(list) ? modify(text, ['ignore', -1], entry, options) : modify(text, ['ignore'], [entry], options);
  } else if (change.kind === 'word') {
    const words = config.words;
    if (Array.isArray(words) && words.includes(change.word)) return undefined;
    edits = Array.isArray(words) ? modify(text, ['words', -1], change.word, options) : modify(text, ['words'], [change.word], options);
  } else {
    const rules = config.rules;
    if (isPlainObject(rules) && rules[change.rule] === change.severity) return undefined;
    edits = isPlainObject(rules)
      ? modify(text, ['rules', change.rule], change.severity, options)
      : modify(text, ['rules'], { [change.rule]: change.severity }, options);
  }
  // A new file gets a final line break, like any text file an editor writes.
  if (text.trim() === '') return edits.map((edit) => ({ ...edit, content: `${edit.content}${formattingOf(text).eol}` }));
  return edits;
}

/** The file's indentation and line breaks, or two spaces and \n for a new file. */
function formattingOf(text: string): FormattingOptions & { eol: string } {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const indent = /^([ \t]+)\S/m.exec(text)?.[1];
  if (indent?.startsWith('\t')) return { tabSize: 4, insertSpaces: false, eol };
  return { tabSize: indent === undefined ? 2 : indent.length, insertSpaces: true, eol };
}
