/**
 * The JSON schema of `.coverletterrc.json`, built from the rule registry so the
 * rule ids it accepts are always the registered ones. The server validates
 * config files against it, and `npm run docs` writes it to
 * schemas/coverletterrc.schema.json, which package.json contributes to VS Code
 * for completion and validation while the file is edited.
 */
import { CONFIG_FILE_NAME } from '../../../shared/src/config';
import { RULE_SEVERITY_NAMES } from '../../../shared/src/settings';
import type { RuleInfo } from '../engine';

/** Where the generated schema lives, relative to the repository root. */
export const CONFIG_SCHEMA_PATH = 'schemas/coverletterrc.schema.json';

export function configSchema(rules: readonly RuleInfo[]): Record<string, unknown> {
  const ids = rules.map((rule) => rule.id);
  const severity = { type: 'string', enum: [...RULE_SEVERITY_NAMES] };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: `Cover Letter Coach project configuration (${CONFIG_FILE_NAME})`,
    description:
      'Rule severities, extra weak phrases, dictionary words and ignored occurrences for the cover letters in this folder and below. A file nearer to a letter wins over one further up.',
    type: 'object',
    properties: {
      $schema: { type: 'string', description: 'The JSON schema of this file.' },
      rules: {
        type: 'object',
        description: 'Severity per rule id: off, hint, information, warning or error. Rules not listed keep their default.',
        propertyNames: { $ref: '#/definitions/ruleId' },
        properties: Object.fromEntries(
          // Inline rather than a $ref: draft-07 ignores keywords beside a $ref, and the description shows in completions.
          rules.map((rule) => [rule.id, { ...severity, description: `${rule.name}: ${rule.summary}` }]),
        ),
        additionalProperties: { $ref: '#/definitions/severity' },
      },
      phrases: {
        type: 'array',
        description:
          'Extra weak phrases to flag (rule custom-phrase). Each is plain words, matched without regard to case; never a regular expression.',
        items: {
          type: 'object',
          required: ['phrase'],
          additionalProperties: false,
          properties: {
            phrase: { type: 'string', minLength: 1, description: 'The words to flag.' },
            replacement: { type: 'string', description: 'A rewrite offered as a quick fix.' },
            message: { type: 'string', minLength: 1, description: 'What to tell the writer instead of the default message.' },
          },
        },
      },
      words: {
        type: 'array',
        description: 'Words the spelling check accepts: names, products, jargon.',
        items: { type: 'string', minLength: 1 },
      },
      ignore: {
        type: 'array',
        description: 'Flagged texts to leave alone, by rule id and the exact text the rule flagged ("Ignore this occurrence" adds them).',
        items: {
          type: 'object',
          required: ['rule', 'text'],
          additionalProperties: false,
          properties: {
            rule: { $ref: '#/definitions/ruleId' },
            text: { type: 'string', minLength: 1, description: 'The flagged text.' },
          },
        },
      },
    },
    additionalProperties: false,
    definitions: {
      ruleId: { type: 'string', enum: ids, description: 'A rule id, as shown in each problem.' },
      severity,
    },
  };
}

/** The schema file's text, as `npm run docs` writes it. */
export function configSchemaText(rules: readonly RuleInfo[]): string {
  return `${JSON.stringify(configSchema(rules), null, 2)}\n`;
}
