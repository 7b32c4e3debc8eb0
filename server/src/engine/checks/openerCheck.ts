/**
 * The opener check: in the first body paragraph, flags each sentence that
 * announces the application in a stock way, from a phrase list, and a first
 * sentence that is a bare announcement ("I am applying for the X role at your
 * company.") saying nothing past the role and where it was seen.
 */
import type { ParagraphCheck, RawFinding } from '../kit/rule';
import type { Sentence } from '../structure/model';
import type { OpenerEntry } from '../vocabulary/openers';
import { compilePhrases, findPhrases } from '../text/phrases';
import type { Token } from '../text/tokens';
import type { SentenceTemplate } from './templates';
import { templateFix } from './templates';

export interface BareAnnouncement {
  triggers: readonly string[];
  linkers: readonly string[];
  /** Words that take the job as their object ("Seeking the … role"), followed by one of `determiners`. */
  directTriggers: readonly string[];
  determiners: readonly string[];
  roleNouns: readonly string[];
  genericTail: readonly string[];
  /** Words before the announcement that give the reason for it ("is the reason I am applying", "because"). */
  reasonWords: readonly string[];
}

/** "I am Kofi, a career changer…", "Myself Rahul, a B.Tech graduate", "This is Anna from Leeds": the writer's name as the news. */
export interface SelfIntroduction {
  /** How the sentence starts, word by word ("i am", "this is", "myself"). */
  leads: readonly string[];
  /** Greetings that may come first ("Hi, I'm Marco and…"). */
  greetings: readonly string[];
  /** Words that may follow the name ("from", "a", "an"); a comma after the name also does. */
  follow: readonly string[];
}

export interface OpenerCheckOptions {
  entries: readonly OpenerEntry[];
  /** Words that name a referral ("suggested", "recommended", "referred"). */
  referralWords: readonly string[];
  /** Words that show a sentence is about the job (for entries marked `needsJobWord`). */
  jobWords: readonly string[];
  bare: BareAnnouncement;
  selfIntroduction: SelfIntroduction;
  /** `{phrase}` stands for the words as written. */
  message: string;
  removeSentenceTitle: string;
  template: SentenceTemplate;
}

/** How many words may stand before the announcement ("As a recent graduate, I am applying…") for it to be the sentence's point. */
const PREFIX_WORDS = 10;

/** How far after the trigger the role may be named ("for the Senior Machine Learning Engineer role"). */
const ROLE_WINDOW = 10;

export function openerCheck(options: OpenerCheckOptions): ParagraphCheck {
  const phrases = compilePhrases(options.entries);
  const triggers = new Set(options.bare.triggers);
  const linkers = new Set(options.bare.linkers);
  const roles = new Set(options.bare.roleNouns);
  const tail = new Set(options.bare.genericTail);
  const referral = new Set(options.referralWords);
  const reasons = new Set(options.bare.reasonWords);
  const jobWords = new Set(options.jobWords);
  const direct = new Set(options.bare.directTriggers);
  const determiners = new Set(options.bare.determiners);
  const leads = options.selfIntroduction.leads.map((l) => l.split(' '));
  const follow = new Set(options.selfIntroduction.follow);
  const greetings = new Set(options.selfIntroduction.greetings);

  /** The span of a self-introduction by name at the start of the sentence, if it is one. */
  const introducesByName = (tokens: readonly Token[], text: string): [number, number] | undefined => {
    const greeted = tokens.length > 0 && greetings.has(tokens[0]!.norm) ? 1 : 0;
    for (const lead of leads) {
      if (!lead.every((w, k) => tokens[greeted + k]?.norm === w)) continue;
      let k = greeted + lead.length;
      const first = k;
      while (k < tokens.length && k < first + 3 && isName(tokens[k]!)) k++;
      if (k === first) return undefined;
      const next = tokens[k];
      const gap = next ? text.slice(tokens[k - 1]!.end, next.start) : '';
      const joined = follow.has(next?.norm ?? '') || (greeted > 0 && next?.norm === 'and');
      const named = !next || (/,/.test(gap) && (joined || next.norm === 'and')) || (!/[^\s]/.test(gap) && joined);
      return named ? [tokens[0]!.start, tokens[k - 1]!.end] : undefined;
    }
    return undefined;
  };

  /** The span of a bare announcement in the sentence, if it is one. */
  const bareAnnouncement = (tokens: readonly Token[]): [number, number] | undefined => {
    for (let i = 0; i + 1 < tokens.length; i++) {
      const trigger = tokens[i]!.norm;
      const linked = triggers.has(trigger) && linkers.has(tokens[i + 1]!.norm);
      if (!linked && !(direct.has(trigger) && determiners.has(tokens[i + 1]!.norm))) continue;
      // "Your team's talk at PyData is the reason I am applying for…": what comes first already says why.
      if (i > PREFIX_WORDS || tokens.slice(0, i).some((t) => reasons.has(t.norm) || /\d/.test(t.norm))) return undefined;
      let role = -1;
      for (let k = i + 2; k < Math.min(tokens.length, i + 2 + ROLE_WINDOW); k++) {
        if (roles.has(tokens[k]!.norm)) {
          role = k;
          break;
        }
      }
      if (role < 0) continue;
      // Past the role, only where the job is or where it was seen: still the stock line.
      const rest = tokens.slice(role + 1);
      // A reference number ("ref. 4471") or a date says no more than where the job was seen.
      const specific = rest.some((t) => !tail.has(t.norm) && !isCapitalised(t) && !/\d/.test(t.norm)) || namesATeam(rest, tail);
      // The first announcement decides: reading on from each would take time growing with the square of the sentence.
      return specific ? undefined : [tokens[0]!.start, tokens[role]!.end];
    }
    return undefined;
  };

  return (paragraph, { text }, context) => {
    if (!paragraph.opensBody) return [];
    const findings: RawFinding[] = [];
    for (const [index, sentence] of paragraph.sentences.entries()) {
      const referred = sentence.tokens.some((t) => referral.has(t.norm));
      const aboutTheJob = sentence.tokens.some((t) => jobWords.has(t.norm));
      const match = findPhrases(sentence.tokens, phrases).find(
        (m) => !(m.entry.unlessReferral && referred) && !(m.entry.needsJobWord && !aboutTheJob),
      );
      // Naming the role after a first sentence that already makes the case is fine; only as the first line is it the stock opening.
      const span = match
        ? ([match.start, match.end] as const)
        : (introducesByName(sentence.tokens, text) ?? (index === 0 ? bareAnnouncement(sentence.tokens) : undefined));
      if (!span) continue;
      findings.push({
        offset: sentence.start,
        length: sentence.end - sentence.start,
        message: options.message.replace('{phrase}', () => text.slice(span[0], span[1])),
        fixes: [removeSentence(text, sentence, options.removeSentenceTitle), templateFix(sentence, options.template, context)],
      });
    }
    return findings;
  };
}

/** A capitalised word that could be a name: not "I", not a possessive ("Lumen's"), not a contraction. */
function isName(token: Token): boolean {
  return isCapitalised(token) && token.norm !== 'i' && !/['’]/.test(token.raw) && !/\d/.test(token.raw);
}

function isCapitalised(token: Token): boolean {
  return /^\p{Lu}/u.test(token.raw);
}

/** "on your Search team": a capitalised name before "team" is a specific team, not the company at large. */
function namesATeam(tokens: readonly Token[], generic: ReadonlySet<string>): boolean {
  return tokens.some((t, k) => k > 0 && ['team', 'group', 'lab', 'squad'].includes(t.norm) && !generic.has(tokens[k - 1]!.norm));
}

/** Deletes a sentence with the space after it, so the next sentence moves up cleanly. */
function removeSentence(
  text: string,
  sentence: Sentence,
  title: string,
): { title: string; edits: Array<{ offset: number; length: number; newText: string }> } {
  let end = sentence.end;
  while (text.charAt(end) === ' ' || text.charAt(end) === '\t') end++;
  return { title, edits: [{ offset: sentence.start, length: end - sentence.start, newText: '' }] };
}
