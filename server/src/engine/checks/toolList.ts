/**
 * Lists of tools: a sentence that names several tools side by side, with no
 * work done with them. A list is three names or more joined only by commas,
 * slashes, brackets or "and", or four names anywhere in the sentence. A verb of
 * work with a real object ("I rebuilt the feature pipeline on…") or a figure
 * with a word of result ("38% lower serving cost") turns the names into a
 * story, and the sentence is not flagged.
 */
import type { Sentence } from '../structure/model';
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Token } from '../text/tokens';
import { compilePhrases, findPhrases, type PhraseEntry, type PhraseMatch } from '../text/phrases';
import {
  ABILITY_MODALS,
  BE_FORMS,
  GENERIC_WORK_OBJECTS,
  LEARNING_VERBS,
  LIST_JOINERS,
  NOT_DONE_BEFORE,
  NOT_TOOL_WORK,
  RESULT_WORDS,
  TOOL_WORK_VERBS,
  TOOLS_AS_OBJECT,
} from '../vocabulary/toolWork';
import { hasFigure } from '../structure/quantities';
import { sentencesOf, type Scope } from './scope';
import { templateFix, type SentenceTemplate } from './templates';

export interface ToolListOptions {
  tools: readonly PhraseEntry[];
  /** Names in a row that make a list. */
  inARow: number;
  /** Names anywhere in a sentence that make a list. */
  atLeast: number;
  scope?: Scope;
  message: (tools: string[]) => string;
  sentenceTemplate?: SentenceTemplate;
}

const WORK = compilePhrases([...TOOL_WORK_VERBS, ...NOT_TOOL_WORK]);
const WORK_ENTRIES = new Set<PhraseEntry>(TOOL_WORK_VERBS);
const RESULTS = compilePhrases(RESULT_WORDS);
/** Tokens between a tool and a verb of work beyond which they are not one story. */
const STORY_WINDOW = 20;
const GENERIC = new Set(GENERIC_WORK_OBJECTS);
const JOINERS = new Set(LIST_JOINERS);
const NOT_DONE = new Set(NOT_DONE_BEFORE);
const MODALS = new Set(ABILITY_MODALS);
const LEARNING = new Set(LEARNING_VERBS);
const BE = new Set(BE_FORMS);
const OWN_OBJECT = new Set(TOOLS_AS_OBJECT);
/** Words after a verb of work looked at for its object: "built [a few small] projects". */
const OBJECT_WINDOW = 3;

export function toolListCheck(options: ToolListOptions): ParagraphCheck {
  const tools = compilePhrases(options.tools);
  return (paragraph, { text }, context) => {
    const findings: RawFinding[] = [];
    for (const sentence of sentencesOf(paragraph, options.scope ?? 'body')) {
      const all = findPhrases(sentence.tokens, tools);
      const found = distinct(all);
      if (found.length < Math.min(options.inARow, options.atLeast)) continue;
      if (found.length < options.atLeast && longestRun(all, text) < options.inARow) continue;
      if (tellsWork(sentence, found) || tellsResult(sentence, text)) continue;
      findings.push({
        offset: sentence.start,
        length: sentence.end - sentence.start,
        message: options.message(found.map((m) => text.slice(m.start, m.end))),
        fixes: options.sentenceTemplate ? [templateFix(sentence, options.sentenceTemplate, context)] : [],
      });
    }
    return findings;
  };
}

/** The first match of each vocabulary entry, in order. */
function distinct(matches: readonly PhraseMatch[]): PhraseMatch[] {
  const seen = new Set<PhraseEntry>();
  return matches.filter((m) => !seen.has(m.entry) && seen.add(m.entry));
}

/**
 * The most distinct names in a row with only list punctuation and joining
 * words between them; a name said twice ("C, C++, Java") stays in the row.
 */
function longestRun(matches: readonly PhraseMatch[], text: string): number {
  let best = 1;
  let run = new Set<PhraseEntry>(matches.slice(0, 1).map((m) => m.entry));
  for (let k = 1; k < matches.length; k++) {
    if (!joinsList(text.slice(matches[k - 1]!.end, matches[k]!.start))) run = new Set();
    run.add(matches[k]!.entry);
    best = Math.max(best, run.size);
  }
  return best;
}

function joinsList(between: string): boolean {
  if (between.length > 40) return false;
  const words = between.split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  if (words.every((w) => JOINERS.has(w.toLowerCase()))) return true;
  // A name the list does not know, standing as an item of its own: "Java, Spring, Hibernate and Maven".
  const items = between.split(/[,;/|·]/).map((item) =>
    item
      .trim()
      .split(/\s+/)
      .filter((w) => w !== '' && !JOINERS.has(w.toLowerCase())),
  );
  return items.length >= 3 && items.every((item) => item.length === 0 || (item.length === 1 && /^\p{Lu}/u.test(item[0]!)));
}

/**
 * A verb of work, done (not "able to build", "can deploy"), whose object is a
 * real thing (not "projects", "apps" or "many teams"), near a tool: "Our stack
 * is FAISS, Redis and FastAPI, and I wrote every line of the ranking layer".
 */
function tellsWork(sentence: Sentence, tools: readonly PhraseMatch[]): boolean {
  const { tokens } = sentence;
  let next = 0;
  return findPhrases(tokens, WORK).some((m) => {
    if (!WORK_ENTRIES.has(m.entry) || !isDone(tokens, m.from)) return false;
    const toolsAreObject = OWN_OBJECT.has(tokens[m.from]!.norm);
    if (!toolsAreObject && tokens.slice(m.to, m.to + OBJECT_WINDOW).some((t) => GENERIC.has(t.norm))) return false;
    while (next < tools.length && tools[next]!.to <= m.from) next++;
    const before = tools[next - 1];
    const after = tools[next];
    return (before !== undefined && m.from - before.to <= STORY_WINDOW) || (after !== undefined && after.from - m.to <= STORY_WINDOW);
  });
}

function isDone(tokens: readonly Token[], at: number): boolean {
  const before = tokens[at - 1]?.norm;
  if (before !== undefined && MODALS.has(before)) return false;
  // "I have been trained on SAS and SPSS": a course, not work.
  if (before !== undefined && BE.has(before) && LEARNING.has(tokens[at]!.norm)) return false;
  return !(before === 'to' && NOT_DONE.has(tokens[at - 2]?.norm ?? ''));
}

/** A figure with a word of result: "Stack: Python, PyTorch, Triton; result: 38% lower serving cost." */
function tellsResult(sentence: Sentence, text: string): boolean {
  return hasFigure(sentence, text) && findPhrases(sentence.tokens, RESULTS).length > 0;
}
