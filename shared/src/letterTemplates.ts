/**
 * The full-letter templates: which industries and lengths exist, the snippet
 * prefix of each, and the front matter a new letter starts with. The template
 * texts themselves live only in `snippets/*.json`. Pure, so the New Cover Letter
 * command and the tests share it.
 */
import type { Industry } from './settings';

export type TemplateIndustry = Exclude<Industry, 'general'>;

export interface TemplateIndustryInfo {
  industry: TemplateIndustry;
  label: string;
  /** What hiring managers in this industry weigh, in one line. */
  weighs: string;
}

export const TEMPLATE_INDUSTRIES: readonly TemplateIndustryInfo[] = [
  { industry: 'tech', label: 'Tech', weighs: 'How fast you ship: production tooling, release pace, latency and experiment throughput.' },
  { industry: 'finance', label: 'Finance', weighs: 'Whether your models survive review: explainability, governance, audit and model risk.' },
  { industry: 'retail', label: 'Retail', weighs: 'What your models earn: revenue, margin, basket size and customer lifetime value.' },
];

/** `cl-tech-250` and so on: the prefix of a full-letter snippet. */
export function letterTemplatePrefix(industry: TemplateIndustry, words: number): string {
  return `cl-${industry}-${words}`;
}

/** Placeholders are written `[what goes here, e.g. an example]`; the company's starts with "company". */
export function isCompanyPlaceholder(placeholder: string): boolean {
  return /^\[company\b/i.test(placeholder);
}

export interface NewLetterOptions {
  industry: TemplateIndustry;
  target: number;
  company?: string | undefined;
}

/** The front matter a new letter starts with, ending in a blank line. */
export function newLetterFrontMatter(options: NewLetterOptions, eol = '\n'): string {
  const lines = ['---', `industry: ${options.industry}`, `target: ${options.target}`];
  const company = options.company?.trim();
  if (company) lines.push(`company: ${yamlString(company)}`);
  lines.push('---', '', '');
  return lines.join(eol);
}

/** A YAML scalar that reads back as this exact string: plain when that is safe, else double-quoted. */
export function yamlString(value: string): string {
  const plain =
    /^[\p{L}\p{N}][\p{L}\p{N} .,&'()/+-]*$/u.test(value) &&
    !/[ ]$/.test(value) &&
    !/^(?:true|false|yes|no|on|off|null|~|y|n)$/i.test(value) &&
    !/^[-+]?(?:\d[\d_,]*)?(?:\.\d*)?(?:e[-+]?\d+)?$/i.test(value) &&
    !/^0[xob]/i.test(value);
  // JSON strings are valid YAML double-quoted scalars.
  return plain ? value : JSON.stringify(value);
}
