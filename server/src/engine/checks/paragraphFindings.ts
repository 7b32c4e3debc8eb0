/**
 * Running a paragraph check over a letter, remembering each paragraph's
 * findings by its content key and the local context. Findings are stored with
 * offsets relative to the paragraph's start and placed again on every use, so
 * a paragraph that moved (text typed above it) is not checked again.
 */
import { createCache } from '../memory/caches';
import type { Letter } from '../structure/model';
import { findingsSlot, rememberInContext } from '../structure/memo';
import type { Fix } from '../types';
import type { CheckContext, LocalContext, ParagraphCheck, RawFinding } from '../kit/rule';

const NONE: readonly RawFinding[] = Object.freeze([]);

/** The findings of `check` (known by `id`) in every paragraph of the letter, in order. */
export function checkParagraphs(id: string, check: ParagraphCheck, letter: Letter, context: CheckContext): RawFinding[] {
  const findings: RawFinding[] = [];
  for (const paragraph of letter.paragraphs) {
    const relative = rememberInContext(paragraph, context.localId, findingsSlot<readonly RawFinding[]>(id), () =>
      shifted(check(paragraph, letter, context), -paragraph.start),
    );
    if (relative.length) findings.push(...shifted(relative, paragraph.start));
  }
  return findings;
}

function shifted(findings: readonly RawFinding[], by: number): readonly RawFinding[] {
  if (findings.length === 0) return NONE;
  return findings.map((f) => ({ ...f, offset: f.offset + by, fixes: (f.fixes ?? []).map((fix) => shiftFix(fix, by)) }));
}

function shiftFix(fix: Fix, by: number): Fix {
  return { ...fix, edits: fix.edits.map((e) => ({ ...e, offset: e.offset + by })) };
}

/** Identifies a local context by value: equal settings share remembered findings. */
const contextIds = createCache<string, number>('localContexts');
const dictionaryIds = new WeakMap<object, number>();
let nextId = 1;

export function localContextId(context: LocalContext): number {
  let dictionary = 0;
  if (context.spelling) {
    dictionary = dictionaryIds.get(context.spelling) ?? nextId++;
    dictionaryIds.set(context.spelling, dictionary);
  }
  const key = JSON.stringify([context.company, context.industry, context.phrases, context.words, dictionary]);
  let id = contextIds.get(key);
  if (id === undefined) {
    id = nextId++;
    contextIds.set(key, id);
  }
  return id;
}
