/** The report webview's page (client/src/report/render.ts): content, escaping and the Content-Security-Policy. */
import * as assert from 'node:assert/strict';
import { renderReportBody, renderReportHtml, reportAnnouncement, reportSummary, type ReportState } from '../../client/src/report/render';
import { WEBVIEW_STYLE } from '../../client/src/report/webviewStyle';
import type { LetterReport } from '../../shared/src/protocol';

const NONCE = 'bm9uY2Utb2YtdGhlLXRlc3Q';
const CSP_SOURCE = 'https://*.vscode-cdn.net';
const OPTIONS = { nonce: NONCE, cspSource: CSP_SOURCE, letterName: 'cover-letter.md' };

function report(overrides: Partial<LetterReport> = {}): LetterReport {
  return {
    uri: 'file:///letters/cover-letter.md',
    version: 4,
    statistics: {
      uri: 'file:///letters/cover-letter.md',
      version: 4,
      words: 212,
      target: 250,
      targetSource: 'front matter',
      sentences: 14,
      paragraphs: 4,
      averageSentenceLength: 15.14,
      readingTimeMinutes: 1,
      readabilityGrade: 9.25,
      industry: 'tech',
    },
    industry: { value: 'tech', source: 'detected' },
    company: 'Northwind Analytics',
    job: {
      path: './job.md',
      role: 'Machine Learning Engineer',
      match: 68,
      matched: ['feature store', 'latency'],
      missing: ['Feast', 'drift monitoring', 'p99'],
    },
    jobProblem: undefined,
    skim: [
      {
        id: 'ownership',
        label: 'End-to-end ownership',
        passed: true,
        evidence: [
          { range: { start: { line: 6, character: 0 }, end: { line: 6, character: 41 } }, text: 'I built the ranking service end to end.' },
          { range: { start: { line: 8, character: 12 }, end: { line: 9, character: 3 } }, text: 'I own its\non-call rotation.' },
        ],
      },
      { id: 'production-constraints', label: 'Production constraints named', passed: false, evidence: [] },
      {
        id: 'business-impact',
        label: 'A result tied to a business figure',
        passed: true,
        evidence: [{ range: { start: { line: 10, character: 0 }, end: { line: 10, character: 30 } }, text: 'Revenue rose 4%.' }],
      },
      { id: 'team-judgment', label: 'Judgment about the team', passed: false, evidence: [] },
    ],
    findingsByRule: [
      { ruleId: 'hedging', name: 'Hedging', severity: 'information', count: 1, docs: 'file:///ext/README.md#hedging' },
      { ruleId: 'buzzword', name: 'Buzzword', severity: 'warning', count: 2, docs: 'file:///ext/README.md#buzzword' },
      {
        ruleId: 'unfilled-placeholder',
        name: 'Unfilled placeholder',
        severity: 'error',
        count: 1,
        docs: 'file:///ext/README.md#unfilled-placeholder',
      },
      { ruleId: 'generic-opener', name: 'Generic opening line', severity: 'warning', count: 3, docs: 'file:///ext/README.md#generic-opener' },
    ],
    ...overrides,
  };
}

const page = (r: LetterReport = report()): string => renderReportHtml({ kind: 'report', report: r }, OPTIONS);

/** The attributes of every element whose opening tag matches `tag`. */
function elements(html: string, tag: string): Array<Record<string, string>> {
  return [...html.matchAll(new RegExp(`<${tag}\\b([^>]*)>`, 'g'))].map((match) =>
    Object.fromEntries([...match[1]!.matchAll(/([\w-]+)="([^"]*)"/g)].map((attr) => [attr[1]!, attr[2]!])),
  );
}

describe('report page', () => {
  describe('Content-Security-Policy', () => {
    it('allows only the nonce for scripts, the nonce and the webview for styles, nothing else', () => {
      const [meta, ...others] = elements(page(), 'meta').filter((m) => m['http-equiv'] === 'Content-Security-Policy');
      assert.ok(meta, 'no Content-Security-Policy meta tag');
      assert.equal(others.length, 0);
      assert.equal(meta.content, `default-src &#39;none&#39;; style-src ${CSP_SOURCE} &#39;nonce-${NONCE}&#39;; script-src &#39;nonce-${NONCE}&#39;`);
      assert.doesNotMatch(page(), /unsafe-inline|unsafe-eval/);
    });

    it('puts the policy before any script or style', () => {
      const html = page();
      const policy = html.indexOf('Content-Security-Policy');
      assert.ok(policy > 0 && policy < html.indexOf('<style') && policy < html.indexOf('<script'));
    });

    it('gives the nonce to its one script and one stylesheet', () => {
      const scripts = elements(page(), 'script');
      const styles = elements(page(), 'style');
      assert.deepEqual(scripts, [{ nonce: NONCE }]);
      assert.deepEqual(styles, [{ nonce: NONCE }]);
    });

    it('loads nothing: no src, href, link, @import or url()', () => {
      const html = page();
      assert.doesNotMatch(html, /\s(src|href|srcset|action)=/i);
      assert.doesNotMatch(html, /<(link|img|iframe|object|embed|a)\b/i);
      assert.doesNotMatch(html, /@import|url\(/i);
      assert.doesNotMatch(html, /\bon[a-z]+=/i, 'no inline event handlers: the policy would block them');
      assert.doesNotMatch(html, /\sstyle=/i, 'no style attributes: the policy would block them');
    });
  });

  describe('theme', () => {
    it('takes every colour from VS Code theme variables', () => {
      assert.doesNotMatch(WEBVIEW_STYLE, /#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
      const variables = [...WEBVIEW_STYLE.matchAll(/var\((--[\w-]+)/g)].map((m) => m[1]!);
      assert.ok(variables.length > 0);
      for (const name of variables) assert.match(name, /^--vscode-/);
      for (const [, property, value] of WEBVIEW_STYLE.matchAll(/(color|background(?:-color)?|border(?:-left|-color)?|outline)\s*:\s*([^;]+);/g)) {
        assert.ok(
          /var\(--vscode-/.test(value!) || /^(none|inherit|transparent|0)$/.test(value!.trim()),
          `${property}: ${value} is not a theme colour`,
        );
      }
    });
  });

  describe('sections', () => {
    it('has a heading for each section, in order', () => {
      const headings = [...page().matchAll(/<h2 id="([\w-]+)">([^<]*)<\/h2>/g)].map((m) => m[1]);
      assert.deepEqual(headings, ['length-heading', 'skim-heading', 'job-heading', 'industry-heading', 'findings-heading']);
      assert.match(page(), /<h1 id="report-title">Report: cover-letter\.md<\/h1>/);
    });

    it('shows the word count against the target as a meter, with the figures in words', () => {
      const html = page();
      const [meter] = elements(html, 'meter').filter((m) => m.id === 'length-meter');
      assert.ok(meter, 'no length meter');
      assert.equal(meter.value, '212');
      assert.equal(meter.high, '250');
      assert.equal(meter.optimum, '250');
      assert.ok(Number(meter.max) >= 250 * 1.2);
      assert.equal(meter['aria-labelledby'], 'length-heading');
      assert.match(html, /212 of 250 words<\/strong> · 38 words under the target/);
      assert.match(html, /set in the letter&#39;s front matter|set in the letter's front matter/);
    });

    it('marks a letter far over the target, and keeps the meter valid', () => {
      const r = report();
      const html = page({ ...r, statistics: { ...r.statistics, words: 400 } });
      const [meter] = elements(html, 'meter').filter((m) => m.id === 'length-meter');
      assert.equal(meter!.class, 'over-limit');
      assert.equal(meter!.max, '400');
      assert.match(html, /150 words over the target/);
    });

    it('lists the four skim checks, met or not, with advice for the ones not met', () => {
      const html = page();
      const checks = [...html.matchAll(/<li data-check="([\w-]+)"><h3>([^<]*) <span class="verdict ([\w-]+)">/g)].map((m) => [m[1], m[3]]);
      assert.deepEqual(checks, [
        ['ownership', 'met'],
        ['production-constraints', 'not-met'],
        ['business-impact', 'met'],
        ['team-judgment', 'not-met'],
      ]);
      assert.match(html, /Name a limit the system had to work within/);
      assert.match(html, /2 of 4 met\. Select a quote/);
    });

    it('shows the job match with the matched and missing terms', () => {
      const html = page();
      assert.match(html, /68% match/);
      assert.deepEqual(elements(html, 'meter').find((m) => m.id === 'match-meter')?.value, '68');
      assert.match(html, /<ul class="terms matched"[^>]*><li>feature store<\/li><li>latency<\/li><\/ul>/);
      assert.match(html, /<ul class="terms missing"[^>]*><li>Feast<\/li><li>drift monitoring<\/li><li>p99<\/li><\/ul>/);
      assert.match(html, /Role: <strong>Machine Learning Engineer<\/strong>/);
      assert.match(html, /Company: <strong>Northwind Analytics<\/strong>/);
    });

    it('says how to add a job description when the letter has none', () => {
      const html = page(report({ job: undefined }));
      assert.match(html, /<code>job: \.\/job\.md<\/code>/);
      assert.doesNotMatch(html, /terms matched/);
      assert.doesNotMatch(html, /Use Job Description/, 'no button for a command that is not there');
      const offered = renderReportBody({ kind: 'report', report: report({ job: undefined }) }, { canUseJobDescription: true });
      assert.match(offered, /data-command="coverLetter\.useJobDescription"/);
    });

    it('says why a named job description could not be used', () => {
      const html = page(report({ job: undefined, jobProblem: 'job.md was not found next to the letter' }));
      assert.match(html, /could not be read: job\.md was not found next to the letter/);
      assert.doesNotMatch(html, /No job description yet/);
    });

    it('names the industry and where it came from', () => {
      assert.match(page(), /<strong>Tech<\/strong>, detected from the letter and its job description\./);
      const set = page(report({ industry: { value: 'finance', source: 'front matter' } }));
      assert.match(set, /<strong>Finance<\/strong>, set by <code>industry:<\/code> in the letter/);
    });

    it('lists the findings by rule, most severe first, each with its count and a docs button', () => {
      const html = page();
      const rows = [
        ...html.matchAll(
          /data-rule="([\w-]+)"[^>]*>[^<]*<\/button> <code>[\w-]+<\/code><\/td><td class="severity-(\w+)">\w+<\/td><td class="count">(\d+)<\/td>/g,
        ),
      ].map((m) => `${m[1]} ${m[2]} ${m[3]}`);
      assert.deepEqual(rows, ['unfilled-placeholder error 1', 'generic-opener warning 3', 'buzzword warning 2', 'hedging information 1']);
      for (const button of elements(html, 'button').filter((b) => b['data-action'] === 'docs')) {
        assert.equal(button.type, 'button');
        assert.match(button['aria-label']!, /: read why it matters$/);
      }
      assert.match(html, /7 findings from 4 rules/);
      assert.match(page(report({ findingsByRule: [] })), /Nothing to flag/);
    });
  });

  describe('evidence buttons', () => {
    it('carry the range of their quote and post it as a reveal', () => {
      const buttons = elements(page(), 'button').filter((b) => b['data-action'] === 'reveal');
      assert.deepEqual(
        buttons.map((b) => [b['data-start-line'], b['data-start-character'], b['data-end-line'], b['data-end-character']]),
        [
          ['6', '0', '6', '41'],
          ['8', '12', '9', '3'],
          ['10', '0', '10', '30'],
        ],
      );
      for (const button of buttons) {
        assert.equal(button.type, 'button');
        assert.equal(button.class, 'quote');
      }
      assert.deepEqual(
        buttons.map((b) => b['data-key']),
        ['evidence:ownership:0', 'evidence:ownership:1', 'evidence:business-impact:0'],
      );
    });

    it('quote the sentence on one line', () => {
      assert.match(page(), />“I own its on-call rotation\.”<\/button>/);
    });
  });

  describe('escaping', () => {
    const HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'&';
    const ESCAPED = '&#60;script&#62;alert(1)&#60;/script&#62;&#60;img src=x onerror=alert(2)&#62;&#34;&#39;&#38;';

    it('escapes every text that comes from the letter, the job description or the server', () => {
      const r = report();
      const hostile = report({
        company: HOSTILE,
        industry: { value: HOSTILE, source: 'setting' },
        job: { path: HOSTILE, role: HOSTILE, match: 50, matched: [HOSTILE], missing: [HOSTILE] },
        skim: r.skim.map((check) => ({
          ...check,
          label: HOSTILE,
          evidence: check.evidence.map((e) => ({ ...e, text: HOSTILE })),
        })),
        findingsByRule: [{ ruleId: HOSTILE, name: HOSTILE, severity: HOSTILE, count: 1, docs: HOSTILE }],
      });
      const html = renderReportHtml({ kind: 'report', report: hostile }, { ...OPTIONS, letterName: HOSTILE });
      assert.equal(html.match(/<script/g)?.length, 1, 'only the page’s own script');
      assert.doesNotMatch(html, /<img/);
      assert.doesNotMatch(html, /alert\(1\)<\/script>/);
      // Company, industry, path, role, two terms, four labels, three quotes, rule id twice and name, severity, title twice.
      assert.ok(html.split(ESCAPED).length - 1 >= 15, `escaped ${html.split(ESCAPED).length - 1} times`);
      assert.ok(!html.includes(HOSTILE));
    });

    it('escapes a job description problem and a failure message', () => {
      assert.ok(page(report({ job: undefined, jobProblem: HOSTILE })).includes(ESCAPED));
      const failed = renderReportHtml({ kind: 'failed', message: HOSTILE }, OPTIONS);
      assert.ok(failed.includes(ESCAPED));
      assert.ok(!failed.includes(HOSTILE));
    });

    it('keeps a nonce from breaking out of its attribute', () => {
      const html = renderReportHtml({ kind: 'loading' }, { ...OPTIONS, nonce: 'a"><script>x' });
      assert.equal(html.match(/<script/g)?.length, 1);
    });
  });

  describe('accessibility', () => {
    it('has a language, a polite live region, the summary, and labelled sections', () => {
      const html = page();
      assert.match(html, /<html lang="en">/);
      assert.match(html, /<p id="report-status" class="summary">212 of 250 words · 2 of 4 skim checks met/);
      const [announcer] = elements(html, 'p').filter((p) => p.id === 'report-announcer');
      assert.equal(announcer!.role, 'status');
      assert.equal(announcer!['aria-live'], 'polite');
      assert.equal(announcer!.class, 'visually-hidden');
      // Empty at first: the script announces only what changes later.
      assert.equal(announcer!['data-current'], '2 of 4 skim checks met · job match 68% · 7 findings');
      assert.match(html, /<p id="report-announcer"[^>]*><\/p>/);
      assert.match(html, /<main id="report" aria-labelledby="report-title">/);
      for (const section of elements(html, 'section')) assert.equal(section['aria-labelledby'], `${section.id}-heading`);
    });

    it('uses real buttons for everything that acts, each with a key to keep focus across updates', () => {
      const buttons = elements(page(), 'button');
      assert.ok(buttons.length >= 8);
      for (const button of buttons) {
        assert.equal(button.type, 'button');
        assert.ok(button['data-key'], 'a button without data-key');
      }
      const keys = buttons.map((b) => b['data-key']);
      assert.equal(new Set(keys).size, keys.length, 'data-key values repeat');
    });
  });

  describe('summary', () => {
    it('sums up the words, the skim checks, the job match and the findings', () => {
      assert.equal(reportSummary({ kind: 'report', report: report() }), '212 of 250 words · 2 of 4 skim checks met · job match 68% · 7 findings');
      assert.equal(
        reportSummary({ kind: 'report', report: report({ job: undefined, findingsByRule: [] }) }),
        '212 of 250 words · 2 of 4 skim checks met · 0 findings',
      );
    });

    it('announces what changes other than the word count, so typing is not read out word by word', () => {
      const r = report();
      const longer = { ...r, statistics: { ...r.statistics, words: 230 } };
      assert.equal(reportAnnouncement({ kind: 'report', report: r }), reportAnnouncement({ kind: 'report', report: longer }));
      assert.notEqual(
        reportAnnouncement({ kind: 'report', report: r }),
        reportAnnouncement({ kind: 'report', report: report({ findingsByRule: [] }) }),
      );
      assert.equal(reportAnnouncement({ kind: 'loading' }), '');
      assert.equal(reportAnnouncement({ kind: 'unchecked' }), reportSummary({ kind: 'unchecked' }));
    });

    it('has a page for every state', () => {
      const states: ReportState[] = [{ kind: 'loading' }, { kind: 'unchecked' }, { kind: 'failed', message: 'no server' }];
      for (const state of states) {
        const html = renderReportHtml(state, OPTIONS);
        assert.match(html, /<main id="report"/);
        assert.ok(html.includes(reportSummary(state)));
      }
      assert.match(renderReportBody({ kind: 'unchecked' }, {}), /data-command="coverLetter\.checkThisFile"/);
    });
  });
});
