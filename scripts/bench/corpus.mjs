/**
 * Deterministic benchmark prose: paragraphs of a machine-learning engineer's
 * cover letter drafts, built from varied sentence templates with a seeded random
 * generator, so every run (and every machine) sees the same texts. Some
 * sentences are strong, some are the weak phrasing the coach exists to catch,
 * as in a real draft.
 *
 *   node scripts/bench/corpus.mjs    rewrites bench/texts/document-5000.md
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

/** mulberry32: a small, fast, seedable generator (same numbers on every platform). */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const EMPLOYERS = [
  'Corrow Insurance',
  'Ashgrove Foods',
  'Quillfeather Logistics',
  'Pellucid Analytics',
  'Marrowbone Health',
  'Tessellate Games',
  'Brightwater Bank',
  'Kestrel Mobility',
  'Orchard Lane Retail',
  'Fenwick Energy',
  'Halyard Shipping',
  'Juniper Ledger',
  'Sablewood Media',
  'Northgate Telecom',
  'Cobalt Harbor Travel',
  'Wren & Vale Publishing',
  'Tidewater Grocers',
  'Lumenfield Pharmacy',
];

const SYSTEMS = [
  'the fraud scoring service',
  'our nightly demand forecast',
  'the search ranking model',
  'a churn model for prepaid customers',
  'the product recommendation pipeline',
  'a document classifier for insurance claims',
  'the shared feature store',
  'an anomaly detector for card payments',
  'the call-transcription service',
  'a retrieval layer for support answers',
  'the delivery-time estimator',
  'the price-elasticity model',
  'an image-quality filter for listings',
  'the ad-bidding model',
  'the credit-limit model',
  'a routing model for warehouse pickers',
  'the content moderation classifier',
  'the embedding service behind semantic search',
  'the stock-replenishment planner',
  'a triage model for clinic referrals',
];

const VERBS = ['rebuilt', 'shipped', 'replaced', 'retrained', 'profiled and rewrote', 'migrated', 'designed', 'took over', 'simplified', 'rewrote'];

const TOOLS = [
  'PyTorch',
  'Spark',
  'Airflow',
  'Kubernetes',
  'Ray',
  'Triton',
  'ONNX Runtime',
  'dbt',
  'BigQuery',
  'Kafka',
  'Flink',
  'MLflow',
  'Feast',
  'Polars',
  'Terraform',
  'LightGBM',
  'XGBoost',
  'JAX',
  'DuckDB',
  'Prefect',
];

const PEOPLE = [
  'our analysts',
  'the underwriters',
  'store managers',
  'the support team',
  'two product managers',
  'the data platform team',
  'the risk committee',
  'our finance partners',
  'the warehouse leads',
  'the clinicians who used it',
  'the trust and safety reviewers',
];

const TIMES = [
  'Last spring',
  'In my first quarter there',
  'During the 2023 peak season',
  'Over eighteen months',
  'In the spring of 2022',
  'Within six weeks',
  'After the holiday freeze',
  'In my second year',
  'Early in 2024',
  'Before the autumn launch',
];

const TOPICS = ['machine learning', 'data-driven products', 'MLOps', 'clean pipelines', 'building models that matter', 'AI'];

const TASKS = [
  'the migration to Kubernetes',
  'the launch of the new checkout',
  'our move to streaming features',
  'the quarterly model review',
  'the rollout of the new ranking model',
  'the data catalogue project',
];

const CLAIMS = [
  'my background would suit this team',
  'I could contribute quickly',
  'I am a strong candidate',
  'this role fits my experience',
  'I would learn your stack fast',
];

const INCIDENTS = [
  'a supplier feed changed format',
  'an upstream team renamed a column',
  'a bank holiday shifted the weekly pattern',
  'a vendor API started returning empty payloads',
  'a schema migration dropped half the events',
  'the label queue backed up for a week',
];

const STOPPED = [
  'stopped a bad model from reaching production',
  'paged me before any customer noticed',
  'held the release until the data was fixed',
  'rolled the service back to the previous model within minutes',
  'kept the stale scores out of the morning report',
];

const LESSONS = [
  'agree on the metric with finance before writing any code',
  'ship a boring baseline first and earn the right to a complex one',
  'write the rollback plan before the launch plan',
  'measure what a model costs as carefully as what it earns',
  'sit with the people who override the model and ask why',
  'treat labels as a product with its own owner',
];

const ARTIFACTS = ['blog post', 'conference talk', 'open-source release', 'engineering newsletter', 'paper at KDD'];

const ARTIFACT_TOPICS = [
  'feature freshness',
  'offline evaluation',
  'ranking at store level',
  'shadow deployments',
  'calibrating risk scores',
  'cheaper embeddings',
  'forecasting with sparse history',
];

const REACTIONS = [
  'matched what I learned the hard way',
  'answered a question our team argued about for months',
  'changed how I plan experiments',
  'is the reason I am applying to this team rather than another',
];

const PLANS = [
  'read the incident history and pair with whoever is on call',
  'rebuild one pipeline end to end to learn where the time goes',
  'put a cost figure next to every model the team runs',
  'set up a weekly review of the worst predictions',
  'meet the people who consume the scores and list what they distrust',
];

const HARD = [
  ['the labels', 'half of the historic outcomes had been entered by hand and a fifth of them were wrong'],
  ['the backfill', 'three years of events had to be replayed through the new features without touching production'],
  ['getting sign-off', 'the audit team needed a plain-English reason for every decision the model made'],
  ['the latency budget', 'the checkout page gave us 30 milliseconds for everything, network included'],
  ['the seasonality', 'every December looked like a different business from the rest of the year'],
];

const SAVINGS = [
  'moving inference to CPUs with int8 weights',
  'batching requests at the gateway',
  'dropping features nobody used',
  'distilling the large model into a smaller one',
  'caching embeddings for the catalogue instead of recomputing them',
  'scheduling retraining only when drift crossed a threshold',
];

const REPORTS = ['the weekly risk report', 'their demand numbers', 'a list of suspicious accounts', 'the churn forecast', 'the margin dashboard'];

const ACTIVITIES = [
  'reviewing experiment designs with analysts',
  'keeping the training data honest',
  'pairing with junior engineers on model code',
  'writing design notes that product managers could actually read',
  'chasing the slowest query in the feature pipeline',
];

const CLUB = ['try one idea from each paper on our own data', 'read postmortems from other companies', 'reproduce one benchmark a month'];

const MISTAKES = [
  "it leaked next week's prices into training",
  'it scored returned orders as sales',
  'it treated missing values as zeros',
  'it learned the time of day instead of the customer',
  'it optimised clicks while the business needed margin',
];

const METRIC_NAMES = ['an AUC', 'a recall', 'a precision', 'an F1 score'];

const pick = (rnd, list) => list[Math.floor(rnd() * list.length)];
const int = (rnd, lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
const capital = (s) => s[0].toUpperCase() + s.slice(1);

function result(rnd) {
  switch (int(rnd, 0, 9)) {
    case 0: {
      const a = int(rnd, 120, 400);
      return `p99 latency fell from ${a} ms to ${int(rnd, 20, Math.floor(a / 2))} ms`;
    }
    case 1:
      return `false positives dropped ${int(rnd, 8, 45)}%`;
    case 2:
      return `training time went from ${int(rnd, 5, 14)} hours to ${int(rnd, 20, 90)} minutes`;
    case 3:
      return `cloud spend fell by $${int(rnd, 40, 900)}k a year`;
    case 4:
      return `conversion rose ${int(rnd, 2, 12)}.${int(rnd, 0, 9)}%`;
    case 5:
      return `the pager stayed quiet for ${int(rnd, 6, 20)} weeks in a row`;
    case 6:
      return `forecast error fell ${int(rnd, 5, 30)}%`;
    case 7:
      return `waste dropped by ${int(rnd, 3, 15)}%, about £${int(rnd, 1, 4)}.${int(rnd, 1, 9)}M a year`;
    case 8:
      return `manual review time fell from ${int(rnd, 20, 60)} to ${int(rnd, 4, 15)} minutes per case`;
    default:
      return `revenue grew by $${int(rnd, 1, 9)}.${int(rnd, 1, 9)}M over the year`;
  }
}

function tools(rnd, n) {
  const chosen = new Set();
  while (chosen.size < n) chosen.add(pick(rnd, TOOLS));
  const list = [...chosen];
  return `${list.slice(0, -1).join(', ')} and ${list.at(-1)}`;
}

/** Sentence templates: each takes the generator and returns one sentence. */
const TEMPLATES = [
  (r) => `${pick(r, TIMES)}, I ${pick(r, VERBS)} ${pick(r, SYSTEMS)} at ${pick(r, EMPLOYERS)}, and ${result(r)}.`,
  (r) => `At ${pick(r, EMPLOYERS)} I owned ${pick(r, SYSTEMS)} end to end, from the ${pick(r, TOOLS)} jobs to the on-call rota.`,
  (r) => `Moving ${pick(r, SYSTEMS)} from ${pick(r, TOOLS)} to ${pick(r, TOOLS)} cut a ${int(r, 30, 180)}-minute job to ${int(r, 3, 25)} minutes.`,
  (r) =>
    `I wrote the evaluation harness for ${pick(r, SYSTEMS)}, so ${pick(r, PEOPLE)} could compare candidates on last month's traffic before anything shipped.`,
  (r) => `When ${pick(r, INCIDENTS)}, the checks I had added ${pick(r, STOPPED)}.`,
  (r) => `${capital(pick(r, PEOPLE))} now read its output every morning, and ${result(r)}.`,
  (r) => `I am passionate about ${pick(r, TOPICS)}.`,
  (r) => `I have experience with ${tools(r, int(r, 4, 6))}.`,
  (r) => `I helped with ${pick(r, TASKS)}.`,
  (r) => `I think ${pick(r, CLAIMS)}.`,
  (r) => {
    const [what, why] = pick(r, HARD);
    return `The hardest part was not the model but ${what}: ${why}.`;
  },
  (r) => `I paired with ${pick(r, PEOPLE)} for ${int(r, 2, 8)} weeks to learn which cases they still fixed by hand.`,
  (r) => `That work taught me to ${pick(r, LESSONS)}.`,
  (r) => `The model reached ${pick(r, METRIC_NAMES)} of 0.${int(r, 81, 97)}, and ${result(r)}.`,
  (r) => `Your team's ${pick(r, ARTIFACTS)} about ${pick(r, ARTIFACT_TOPICS)} ${pick(r, REACTIONS)}.`,
  (r) => `In the first ${int(r, 3, 12)} weeks I would ${pick(r, PLANS)}.`,
  (r) => `The model was deployed to ${int(r, 2, 9)} regions and was monitored by a separate team.`,
  (r) => `I was responsible for ${pick(r, SYSTEMS)} and worked on various projects with ${pick(r, PEOPLE)}.`,
  (r) =>
    `Because ${pick(r, PEOPLE)} needed answers before the weekly planning meeting, I moved ${pick(r, SYSTEMS)} onto ${pick(r, TOOLS)}, ` +
    `split the slowest step into ${int(r, 3, 12)} parallel tasks, cached the joins that never changed, and added a dashboard that shows ` +
    `which upstream table is late, so that the numbers arrive on time even in the weeks when the source systems are slow or half broken.`,
  (r) => `We ran ${int(r, 3, 40)} A/B tests on ${pick(r, SYSTEMS)} in ${int(r, 2, 6)} months; ${int(r, 2, 9)} of them changed what we built next.`,
  (r) => `I cut the serving cost of ${pick(r, SYSTEMS)} by ${int(r, 12, 70)}% by ${pick(r, SAVINGS)}.`,
  (r) => `${capital(pick(r, PEOPLE))} used to wait ${int(r, 2, 9)} days for ${pick(r, REPORTS)}; now it arrives before nine each morning.`,
  (r) => `Most of my week at ${pick(r, EMPLOYERS)} went to ${pick(r, ACTIVITIES)}.`,
  (r) => `I mentor ${int(r, 2, 6)} engineers and run a fortnightly reading group, where we ${pick(r, CLUB)}.`,
  (r) => `The first version of ${pick(r, SYSTEMS)} I wrote was wrong in a useful way: ${pick(r, MISTAKES)}.`,
  (r) => `I am a team player and a fast learner who leverages cutting-edge ${pick(r, TOPICS)} to drive results.`,
]; // Sentences never repeat within a text: a new draw replaces a sentence already used.

/** One paragraph of 3 to 6 sentences: no template twice, and no sentence already in `seen`. */
export function paragraph(rnd, seen = new Set()) {
  const count = int(rnd, 3, 6);
  const used = new Set();
  const sentences = [];
  for (let tries = 0; sentences.length < count && tries < 1000; tries++) {
    const t = int(rnd, 0, TEMPLATES.length - 1);
    if (used.has(t)) continue;
    const sentence = TEMPLATES[t](rnd);
    if (seen.has(sentence)) continue;
    used.add(t);
    seen.add(sentence);
    sentences.push(sentence);
  }
  return sentences.join(' ');
}

const wordCount = (text) => text.split(/\s+/).filter(Boolean).length;

/** A long Markdown document of distinct paragraphs, with a heading every few paragraphs. */
export function longDocument(seed = 5000, words = 5000) {
  const rnd = random(seed);
  const seen = new Set();
  const sentences = new Set();
  const parts = ['# Cover letter drafts and project notes'];
  let total = wordCount(parts[0]);
  let section = 0;
  while (total < words) {
    if (seen.size % 6 === 0) {
      const heading = `## ${++section}. ${capital(pick(rnd, SYSTEMS).replace(/^(the|a|an|our) /, ''))}`;
      parts.push(heading);
      total += wordCount(heading);
    }
    const p = paragraph(rnd, sentences);
    if (seen.has(p)) continue;
    seen.add(p);
    parts.push(p);
    total += wordCount(p);
  }
  return parts.join('\n\n') + '\n';
}

const FIRST_NAMES = ['Amara', 'Bilal', 'Chen', 'Dagny', 'Emeka', 'Farah', 'Goran', 'Hana', 'Idris', 'Joanna', 'Kenji', 'Leila'];
const LAST_NAMES = ['Achterberg', 'Brennan', 'Castellanos', 'Dlamini', 'Eriksen', 'Fontaine', 'Gallagher', 'Haddad', 'Iwu', 'Janssen'];
const CLOSES = [
  'Could we find 30 minutes next week to talk it through?',
  'I would be glad to walk you through the evaluation harness on a call next week.',
  'Would a short call on Thursday work? I can share the dashboards I mentioned.',
  'I look forward to hearing from you.',
];

/** A whole letter, different for every `index`: front matter, header, salutation, body, close and sign-off. */
export function letter(index) {
  const rnd = random(10_000 + index);
  const name = `${pick(rnd, FIRST_NAMES)} ${pick(rnd, LAST_NAMES)}`;
  const company = pick(rnd, EMPLOYERS);
  const sentences = new Set();
  const body = [paragraph(rnd, sentences), paragraph(rnd, sentences), paragraph(rnd, sentences)];
  return (
    [
      `---\ncompany: ${company}\ntarget: ${pick(rnd, [250, 300, 400])}\n---`,
      `${name} · ${name.toLowerCase().replace(/ /g, '.')}@example.com`,
      `Dear ${pick(rnd, FIRST_NAMES)} ${pick(rnd, LAST_NAMES)},`,
      ...body,
      pick(rnd, CLOSES),
      `Best,\n${name}`,
    ].join('\n\n') + '\n'
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'bench', 'texts', 'document-5000.md');
  const text = longDocument();
  writeFileSync(out, text);
  console.log(`wrote ${out}: ${wordCount(text)} words, ${text.length} characters`);
}
