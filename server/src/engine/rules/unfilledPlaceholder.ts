import { isQuoted } from '../checks/guards';
import { checkParagraphs } from '../checks/paragraphFindings';
import type { Letter, Paragraph } from '../structure/model';
import type { LetterText, LocalContext, RawFinding, Rule } from '../kit/rule';
import {
  BARE_SLOTS,
  EDITORIAL_NOTES,
  REPLACED_BY,
  MENTION_WORDS,
  SLOT_HEADS,
  SLOT_EMAIL_DOMAINS,
  SLOT_EMAIL_LOCALS,
  SLOT_ONLY_WORDS,
  SLOT_TALK,
  SLOT_WORDS,
  SPECIAL_TOKENS,
} from '../vocabulary/placeholders';

/**
 * Template slots: [Company Name], [X]%, <Company>, {{name}}, "Director at XXX". Our own patterns over prose only.
 * Brackets are a slot only when what they hold reads as one (`isSlot`): "[Remote, EU]", "[ML-4471]",
 * "[CLS]" and "[3]" belong to the text. Each pattern is linear: no nested or adjacent quantifiers.
 */
const SQUARE = /\[[^[\]\r\n]*\]/gu;
const ANGLE = /<[\p{L}][\p{L} /_-]{0,40}>/gu;
const DOUBLE_BRACES = /\{\{[^{}\r\n]{0,60}\}\}/gu;
const SINGLE_BRACES = /\{[\p{L}][\p{L} _-]{0,40}\}/gu;
const BARE = new RegExp(`\\b(?:${BARE_SLOTS.join('|')})\\b`, 'gu');
const INSERT = /\b(?:Insert|INSERT)\b/gu;
const BLANK = /_{3,}/gu;
/**
 * A phone number a template leaves: x's in a phone's shape ("xxx-xxx-xxxx", "(XXX) XXX-XXXX"),
 * the fictional area code 555 ("(555) 555-0100"), "123-456-7890", or one digit repeated
 * ("000-000-0000"). A real number has none of these shapes.
 */
const PHONE_SLOT =
  /(?<![\p{L}\p{N}])(?:\(?[xX]{3}\)?[ .-]?[xX]{3}[ .-][xX]{4}|\(?555\)?[ .-]?\d{3}[ .-]\d{4}|\(?123\)?[ .-]?456[ .-]7890|\(?(\d)\1\1\)?[ .-]?\1{3}[ .-]\1{4})(?![\p{L}\p{N}])/gu;
/** An e-mail address around its "@": the local part before it, the domain after it. */
const LOCAL_PART = /[\p{L}\p{N}._%+-]/u;
const DOMAIN_PART = /[\p{L}\p{N}.-]/u;
/** How far an address reaches on either side of its "@". */
const LOCAL_REACH = 64;
const DOMAIN_REACH = 253;
/** A date's format left for a date, alone on its line (perhaps after "Date:"): "YYYY-MM-DD", "MM/DD/YYYY". */
const DATE_SLOT =
  /^[ \t]*(?:Date:[ \t]*)?((?:YYYY|yyyy)[-/.](?:MM|mm)[-/.](?:DD|dd)|(?:MM|DD|mm|dd)[-/.](?:DD|MM|dd|mm)[-/.](?:YYYY|yyyy|YY|yy))[ \t]*$/gmu;
const EMAIL_DOMAINS = new Set(SLOT_EMAIL_DOMAINS);
const EMAIL_LOCALS = new Set(SLOT_EMAIL_LOCALS);
/** How far a quotation around a slot may reach on either side: a template's text quoted whole is longer than a phrase. */
const QUOTE_REACH = 200;

const SLOT = new Set(SLOT_WORDS);
const SLOT_ONLY = new Set(SLOT_ONLY_WORDS);
const EDITORIAL = new Set(EDITORIAL_NOTES);
const HEADS = new Set(SLOT_HEADS);
const SPECIAL = new Set(SPECIAL_TOKENS);
const MENTION = new Set(MENTION_WORDS);
/** How far around a slot the words that make it a mention are looked for. */
const MENTION_REACH = 120;
/** How far back on its line a square slot's talk is looked for. */
const SLOT_TALK_REACH = 60;
const TALK = SLOT_TALK.join('|');
/** Before a square slot: "…marker, such as [NAME] or ", "replaced by ", "swaps names for ". */
const TALK_BEFORE = new RegExp(
  `(?:\\b(?:${TALK})\\b[,:]?\\s*(?:(?:such as|like|e\\.g\\.|as)\\s*)?(?:\\[[^\\]\\n]*\\]\\s*(?:,|or|and)\\s*)*|\\b(?:${REPLACED_BY.join('|')})\\s+(?:\\p{L}+\\s+)?(?:by|with|for)\\s*)$`,
  'iu',
);
/** After a square slot: "[CUSTOMER] slots". */
const TALK_AFTER = new RegExp(`^\\s*(?:${TALK})\\b`, 'iu');
/** Words of the slot-only list that say nothing on their own. */
const FILLER = new Set(['the', 'a', 'an', 'of', 'or', 'and', 'for', 'with', 'at', 'in', 'e', 'g', 'here']);

/** Slots the front matter's `company` can fill. */
const COMPANY_SLOT =
  /^(?:\[|<|\{\{)\s*(?:company|company name|the company|companyname|company_name|organi[sz]ation|employer)\s*(?:,\s*e\.g\.[^\]>}]*)?(?:\]|>|\}\})$/i;

/** A task-list box ("- [x] done") looks like a slot but is not. */
const TASK_BOX = /^\[[ xX]\]$/;

/** A letter, digit or closing bracket right before an opening one: an index ("features[t+1]") or a type ("List<Double>"). */
const ATTACHED = /[\p{L}\p{N}_\])>]/u;

function wordsOf(content: string): string[] {
  return content.toLowerCase().match(/\p{L}+/gu) ?? [];
}

/**
 * What brackets hold reads as a slot: a slot word ("[Your Name]", "[COMPANY]"), only
 * slot-only words ("[Job Title]", "<Lab/Team>"), words ending in a slot's head ("<Internship
 * Title>"), a hint with an example ("[team, e.g. the search team]"), a capitalised word that is not a model's token ("[CONFERENCE]", not "[MASK]"), or,
 * in square brackets, a lower-case instruction ("[result with a number]") that is not an
 * editor's note ("[sic]"). In angle brackets, capitalised words are a slot ("<Venue>").
 */
function isSlot(content: string, square: boolean): boolean {
  const words = wordsOf(content);
  if (words.length === 0) return false;
  if (words.some((w) => SLOT.has(w)) || /\be\.g\.|\bi\.e\./i.test(content)) return true;
  if (words.every((w) => SLOT_ONLY.has(w)) && words.some((w) => !FILLER.has(w))) return true;
  if (/^[\p{L} ]+$/u.test(content) && HEADS.has(words[words.length - 1]!)) return true;
  if (/^[\p{Lu}_ ]+$/u.test(content) && words.some((w) => w.length >= 5) && !words.some((w) => SPECIAL.has(w))) return true;
  if (!square) return /^\p{Lu}/u.test(content) && words.some((w) => w.length >= 3);
  if (/[\p{Lu}\p{N}]/u.test(content)) return false;
  return words.some((w) => w.length >= 3) && !words.every((w) => EDITORIAL.has(w));
}

/** Greetings and titles: "Dear Mr XXX" is a slot, not a numeral in a name. */
const ADDRESS_WORDS = new Set(['dear', 'hi', 'hello', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'professor', 'sir', 'madam']);

/** Two capitalised words, neither a greeting or title, right before a bare XXX: a Roman numeral in a name ("Super Bowl XXX"). */
function numeralInName(before: string): boolean {
  const m = /(?:^|[\s(])(\p{Lu}\p{Ll}+)\s+(\p{Lu}\p{Ll}+)\s+$/u.exec(before);
  return !!m && !ADDRESS_WORDS.has(m[1]!.toLowerCase()) && !ADDRESS_WORDS.has(m[2]!.toLowerCase());
}

interface Slot {
  index: number;
  text: string;
}

function slotsIn(text: string, listItem: boolean): Slot[] {
  const slots: Slot[] = [];
  // Which characters a slot already covers: a bare word inside one ("[XXX]") is not a second slot.
  const covered = new Uint8Array(text.length);
  const push = (m: RegExpMatchArray, length = m[0].length) => {
    const index = m.index ?? 0;
    slots.push({ index, text: m[0].slice(0, length) });
    covered.fill(1, index, index + length);
  };
  const inside = (at: number) => covered[at] === 1;
  for (const m of text.matchAll(SQUARE)) {
    const at = m.index ?? 0;
    if (at > 0 && ATTACHED.test(text.charAt(at - 1))) continue;
    if ('(['.includes(text.charAt(at + m[0].length) || ' ')) continue; // a Markdown link
    if (listItem && at === 0 && TASK_BOX.test(m[0])) continue;
    if (isSlot(m[0].slice(1, -1), true)) push(m);
  }
  for (const m of text.matchAll(ANGLE)) {
    const at = m.index ?? 0;
    if (at > 0 && ATTACHED.test(text.charAt(at - 1))) continue;
    if (isSlot(m[0].slice(1, -1), false)) push(m);
  }
  for (const m of text.matchAll(DOUBLE_BRACES)) push(m);
  for (const m of text.matchAll(SINGLE_BRACES)) {
    const at = m.index ?? 0;
    if (text.charAt(at - 1) === '{' || text.charAt(at + m[0].length) === '}') continue;
    if (isSlot(m[0].slice(1, -1), false)) push(m);
  }
  // Before the bare x's, which would otherwise take "XXX" out of "(XXX) XXX-XXXX" on their own.
  for (const m of text.matchAll(PHONE_SLOT)) {
    // "read numbers back as xxx-xxx-xxxx": a format described, not a number left out.
    if (/\b(?:as|like|e\.g\.)\s*$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 8), m.index))) continue;
    push(m);
  }
  for (const m of text.matchAll(BARE)) {
    const at = m.index ?? 0;
    if (inside(at)) continue;
    if (/^XX/.test(m[0]) && /^\s+century/i.test(text.slice(at + m[0].length, at + m[0].length + 12))) continue; // a Roman numeral
    if (/^[-‐_]\p{L}/u.test(text.slice(at + m[0].length, at + m[0].length + 2))) continue; // part of a compound: "XXX-rated", "feat_XXX_v2"
    if (numeralInName(text.slice(Math.max(0, at - 40), at))) continue;
    push(m);
  }
  for (const m of text.matchAll(INSERT)) {
    const at = m.index ?? 0;
    if (inside(at)) continue;
    // "Insert company name here": the instruction and the slot words after it, up to three.
    const after = /^(?:\s+[\p{L}]+){1,3}/u.exec(text.slice(at + m[0].length, at + m[0].length + 60));
    const words = after ? wordsOf(after[0]) : [];
    let last = -1;
    words.forEach((w, k) => {
      if (SLOT.has(w) || (SLOT_ONLY.has(w) && !FILLER.has(w))) last = k;
    });
    if (last < 0) continue;
    const span = /^(?:\s+[\p{L}]+)/u;
    let length = m[0].length;
    for (let k = 0; k <= last; k++) length += span.exec(text.slice(at + length, at + length + 60))![0].length;
    push(m, length);
    slots[slots.length - 1]!.text = text.slice(at, at + length);
  }
  for (const m of text.matchAll(BLANK)) {
    if (!inside(m.index ?? 0)) push(m);
  }
  for (const m of text.matchAll(DATE_SLOT)) {
    const at = (m.index ?? 0) + m[0].indexOf(m[1]!);
    if (!inside(at)) {
      slots.push({ index: at, text: m[1]! });
      covered.fill(1, at, at + m[1]!.length);
    }
  }
  // Brackets that hold slot words are slots even beside template talk; bare, angle and brace slots may be a syntax being discussed.
  const discussed = (slot: Slot) =>
    slot.text.startsWith('[')
      ? talkedOf(text, slot.index, slot.index + slot.text.length)
      : mentioned(text, slot.index, slot.index + slot.text.length);
  return slots
    .filter((slot) => !isQuoted(text, slot.index, slot.index + slot.text.length, QUOTE_REACH) && !discussed(slot))
    .sort((a, b) => a.index - b.index);
}

/** Words around the slot, on its line and outside it, say it is template syntax or a data code being talked about. */
function mentioned(text: string, at: number, end: number): boolean {
  const window = text.slice(Math.max(0, at - MENTION_REACH), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  const ahead = text.slice(end, end + MENTION_REACH);
  const after = ahead.includes('\n') ? ahead.slice(0, ahead.indexOf('\n')) : ahead;
  return wordsOf(`${before} ${after}`).some((w) => MENTION.has(w));
}

/** Slot talk right beside a square slot, on its line: "[CUSTOMER] slots", "replaced by [NAME]", "markers such as [NAME] or [DATE]". */
function talkedOf(text: string, at: number, end: number): boolean {
  const window = text.slice(Math.max(0, at - SLOT_TALK_REACH), at);
  const before = window.slice(window.lastIndexOf('\n') + 1);
  return TALK_BEFORE.test(before) || TALK_AFTER.test(text.slice(end, end + 20));
}

export const unfilledPlaceholder: Rule = {
  id: 'unfilled-placeholder',
  name: 'Unfilled placeholder',
  defaultSeverity: 'error',
  summary:
    'Template leftovers: "[Company Name]", "[X]%", "[Your Name]", "<Company>", "{{...}}", "XXX", "Insert company name", "xxx-xxx-xxxx", "name@example.com".',
  explanation:
    'A placeholder left in a sent letter tells the reader it was mass-produced, and ends the application. ' + 'Fill every slot before you send.',
  example: { before: 'I’m drawn to [Company Name] because of its work on search.', after: 'I’m drawn to Northwind because of its work on search.' },
  examples: {
    flagged: [
      'I’m drawn to ⟦[Company Name]⟧ because of its search work.',
      'I improved accuracy by ⟦[X]⟧%.',
      'Best,\n⟦[Your Name]⟧',
      'Dear ⟦<Hiring Manager>⟧,',
      'Hello ⟦{{first_name}}⟧,',
      'Since ⟦[DATE]⟧ I have run the pricing models at ⟦[COMPANY]⟧.',
      'I cut serving cost by ⟦XX⟧% at my last employer.',
      'I would bring the same care to ⟦<Team/Lab>⟧ and its readers.',
      '⟦Insert company name⟧ here has the data problem I solved at Northwind.',
      'At Northwind I built ⟦[what you built]⟧, which ⟦[result with a number]⟧.',
      'You can reach me on ⟦(xxx) xxx-xxxx⟧ or at ⟦firstname.lastname@gmail.com⟧.',
      'Former colleagues will vouch for me; write to ⟦name@example.com⟧ or call ⟦555-201-4477⟧.',
      'Date: ⟦YYYY-MM-DD⟧',
    ],
    fixed: [
      {
        before: '---\ncompany: Northwind\n---\n\nI’m drawn to [Company Name] because of its search work.',
        after: '---\ncompany: Northwind\n---\n\nI’m drawn to Northwind because of its search work.',
      },
    ],
    clean: [
      'I built the mail check that stops any letter still containing [Customer Name] from going out.',
      'The form letters used [CUSTOMER] slots, and my script caught 1,200 that went out unfilled.',
      'Names in the transcripts were replaced by <NAME>, and the classifier kept its accuracy.',
      'Super Bowl XXX viewership was the oldest season in the ratings model I built.',
      'The XXX-rated content filter I trained blocks 98% of explicit uploads.',
      'I’m drawn to Northwind because of its search work.',
      'See [our paper](https://example.com/paper) on retrieval.',
      'The array [1] holds the index.',
      'Your Senior Data Scientist [Hybrid, London] posting asks for the forecasting work I led.',
      'I fixed the tokenizer bug your tracker lists as [NLP-2231] in our own fork.',
      'I pooled the [CLS] vector and dropped the [SEP] token before the classifier head.',
      'I swapped Map<String, Float> for a flat array and cut heap use in half.',
      'The leak came from rows[i+1], which held the next day’s label.',
      'My thesis [PDF] and the two papers it builds on [4, 7] are linked below.',
      'The reviewer wrote that it was “clear [sic] and useful”.',
      'My render check stopped the emails that went out reading "Dear [First Name]" to 9,000 customers.',
      'The Jinja templates I wrote fail the build if any {{ field }} is left unrendered.',
      'I cleaned 30,000 supplier records where XXX had been used as a missing-value code.',
      'I designed the masking tokens in our logs, such as <user> and <email>, to keep personal data out of training.',
      'You can reach me on (415) 555-0123 or 212-867-5309, or at priya.nair@gmail.com.',
      'Write to me at jdoe@mail.com or call +44 20 7946 0958.',
      'I normalised every date to YYYY-MM-DD before the join, and the duplicates went away.',
      'The sign-up validator I wrote rejects dummy addresses such as name@example.com.',
      'Our support line, 800-555-0199, took 4,000 calls in the first week.',
      'Dana Ortiz · dana@example.com · Austin, TX',
    ],
  },
  // E-mail addresses are blanked in the masked text, and one ending a line lies outside every paragraph
  // ("Email: name@example.com"): they are looked for in the letter's text; the other slots per paragraph.
  check: (letter, context) => [...checkParagraphs(unfilledPlaceholder.id, paragraphSlots, letter, context), ...emailSlots(letter)],
};

function finding(offset: number, text: string, company: string | undefined): RawFinding {
  const fill = company && COMPANY_SLOT.test(text) ? company : undefined;
  return {
    offset,
    length: text.length,
    message: `“${text}” is a template placeholder; fill it in before sending.`,
    fixes: fill ? [{ title: `Fill in “${fill}”`, edits: [{ offset, length: text.length, newText: fill }] }] : [],
  };
}

function paragraphSlots(paragraph: Paragraph, letter: LetterText, context: LocalContext): RawFinding[] {
  const text = letter.masked.slice(paragraph.start, paragraph.end);
  return slotsIn(text, paragraph.kind === 'listItem').map((slot) => finding(paragraph.start + slot.index, slot.text, context.company));
}

/**
 * E-mail addresses that name their slot ("name@example.com", "your.name@gmail.com",
 * "jane@yourdomain.com") in the letter's prose: not in the front matter, a code span or
 * block, or a link's target, and not talked about as test data. Found from each "@",
 * so a letter is read once.
 */
function emailSlots(letter: Letter): RawFinding[] {
  const text = letter.text;
  const findings: RawFinding[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < LOCAL_REACH && LOCAL_PART.test(text.charAt(start - 1))) start--;
    let end = at + 1;
    while (end < text.length && end - at < DOMAIN_REACH && DOMAIN_PART.test(text.charAt(end))) end++;
    while (end > at + 1 && /[.-]/.test(text.charAt(end - 1))) end--; // the full stop ending a sentence
    const local = text.slice(start, at).toLowerCase();
    const domain = text.slice(at + 1, end).toLowerCase();
    if (!local || !domain.includes('.') || !(EMAIL_LOCALS.has(local) || EMAIL_DOMAINS.has(domain))) continue;
    // "addresses like name@example.com": an example given, not an address left for the writer.
    if (/\b(?:as|like|e\.g\.)\s*$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (!inProse(letter, start) || mentioned(text, start, end) || isQuoted(text, start, end, QUOTE_REACH)) continue;
    findings.push(finding(start, text.slice(start, end), undefined));
  }
  return findings;
}

/** Outside the front matter, code and link targets: where the writer's own words are. */
function inProse(letter: Letter, start: number): boolean {
  if (letter.frontMatter && start < letter.frontMatter.end) return false;
  const text = letter.text;
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const before = text.slice(lineStart, start);
  if (/mailto:$|\]\($/i.test(before)) return false; // a link's target
  if (letter.format !== 'markdown') return true;
  if (/^(?: {4}|\t)/.test(before) || (before.split('`').length - 1) % 2 === 1) return false; // indented code, a code span
  if (/^\s*<!--/.test(before) || before.includes('<!--')) return false; // a comment
  // Inside a fenced block when an odd number of fences open lines before it.
  const fences = text.slice(0, lineStart).match(/^[ \t]*(?:```|~~~)/gm);
  return (fences?.length ?? 0) % 2 === 0;
}
