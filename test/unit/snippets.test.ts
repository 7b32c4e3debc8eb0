/**
 * The letter templates in snippets/: valid VS Code snippet files, contributed
 * for Markdown and plain text, with well-formed tab stops; and good letters by
 * the engine's own rules once their placeholders hold typical values.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { analyze, type AnalysisResult } from '../../server/src/engine';
import { LENGTH_PRESETS } from '../../shared/src/lengthTarget';
import {
  TEMPLATE_INDUSTRIES,
  isCompanyPlaceholder,
  letterTemplatePrefix,
  newLetterFrontMatter,
  yamlString,
  type TemplateIndustry,
} from '../../shared/src/letterTemplates';
import {
  SnippetSyntaxError,
  expandSnippet,
  parseSnippet,
  setPlaceholder,
  snippetBodyText,
  snippetPrefixes,
  type SnippetDefinition,
  type SnippetPart,
} from '../../shared/src/snippetSyntax';
import { REPO_ROOT } from '../helpers/paths';

const SNIPPETS_DIR = path.join(REPO_ROOT, 'snippets');
const SECTION_PREFIXES = ['cl-hook', 'cl-achievement', 'cl-team', 'cl-close'];
/** How far a filled template's word count may fall below its target. */
const LENGTH_TOLERANCE = 0.15;

interface Template {
  file: string;
  name: string;
  prefix: string;
  snippet: SnippetDefinition;
}

const files = fs
  .readdirSync(SNIPPETS_DIR)
  .filter((name) => name.endsWith('.json'))
  .sort();

function readFile(file: string): Record<string, SnippetDefinition> {
  return JSON.parse(fs.readFileSync(path.join(SNIPPETS_DIR, file), 'utf8')) as Record<string, SnippetDefinition>;
}

const templates: Template[] = files.flatMap((file) =>
  Object.entries(readFile(file)).map(([name, snippet]) => ({ file, name, prefix: snippetPrefixes(snippet)[0]!, snippet })),
);

function template(prefix: string): Template {
  const found = templates.find((t) => t.prefix === prefix);
  assert.ok(found, `no snippet has the prefix ${prefix}`);
  return found;
}

const tabStops = (parts: SnippetPart[]) => parts.filter((p): p is Extract<SnippetPart, { kind: 'tabstop' }> => p.kind === 'tabstop');

/** A placeholder is "[what belongs here, e.g. a typical value]"; the typical value fills it. */
const PLACEHOLDER = /^\[([^[\]]+?), e\.g\. ([^[\]]+)\]$/;

function typicalValue(placeholder: string | undefined): string {
  const match = PLACEHOLDER.exec(placeholder ?? '');
  assert.ok(match, `placeholder without a hint and an example: ${placeholder}`);
  return match[2]!;
}

/** The template as a writer would leave it: every tab stop holding its typical value. */
function filled(body: string): string {
  return expandSnippet(parseSnippet(body), (_, placeholder) => typicalValue(placeholder));
}

const COMPANY = 'Northwind Analytics';

/** What New Cover Letter opens, filled in: front matter, then the template with the company already set. */
function newLetter(industry: TemplateIndustry, words: number): string {
  const body = setPlaceholder(snippetBodyText(template(letterTemplatePrefix(industry, words)).snippet), isCompanyPlaceholder, COMPANY);
  const text = expandSnippet(parseSnippet(body), (_, placeholder) =>
    PLACEHOLDER.test(placeholder ?? '') ? typicalValue(placeholder) : placeholder!,
  );
  assert.ok(text.includes(COMPANY), 'the company is filled in');
  return newLetterFrontMatter({ industry, target: words, company: COMPANY }) + text;
}

function serious(text: string, result: AnalysisResult): string[] {
  return result.findings
    .filter((f) => f.severity === 'warning' || f.severity === 'error')
    .map((f) => `${f.ruleId}: ${text.slice(f.offset, f.offset + f.length)}`);
}

describe('letter templates (snippets/)', () => {
  it('holds snippet files', () => {
    assert.ok(files.length > 0, 'no .json files in snippets/');
  });

  for (const file of files) {
    describe(file, () => {
      it('is a JSON object of snippets', () => {
        const json: unknown = JSON.parse(fs.readFileSync(path.join(SNIPPETS_DIR, file), 'utf8'));
        assert.ok(json && typeof json === 'object' && !Array.isArray(json), 'a snippet file is an object');
        assert.ok(Object.keys(json).length > 0, 'holds at least one snippet');
      });

      for (const [name, snippet] of Object.entries(readFile(file))) {
        it(`"${name}" has a prefix, a body and a short description`, () => {
          assert.equal(typeof snippet.prefix, 'string');
          assert.match(snippet.prefix as string, /^cl-[a-z0-9-]+$/);
          assert.ok(Array.isArray(snippet.body) && snippet.body.length > 0, 'body is a list of lines');
          assert.ok(
            (snippet.body as unknown[]).every((line) => typeof line === 'string'),
            'every body line is a string',
          );
          assert.equal(typeof snippet.description, 'string');
          assert.ok(snippet.description!.length >= 20 && snippet.description!.length <= 100, `description length ${snippet.description!.length}`);
        });

        it(`"${name}" has well-formed tab stops, numbered in the order they are filled`, () => {
          const stops = tabStops(parseSnippet(snippetBodyText(snippet)));
          assert.ok(stops.length > 0, 'a template without tab stops');
          const firsts: number[] = [];
          const hints = new Map<number, string>();
          for (const stop of stops) {
            if (!hints.has(stop.index)) {
              assert.ok(stop.placeholder !== undefined, `tab stop ${stop.index} first appears without its hint`);
              hints.set(stop.index, stop.placeholder);
              firsts.push(stop.index);
            } else {
              // A repeat mirrors the first: bare, or with the very same hint.
              assert.ok(stop.placeholder === undefined || stop.placeholder === hints.get(stop.index), `tab stop ${stop.index} has two hints`);
            }
          }
          assert.deepEqual(
            firsts,
            firsts.map((_, i) => i + 1),
            'tab stops are 1, 2, 3, ... in reading order',
          );
          for (const hint of hints.values()) typicalValue(hint);
          const distinct = new Set(hints.values());
          assert.equal(distinct.size, hints.size, 'a value that repeats reuses its tab stop instead of asking twice');
        });
      }
    });
  }

  it('prefixes are unique across all files', () => {
    const prefixes = templates.flatMap((t) => snippetPrefixes(t.snippet));
    const repeated = prefixes.filter((p, i) => prefixes.indexOf(p) !== i);
    assert.deepEqual(repeated, []);
  });

  it('has a full letter for every industry and length, and the four section snippets', () => {
    const expected = [
      ...TEMPLATE_INDUSTRIES.flatMap(({ industry }) => LENGTH_PRESETS.map((p) => letterTemplatePrefix(industry, p.words))),
      ...SECTION_PREFIXES,
    ].sort();
    assert.deepEqual(templates.map((t) => t.prefix).sort(), expected);
  });

  it('package.json contributes every snippet file for Markdown and for plain text', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
      contributes: { snippets?: { language: string; path: string }[] };
    };
    const contributed = (manifest.contributes.snippets ?? []).map((s) => `${s.language} ${path.posix.normalize(s.path)}`).sort();
    const expected = ['markdown', 'plaintext'].flatMap((language) => files.map((file) => `${language} snippets/${file}`)).sort();
    assert.deepEqual(contributed, expected);
  });

  for (const { industry } of TEMPLATE_INDUSTRIES) {
    for (const { words } of LENGTH_PRESETS) {
      const prefix = letterTemplatePrefix(industry, words);

      describe(prefix, () => {
        it('mentions the company through one tab stop that New Cover Letter can fill', () => {
          const stops = tabStops(parseSnippet(snippetBodyText(template(prefix).snippet)));
          const company = stops.filter((s) => s.placeholder !== undefined && isCompanyPlaceholder(s.placeholder));
          assert.equal(company.length, 1, 'one company placeholder');
          assert.ok(stops.filter((s) => s.index === company[0]!.index).length >= 2, 'the company is named more than once, through the same tab stop');
        });

        for (const format of ['markdown', 'plaintext'] as const) {
          it(`filled with typical values, is within ${LENGTH_TOLERANCE * 100}% of ${words} words and raises no warning (${format})`, () => {
            const text = newLetter(industry, words);
            const result = analyze(text, { format: 'markdown' });
            const body = text.slice(text.indexOf('Dear'));
            const asText = format === 'plaintext' ? analyze(body, { format, target: words, industry }) : result;
            for (const r of [result, asText]) {
              assert.ok(
                r.stats.words >= words * (1 - LENGTH_TOLERANCE) && r.stats.words <= words,
                `${r.stats.words} words for a ${words}-word target`,
              );
              assert.ok(r.stats.paragraphs >= 3 && r.stats.paragraphs <= 4, `${r.stats.paragraphs} body paragraphs`);
            }
            assert.deepEqual(serious(format === 'markdown' ? text : body, asText), []);
          });
        }

        it('opens with a salutation and ends with a sign-off and a name', () => {
          const lines = snippetBodyText(template(prefix).snippet).split('\n');
          assert.match(lines[0]!, /^Dear \$\{\d+:\[/);
          assert.match(lines.at(-3)!, /^[A-Z][a-z]+(?: [a-z]+)?,$/);
          assert.match(lines.at(-1)!, /^\$\{\d+:\[your name, e\.g\. /);
        });

        it('left unfilled, has every placeholder flagged by unfilled-placeholder', () => {
          const body = snippetBodyText(template(prefix).snippet);
          const slots = tabStops(parseSnippet(body)).length;
          const text = newLetterFrontMatter({ industry, target: words }) + expandSnippet(parseSnippet(body), (_, p) => p!);
          const flagged = analyze(text).findings.filter((f) => f.ruleId === 'unfilled-placeholder');
          assert.equal(flagged.length, slots);
          assert.ok(flagged.every((f) => f.severity === 'error'));
        });
      });
    }
  }

  it('the section snippets are one paragraph each and, put together and filled, make a letter that raises no warning', () => {
    const sections = SECTION_PREFIXES.map((prefix) => {
      const body = snippetBodyText(template(prefix).snippet);
      assert.ok(!body.includes('\n'), `${prefix} is one paragraph`);
      return filled(body);
    });
    const text = [
      newLetterFrontMatter({ industry: 'tech', target: 250, company: COMPANY }) + 'Dear Priya Raman,',
      ...sections,
      'Best regards,',
      'Dana Ortiz',
    ].join('\n\n');
    const result = analyze(text);
    assert.deepEqual(serious(text, result), []);
    assert.equal(result.stats.paragraphs, 4);
  });
});

describe('snippet syntax', () => {
  it('reads tab stops, placeholders and escapes', () => {
    assert.deepEqual(parseSnippet('Cut \\$${1:[cost, e.g. 40K]} for $2 and ${3} \\} \\\\'), [
      { kind: 'text', text: 'Cut $' },
      { kind: 'tabstop', index: 1, placeholder: '[cost, e.g. 40K]' },
      { kind: 'text', text: ' for ' },
      { kind: 'tabstop', index: 2, placeholder: undefined },
      { kind: 'text', text: ' and ' },
      { kind: 'tabstop', index: 3, placeholder: undefined },
      { kind: 'text', text: ' } \\' },
    ]);
  });

  it('refuses variables, choices, nested and unclosed placeholders', () => {
    for (const body of ['$TM_FILENAME', '${name}', '${1|a,b|}', '${1:[a ${2:b}]}', '${1:[open', 'costs $ 5']) {
      assert.throws(() => parseSnippet(body), SnippetSyntaxError, body);
    }
  });

  it('gives the company placeholder a new value, escaped, and keeps it a tab stop', () => {
    const body = 'At ${1:[company, e.g. Acme]} I met ${2:[name, e.g. Ana]}; ${1} again.';
    const updated = setPlaceholder(body, isCompanyPlaceholder, 'Sand $ Sea {Labs}');
    assert.equal(updated, 'At ${1:Sand \\$ Sea {Labs\\}} I met ${2:[name, e.g. Ana]}; ${1} again.');
    assert.equal(
      expandSnippet(parseSnippet(updated), (_, p) => p ?? ''),
      'At Sand $ Sea {Labs} I met [name, e.g. Ana]; Sand $ Sea {Labs} again.',
    );
    assert.equal(
      setPlaceholder(body, () => false, 'x'),
      body,
    );
  });
});

describe('new-letter front matter', () => {
  it('is read back by the engine as the letter’s industry, target and company', () => {
    const text = newLetterFrontMatter({ industry: 'finance', target: 400, company: 'Harbor & Vine: Credit' }) + 'Dear Priya,\n';
    const result = analyze(text);
    assert.deepEqual(result.frontMatter, { industry: 'finance', target: 400, company: 'Harbor & Vine: Credit' });
    assert.equal(result.stats.targetSource, 'front matter');
    assert.deepEqual(
      result.findings.filter((f) => f.ruleId === 'invalid-front-matter'),
      [],
    );
  });

  it('leaves out an empty company and follows the given line ending', () => {
    assert.equal(
      newLetterFrontMatter({ industry: 'tech', target: 150, company: '  ' }, '\r\n'),
      '---\r\nindustry: tech\r\ntarget: 150\r\n---\r\n\r\n',
    );
  });

  it('writes company names YAML reads back unchanged', () => {
    for (const name of [
      'Northwind Analytics',
      'Cedar & Pine',
      'yes',
      'null',
      '1,000 Labs',
      '2048',
      'A: B',
      '#hash',
      '"Quoted"',
      "O'Brien Ltd.",
      '- dash',
      'Zoë Café',
    ]) {
      assert.equal((parseYaml(`company: ${yamlString(name)}`) as { company?: unknown }).company, name, name);
    }
    assert.equal(yamlString('Northwind Analytics'), 'Northwind Analytics');
  });
});
