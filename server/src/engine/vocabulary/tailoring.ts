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

/** A sentence that shows the writer looked at this team: their post, paper, talk, product or posting. */
export const TEAM_REFERENCES: readonly PhraseEntry[] = phrases(
  'your team posted|published|shipped|wrote|built|launched|released|presented, your teams posted|published|shipped|wrote, ' +
    'your post, your posting, your job post, your job posting, your paper, your talk, your blog, your engineering blog, ' +
    'your roadmap, your work on, your work in, your recent, your open source, your launch, your announcement, ' +
    'your focus on, your approach to, your team approaches, the work your team, your team’s, ' +
    'you posted, you published, you shipped, you wrote, you launched, you announced, you presented, ' +
    'i read, i have read, i watched, i saw your, i listened',
);

/** What a letter names of the company it writes to ("Northwind's work on…", "Northwind's platform"). */
export const COMPANY_WORK: readonly string[] = [
  'work',
  'focus',
  'approach',
  'platform',
  'product',
  'products',
  'mission',
  'research',
  'roadmap',
  'team',
  'teams',
  'engineering',
  'blog',
  'posting',
  'investment',
  'investments',
  'launch',
  'stack',
  'infrastructure',
  'system',
  'systems',
  'models',
];

/** Proof a finance reader looks for: explainability, governance, audit, model risk (and the reviews a model passed). */
export const FINANCE_GOVERNANCE: readonly PhraseEntry[] = [
  ...GOVERNANCE_OUTCOMES,
  ...phrases(
    'interpretability, interpretable, shap, lime, model card, model cards, governance, audited, auditable, model risk, sr 11 7, ' +
      'compliance, regulatory, validation, fairness, bias testing, stress test, stress testing, basel, gdpr, adverse action',
  ),
];

/** Proof a retail reader looks for: revenue, margin, basket, lifetime value, conversion. */
export const RETAIL_REVENUE: readonly PhraseEntry[] = phrases(
  'revenue, margin, margins, gross margin, basket, basket size, lifetime value, ltv, conversion, conversions, average order value, aov, ' +
    'sales, gmv, markdown, markdowns, overstock, stockouts, in stock, sell through, repeat purchase, customer value',
);

/** Proof a tech reader looks for: something deployed and run in production (the shared list, and the engineering around it). */
export const TECH_PRODUCTION: readonly PhraseEntry[] = [
  ...PRODUCTION_TERMS,
  ...phrases('p99, p95, pipeline, pipelines, rollback, kubernetes, canary, a b test, shadow, monitoring, retraining, inference'),
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
