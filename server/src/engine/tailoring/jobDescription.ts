/**
 * What a job description asks for: its tools, the metrics the team cares about,
 * its duties and pains, the role and the company. Read with the same machinery
 * as a letter, and remembered by text, since it changes far less often.
 */
import { compilePhrases, findPhrases, mentions } from '../text/phrases';
import { createCache } from '../memory/caches';
import { parseLetter } from '../structure/letter';
import type { Letter, Sentence } from '../structure/model';
import { TOOLS } from '../vocabulary/terms';
import { JOB_METRICS, PAIN_MARKERS } from '../vocabulary/tailoring';
import { stemOf } from './stems';

export type JobTermKind = 'tool' | 'metric' | 'duty';

export interface JobTerm {
  /** As the description writes it. */
  label: string;
  kind: JobTermKind;
  /** Tools and metrics weigh more than general words. */
  weight: number;
  stems: string[];
}

export interface JobDescription {
  /** The description as read, for the checks that weigh its words (industry detection). */
  document: Letter;
  role: string | undefined;
  company: string | undefined;
  terms: JobTerm[];
}

const TOOL_SET = compilePhrases(TOOLS);
const METRIC_SET = compilePhrases(JOB_METRICS);
const PAIN_SET = compilePhrases(PAIN_MARKERS);

const WEIGHTS: Readonly<Record<JobTermKind, number>> = { tool: 3, metric: 3, duty: 1 };
/** Duties kept at most, most frequent first. */
const MAX_DUTIES = 10;

/** Nouns too general to tell one job from another. */
const GENERIC = new Set(
  (
    'team teams role roles experience years year ability abilities candidate candidates you we us our skills skill work ' +
    'company opportunity opportunities people things thing way ways day days part parts plus bonus benefits salary engineer engineers ' +
    'engineering ml machine learning job position requirements qualifications responsibilities'
  ).split(' '),
);

const cache = createCache<string, JobDescription>('jobDescriptions');

export function readJobDescription(text: string): JobDescription {
  let job = cache.get(text);
  if (!job) {
    job = extract(text);
    cache.set(text, job);
  }
  return job;
}

function extract(text: string): JobDescription {
  const doc = parseLetter(text, 'markdown');
  const terms = new Map<string, JobTerm>();
  const add = (label: string, kind: JobTermKind): void => {
    const stems = label
      .split(/[\s/-]+/)
      .filter(Boolean)
      .map(stemOf);
    const key = stems.join(' ');
    if (!key || terms.has(key)) return;
    terms.set(key, { label, kind, weight: WEIGHTS[kind], stems });
  };
  for (const sentence of doc.sentences) {
    for (const m of findPhrases(sentence.tokens, TOOL_SET)) add(text.slice(m.start, m.end), 'tool');
    for (const m of findPhrases(sentence.tokens, METRIC_SET)) add(text.slice(m.start, m.end).toLowerCase(), 'metric');
  }
  const duties = new Map<string, number>();
  for (const sentence of doc.sentences) {
    if (!mentions(PAIN_SET, sentence)) continue;
    for (const phrase of nounPhrases(sentence)) duties.set(phrase, (duties.get(phrase) ?? 0) + 1);
  }
  [...duties]
    .sort((a, b) => b[1] - a[1] || b[0].split(' ').length - a[0].split(' ').length)
    .slice(0, MAX_DUTIES)
    .forEach(([phrase]) => add(phrase, 'duty'));
  return { document: doc, role: roleOf(text), company: companyOf(text), terms: [...terms.values()] };
}

/** Runs of adjectives and nouns ending in a noun: "feature pipelines", "real-time fraud scoring". */
function nounPhrases(sentence: Sentence): string[] {
  const phrases: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    while (run.length && GENERIC.has(run[0]!)) run.shift();
    while (run.length && GENERIC.has(run.at(-1)!)) run.pop();
    if (run.length >= 1 && run.length <= 3 && run.join('').length >= 4) phrases.push(run.join(' '));
    run = [];
  };
  for (const token of sentence.tokens) {
    const tags = token.tags;
    const nounish = tags.includes('Noun') && !tags.includes('Pronoun');
    if (nounish || (tags.includes('Adjective') && run.length < 2)) run.push(token.norm);
    else flush();
  }
  flush();
  return phrases.filter((p) => !p.split(' ').every((w) => GENERIC.has(w)));
}

/**
 * At most four capitalised words between the field and the title ("Data
 * Platform Engineer"): with no bound, each "Data" of `Data ` × 40,000 read the
 * rest of the text again, 25 s in all.
 */
const ROLE =
  /\b((?:(?:Senior|Staff|Principal|Lead|Junior|Sr\.?)\s+)?(?:Machine Learning|ML|AI|Data|MLOps|Applied|Research)(?:\s+[A-Z][a-z]+){0,4}\s+(?:Engineer|Scientist|Developer|Architect))\b/;

function roleOf(text: string): string | undefined {
  return ROLE.exec(text)?.[1];
}

const NAME = "[A-Z][\\w&'.-]*(?:[ \\t]+[A-Z][\\w&'.-]*){0,3}";
const COMPANY_PATTERNS: readonly RegExp[] = [
  // The name runs to the line's last non-space character; the spaces around it are trimmed below. (A lazy
  // `(.+?)[ \t]*$` tried every end in a run of spaces: `Company: a` + 100,000 spaces + `b` took 34 s.)
  /^[ \t]*(?:company|employer|organi[sz]ation)[ \t]*:(.*\S)/im,
  new RegExp(`^#*[ \\t]*[Aa]bout[ \\t]+(${NAME})[ \\t]*$`, 'm'),
  new RegExp(`\\b(${NAME})[ \\t]+is[ \\t]+(?:hiring|looking for|seeking)\\b`),
  new RegExp(`\\bjoin[ \\t]+(${NAME})(?:['’]s)?[ \\t]+(?:as|on|in)\\b`),
];

function companyOf(text: string): string | undefined {
  for (const pattern of COMPANY_PATTERNS) {
    const name = pattern.exec(text)?.[1]?.trim();
    if (name && !/^(?:us|our|the|a|an|we)$/i.test(name)) return name;
  }
  return undefined;
}
