import { companyMentions, companyName, type CompanyName } from '../checks/companyName';
import type { Paragraph, Sentence } from '../structure/model';
import { FACTS, IN_CONTEXT, remember, rememberInContext } from '../structure/memo';
import { isWholeLetter, letterAnchor } from '../structure/sections';
import { compilePhrases, findPhrases } from '../text/phrases';
import type { Token } from '../text/tokens';
import { withoutPossessive } from '../text/tokens';
import {
  COMPANY_WORK,
  GENERIC_TEAM_WORDS,
  NAMED_WORK,
  NOT_THEIR_WORK_ING,
  TEAM_MEDIA_REFERENCES,
  PUBLISH_VERBS,
  TEAM_REFERENCES,
  THEIR_AUTHORS,
  THEIR_MEDIA,
} from '../vocabulary/tailoring';
import { inflections } from '../text/inflections';
import type { Rule } from '../kit/rule';

const REFERENCES = compilePhrases(TEAM_REFERENCES);
const MEDIA_ENTRIES = new Set(TEAM_MEDIA_REFERENCES);
const GENERIC = new Set(GENERIC_TEAM_WORDS);
const THEIR_WORK = new Set(COMPANY_WORK);
const MEDIA = new Set(THEIR_MEDIA.split('|'));
const NOT_WORK_ING = new Set(NOT_THEIR_WORK_ING);
const NAMED = new Set(NAMED_WORK);
const AUTHORS = new Set(THEIR_AUTHORS);
const PUBLISHED = new Set(PUBLISH_VERBS.flatMap((verb) => inflections(verb.replace(/~$/, '').replace(/-/g, ''))));
/** How many words may stand between a name's possessive and its work ("Stonebridge Mutual's annual report"). */
const MODIFIERS = 3;
/** A template slot the writer has not filled: "your work in [specific area]" says nothing yet. */
const SLOT = /\[[^\]\r\n]*\p{L}[^\]\r\n]*\]|\{\{|<[A-Z][\p{L} ]*>/u;

export const noTeamSpecificDetail: Rule = {
  id: 'no-team-specific-detail',
  name: 'Nothing about the team',
  defaultSeverity: 'information',
  summary:
    'Nothing specific to the team: a named post, paper, talk, report, product, plan or initiative of theirs, or a problem their posting names. ' +
    '"Your company" or "your team" alone is not specific, nor a slot left unfilled.',
  explanation:
    'A line that shows you read their engineering blog, their posting or a recent talk is the cheapest credibility in the letter, ' +
    'and the clearest sign it was written for them.',
  example: {
    before: 'I would be glad to contribute to your company.',
    after: 'Your post on hybrid retrieval at 40 ms p99 is the design space I have been shipping in.',
  },
  examples: {
    flagged: [
      '⟦I own the ranking model at Lumen.⟧\n\nI shipped three versions this year.\n\nCould we talk next week?',
      // Naming the company is not yet saying anything about its work.
      '---\ncompany: Northwind Analytics\n---\n\n⟦I own the ranking model at Lumen.⟧\n\nI want to join Northwind next.\n\nCould we talk next week?',
      '⟦Dear Hiring Team,⟧\n\nI own the ranking model at Lumen.\n\nI saw your job post on LinkedIn and I admire your company.\n\nCould we talk next week?',
      '⟦Dear Ms. Okafor,⟧\n\nI own the ranking model at Lumen.\n\nI am drawn to your work in [specific area].\n\nCould we talk next week?',
      '⟦Dear Ms. Okafor,⟧\n\nI own the ranking model at Lumen.\n\nIn my free time I read blogs and papers about machine learning.\n\nCould we talk next week?',
    ],
    clean: [
      'I own the ranking model at Lumen.\n\nYour posting mentions cost pressure on the EU surface.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nI read your paper on hybrid retrieval.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nYour payments team wrote in March that false declines cost more than fraud.\n\nCould we talk next week?',
      '---\ncompany: Northwind Analytics\n---\n\nI own the ranking model at Lumen.\n\nNorthwind’s winter catalogue post on returns is what I build for.\n\nCould we talk next week?',
      '---\ncompany: Quillstack\n---\n\nI own the ranking model at Lumen.\n\nQuillstack is adding semantic search to its docs, which I have built before.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nCarrow Health’s MIDL paper on calibration is close to a problem I hit.\n\nCould we talk next week?',
      'I own the ranking model at Lumen.\n\nWhen Stripe Radar’s team wrote about moving card testing to boosted trees, I knew the problem.\n\nCould we talk next week?',
    ],
  },
  check: (letter, context) => {
    if (!isWholeLetter(letter)) return [];
    if (letter.body.some((p) => remember(p, FACTS.teamDetail, () => p.sentences.some((s) => refersToTheirWork(s, letter.masked))))) return [];
    const name = context.company ? companyName(context.company) : undefined;
    if (
      name &&
      letter.body.some((p) => rememberInContext(p, context.localId, IN_CONTEXT.namesTheirWork, () => namesTheirWork(p, name, letter.masked)))
    )
      return [];
    const duties = context.job?.description.terms.filter((t) => t.kind === 'duty').map((t) => t.label) ?? [];
    if (context.job && context.job.match.matched.some((m) => duties.includes(m))) return [];
    const at = letterAnchor(letter);
    return at
      ? [{ ...at, message: 'Nothing here is specific to this team; mention their product, a post or talk of theirs, or a problem from the posting.' }]
      : [];
  },
};

/** The sentence refers to the team's own work, and not through a slot left unfilled. */
function refersToTheirWork(sentence: Sentence, masked: string): boolean {
  if (SLOT.test(masked.slice(sentence.start, sentence.end))) return false;
  const tokens = sentence.tokens;
  const referenced = findPhrases(tokens, REFERENCES).some(
    (m) => !MEDIA_ENTRIES.has(m.entry) || !tokens.slice(m.from, m.to).some((t) => GENERIC.has(withoutPossessive(t.norm))),
  );
  return referenced || namedMedia(tokens, masked) || namedThing(tokens);
}

/** "your Atlas platform", "their Payments team": a thing of theirs called by its name (not an acronym such as ML or AI). */
function namedThing(tokens: readonly Token[]): boolean {
  return tokens.some((t, i) => {
    if (t.norm !== 'your' && t.norm !== 'their') return false;
    let k = i + 1;
    while (k < tokens.length && k <= i + MODIFIERS && /^\p{Lu}\p{Ll}/u.test(tokens[k]!.raw) && !GENERIC.has(tokens[k]!.norm)) k++;
    return k > i + 1 && NAMED.has(withoutPossessive(tokens[k]?.norm ?? ''));
  });
}

/**
 * "Carrow Health's MIDL paper", "Kelpie Robotics' talk", "the Ledgerline team's
 * post": a name's possessive, then within a few words something they published.
 */
function namedMedia(tokens: readonly Token[], masked: string): boolean {
  return tokens.some(
    (_, i) => isNamePossessive(tokens, i, masked) && (following(tokens, i + 1).some((u) => MEDIA.has(u.norm)) || publishedBy(tokens, i + 1)),
  );
}

/** "Stripe Radar's team wrote about…": the named organisation's people, then what they published. */
function publishedBy(tokens: readonly Token[], from: number): boolean {
  const after = following(tokens, from);
  const author = after.findIndex((u) => AUTHORS.has(u.norm));
  return author >= 0 && following(tokens, from + author + 1).some((u) => PUBLISHED.has(u.norm));
}

/** Words written capitalised at the start of a sentence that are not names ("My team's paper"). */
const NOT_NAMES = new Set(['my', 'our', 'the', 'a', 'an', 'this', 'that', 'his', 'her', 'its', 'your', 'their', 'one']);

function isNamePossessive(tokens: readonly Token[], i: number, masked: string): boolean {
  const t = tokens[i]!;
  if (!isPossessive(t, masked)) return false;
  const name = (u: Token | undefined): boolean => u !== undefined && /^\p{Lu}/u.test(u.raw) && !NOT_NAMES.has(u.norm);
  return name(t) || (/^(?:team|teams|group|lab)'?s?$/.test(t.norm) && name(tokens[i - 1]));
}

function following(tokens: readonly Token[], from: number): readonly Token[] {
  return tokens.slice(from, from + MODIFIERS + 1);
}

/**
 * "Northwind's platform", "Stonebridge Mutual's annual report", "Quillstack is
 * adding semantic search": the company named with something of theirs, or with
 * what it is doing (other than hiring).
 */
function namesTheirWork(paragraph: Paragraph, name: CompanyName, masked: string): boolean {
  return paragraph.sentences.some((s) =>
    companyMentions(s.tokens, name).some((after) => {
      const possessive = isPossessive(s.tokens[after - 1], masked);
      if (possessive && following(s.tokens, after).some((u) => THEIR_WORK.has(withoutPossessive(u.norm)))) return true;
      return doing(s.tokens, after);
    }),
  );
}

function isPossessive(t: Token | undefined, masked: string): boolean {
  // The token's own form: a contraction ("It's") is read as its words, which hold no possessive.
  return t !== undefined && (t.norm.endsWith("'s") || (t.norm.endsWith('s') && /['’]/u.test(masked.charAt(t.end))));
}

/** "is adding", "are moving", "has been rebuilding", "plans to launch", "recently launched". */
function doing(tokens: readonly Token[], at: number): boolean {
  const words = tokens.slice(at, at + 3).map((t) => t.norm);
  if (words[0] === 'plans' || words[0] === 'recently' || (words[0] === 'just' && /ed$/.test(words[1] ?? ''))) return true;
  if (words[0] !== 'is' && words[0] !== 'are' && words[0] !== 'has' && words[0] !== 'have') return false;
  const verb = words[1] === 'been' ? words[2] : words[1];
  return verb !== undefined && /ing$/.test(verb) && !NOT_WORK_ING.has(verb);
}
