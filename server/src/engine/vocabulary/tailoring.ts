/** Vocabulary for tailoring a letter to its job, its team and its industry. */
import type { PhraseEntry } from './phraseEntry';
import { phrases } from './phraseList';
import { GOVERNANCE_OUTCOMES, PRODUCTION_TERMS } from './terms';

/** What ML teams measure; a job description's metrics are matched against the letter. */
export const JOB_METRICS: readonly PhraseEntry[] = phrases(
  'latency, p50, p95, p99, throughput, qps, cost, costs, inference cost, gpu cost, compute cost, revenue, conversion, conversion rate, ' +
    'fraud rate, fraud, chargebacks, false positives, precision, recall, accuracy, auc, ndcg, click through rate, ctr, retention, churn, ' +
    'drift, data drift, freshness, feature freshness, uptime, availability, margin, basket size, lifetime value, ltv, average order value, ' +
    'forecast accuracy, stockouts, overstock, engagement, relevance, model risk, explainability, fairness',
);

/** Words a job description uses for its pains and duties, which make a sentence worth matching. */
export const PAIN_MARKERS: readonly PhraseEntry[] = phrases(
  'bottleneck, bottlenecked, struggle, struggling, challenge, challenges, pain, problem, problems, scale, scaling, reduce, improve, ' +
    'own, build, lead, design, ship, deploy, maintain, monitor, migrate, you will, responsible for, looking for',
);

/** What a team publishes or says in public: a post, a paper, a talk, a roadmap, a report. */
/** People of a named organisation who publish ("Stripe Radar's team wrote about…", "Adyen's engineers described…"). */
export const THEIR_AUTHORS: readonly string[] = [
  'team',
  'teams',
  'engineers',
  'engineering',
  'researchers',
  'scientists',
  'group',
  'lab',
  'founders',
  'cto',
  'ceo',
];

/** What such people do when they share their work. */
export const PUBLISH_VERBS: readonly string[] = [
  'write~',
  'publish~',
  'describe~',
  'present~',
  'share~',
  'announce~',
  'blog~',
  'explain~',
  'open-source~',
  'detail~',
  'outline~',
];

export const THEIR_MEDIA =
  'post|posts|blog|article|articles|paper|papers|talk|talks|keynote|presentation|webinar|podcast|changelog|newsletter|report|reports|' +
  'whitepaper|writeup|roadmap|catalogue|catalog|documentation|docs|repository|repo|announcement|announcements|benchmark|dataset|' +
  'slides|thread|filing|study|meetup|workshop|tutorial|launch|release|earnings';

/** A job ad as a source of the team's problem ("your posting names drift as the main risk"). */
const POSTING = 'posting|post|advert|advertisement|ad|listing|description|vacancy|spec';
/** What a posting, or its writer, says. */
const SAYS =
  'mention~|name~|describe~|say~|said|ask~|list~|note~|emphasise~|stress~|highlight~|call~|want~|need~|put~|focus~|refer~|' +
  'specify~|specifies|require~|flag~|cite~|identify~|identifies|point~|talk~|frame~|single~|promise~|prioritise~';
/** What a team or its people did in public. */
const PUBLISHED =
  'wrote|write~|publish~|post~|present~|describe~|announce~|share~|release~|launch~|ship~|explain~|spoke|speak~|show~|showed|shown|' +
  'outline~|detail~|demo~|open|blog~|discuss~|argue~|tweet~|mention~|note~';

/** What a team is doing that a writer can name ("you are moving ranking onto GPUs"); not "hiring" or "looking". */
const THEIR_CHANGES =
  'moving|building|rebuilding|migrating|launching|scaling|rolling|adding|shipping|replacing|investing|opening|consolidating|retiring|' +
  'redesigning|rewriting|automating|unifying|standardising|expanding|bringing|piloting|testing';

/** What the reader said, as a writer quotes it back ("as you mentioned in the posting"). */
const YOU_SAID =
  'mention~|describe~|note~|list~|emphasise~|stress~|highlight~|say|said|ask~|wrote|write|publish~|post~|present~|announce~|share~|explain~|outline~';

/**
 * Their media, or what the writer read or watched of theirs: "your recent KubeCon
 * talk", "I read your article on geocoding". A match holding one of
 * `GENERIC_TEAM_WORDS` does not count ("your job post on LinkedIn").
 */
export const TEAM_MEDIA_REFERENCES: readonly PhraseEntry[] = [
  { phrase: `your|their @adverb? _? _? ${THEIR_MEDIA}` },
  { phrase: `i|we read~|watch~|saw|attend~|heard|listen~|follow~|studied|enjoy~|came|found to? across? your|their|the _? _? ${THEIR_MEDIA}` },
];

/**
 * A sentence that shows the writer looked at this team: their post, paper, talk,
 * roadmap, a problem their posting names, something their team wrote or shipped.
 * "Your company", "your team" and "your website" alone say nothing of the team.
 */
export const TEAM_REFERENCES: readonly PhraseEntry[] = [
  ...TEAM_MEDIA_REFERENCES,
  { phrase: `your|the|their job? ${POSTING} @adverb? _? ${SAYS}` },
  { phrase: `your|their _? _? team|teams|engineers|group|researchers|scientists|lab|cto|ceo|founder|founders|leadership @adverb? ${PUBLISHED}` },
  { phrase: `you @adverb? ${YOU_SAID}` },
  { phrase: 'your work|approach|focus on|to' },
  { phrase: 'your|their @adverb? _? move|shift|push|transition|migration|expansion|bet|decision|plan|plans to|into|toward|towards|on' },
  { phrase: 'user|users|customer|customers of your' },
  { phrase: `you are|have @adverb? been? ${THEIR_CHANGES}` },
  { phrase: `your|their _? team|teams is|are|has|have @adverb? been? ${THEIR_CHANGES}` },
  { phrase: 'i|we use~ your _? product|app|api|platform|service|sdk|tool|library' },
  { phrase: 'your team approaches' },
  { phrase: 'the work your team' },
];

/** Words that make a team reference generic: "your job post on LinkedIn", "your company website". */
export const GENERIC_TEAM_WORDS: readonly string[] = [
  'job',
  'jobs',
  'company',
  'companies',
  'website',
  'site',
  'linkedin',
  'indeed',
  'glassdoor',
  'organisation',
  'organization',
  'firm',
  'position',
  'role',
  'vacancy',
  'opening',
  'application',
  'hiring',
];

/** What a letter names of the company it writes to ("Northwind's work on…", "Northwind's platform"). */
export const COMPANY_WORK: readonly string[] = [
  'work',
  'focus',
  'approach',
  'platform',
  'product',
  'products',
  'app',
  'research',
  'roadmap',
  'plan',
  'plans',
  'team',
  'teams',
  'engineering',
  'blog',
  'post',
  'posts',
  'paper',
  'papers',
  'talk',
  'talks',
  'keynote',
  'article',
  'report',
  'changelog',
  'catalogue',
  'catalog',
  'earnings',
  'podcast',
  'posting',
  'investment',
  'investments',
  'launch',
  'stack',
  'infrastructure',
  'system',
  'systems',
  'models',
  'docs',
  'documentation',
  'project',
  'projects',
  'initiative',
  'initiatives',
  'programme',
  'program',
  'effort',
  'migration',
  'rollout',
  'annual',
  'careers',
  'move',
  'shift',
  'push',
  'bet',
  'expansion',
  'acquisition',
  'partnership',
  'announcement',
  'use',
  'adoption',
  'decision',
  'strategy',
  'customers',
  'merchants',
  'marketplace',
  'network',
  'fleet',
  'stores',
  'api',
  'sdk',
];

/** What a named thing of theirs is ("your Atlas platform", "their Payments team"): a name written capitalised before one of these. */
export const NAMED_WORK: readonly string[] = [
  'product',
  'platform',
  'app',
  'api',
  'sdk',
  'service',
  'library',
  'team',
  'initiative',
  'project',
  'programme',
  'program',
  'model',
  'engine',
  'tool',
  'feature',
  'launch',
  'release',
  'dataset',
  'benchmark',
  'lab',
  'group',
  'framework',
];

/** Verbs in -ing a company is named with when the letter says what it is doing ("Quillstack is adding semantic search"), which are not about hiring. */
export const NOT_THEIR_WORK_ING: readonly string[] = ['hiring', 'looking', 'seeking', 'growing', 'recruiting', 'expanding', 'searching', 'offering'];

/** Proof a finance reader looks for: explainability, governance, audit, model risk (and the reviews a model passed). */
export const FINANCE_GOVERNANCE: readonly PhraseEntry[] = [
  ...GOVERNANCE_OUTCOMES,
  ...phrases(
    'interpretability, interpretable, shap, lime, model card, model cards, governance, audited, auditable, model risk, sr 11 7, ' +
      'auditor, auditors, internal audit, internal controls, control testing, signed off, sign off, reason codes, model documentation, challenger model, ' +
      'compliance, regulatory, validation, fairness, bias testing, stress test, stress testing, basel, gdpr, adverse action',
  ),
];

/** What follows a money word when it names a task or a team, not a result: "sales forecasting", "the revenue team". */
const NOT_A_RESULT = [
  'forecasting',
  'forecast',
  'forecasts',
  'prediction',
  'predictions',
  'predicting',
  'data',
  'dataset',
  'datasets',
  'team',
  'teams',
  'analyst',
  'analysts',
  'associate',
  'associates',
  'assistant',
  'department',
  'floor',
  'role',
  'competition',
];

/** Proof a retail reader looks for: revenue, margin, basket, lifetime value, conversion (as a result, not a task: "sales forecasting"). */
export const RETAIL_REVENUE: readonly PhraseEntry[] = phrases(
  'revenue, margin, margins, gross margin, basket, basket size, lifetime value, ltv, conversion, conversions, average order value, aov, ' +
    'sales, gmv, markdown, markdowns, overstock, stockouts, in stock, sell through, repeat purchase, customer value',
).map((entry) => ({ ...entry, notFollowedBy: NOT_A_RESULT }));

/** Proof a tech reader looks for: something deployed and run in production (the shared list, and the engineering around it). */
export const TECH_PRODUCTION: readonly PhraseEntry[] = [
  ...PRODUCTION_TERMS,
  ...phrases('p99, p95, pipeline, pipelines, rollback, canary, a b test, shadow, monitoring, retraining, inference'),
];

/** Words that point a job description or letter at an industry. */
export const INDUSTRY_SIGNALS: Readonly<Record<'tech' | 'finance' | 'retail', readonly PhraseEntry[]>> = {
  finance: phrases(
    'bank, banking, credit, credit risk, lending, loan, loans, underwriting, trading, fraud, payments, insurance, insurer, fintech, ' +
      'regulatory, compliance, model risk, basel, aml, kyc, portfolio, hedge fund, asset management',
  ),
  retail: phrases(
    'retail, retailer, store, stores, e commerce, ecommerce, merchandising, grocery, shopper, shoppers, basket, inventory, ' +
      'demand forecasting, assortment, pricing, markdown, supply chain, omnichannel, checkout',
  ),
  tech: phrases(
    'saas, platform, api, developer, developers, search, ranking, recommendation, recommendations, ads, feed, app, startup, ' +
      'cloud, infrastructure, open source, llm, inference',
  ),
};

/** Signs of owning a system end to end. */
export const OWNERSHIP_SIGNALS: readonly PhraseEntry[] = phrases(
  'i own, i owned, i built, i shipped, i led, i designed, i wrote the runbook, end to end, on call, on call rotation, from training to serving, ' +
    'i took over, i launched, i rebuilt, i migrated, i deployed',
);

/** Production constraints a manager hopes to see named. */
export const CONSTRAINT_SIGNALS: readonly PhraseEntry[] = phrases(
  'latency, p50, p95, p99, throughput, qps, memory, gpu memory, freshness, feature freshness, training serving skew, cold start, ' +
    'cost per call, requests per second, ms, milliseconds',
);
