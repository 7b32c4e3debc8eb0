/**
 * Checks the raw `coverLetter` section a client sends. Settings are hand-edited
 * JSON, so every key is validated on its own: a bad value is reported by name and
 * replaced by its default, and the rest of the section still applies.
 */
import {
  type CoverLetterSettings,
  DEFAULT_SETTINGS,
  INDUSTRIES,
  isIndustry,
  MIN_MAX_DOCUMENT_LENGTH,
  RULE_SEVERITY_NAMES,
  type RuleSeverityName,
  SETTINGS_SECTION,
} from '../../../shared/src/settings';
import { unknownRuleIds } from '../config/unknownRules';
import { ruleInfo } from '../engine';
import { describeValue, isPlainObject } from '../util/values';
import { globProblem } from './documentFilter';

/** The longest wait after typing before a check: `debounceMs` above it is clamped, with a warning. */
export const MAX_DEBOUNCE_MS = 10_000;

export interface ValidatedSettings {
  settings: CoverLetterSettings;
  /** One human-readable line per rejected value, naming its key. */
  warnings: string[];
}

export function defaultSettings(): CoverLetterSettings {
  return {
    ...DEFAULT_SETTINGS,
    files: [...DEFAULT_SETTINGS.files],
    rules: { ...DEFAULT_SETTINGS.rules },
    words: [...DEFAULT_SETTINGS.words],
  };
}

export function validateSettings(raw: unknown): ValidatedSettings {
  const settings = defaultSettings();
  const warnings: string[] = [];
  // Clients answer null (or nothing) for a section they know nothing about: that just means defaults.
  if (raw === null || raw === undefined) return { settings, warnings };
  if (!isPlainObject(raw)) {
    warnings.push(`${SETTINGS_SECTION}: expected an object, got ${describeValue(raw)}; using the defaults.`);
    return { settings, warnings };
  }

  const reject = (key: keyof CoverLetterSettings, expected: string): void => {
    warnings.push(
      `${SETTINGS_SECTION}.${key}: expected ${expected}, got ${describeValue(raw[key])}; using the default ${describeValue(DEFAULT_SETTINGS[key])}.`,
    );
  };

  if (raw.files !== undefined && raw.files !== null) {
    const globs: unknown[] = Array.isArray(raw.files) ? raw.files : [];
    const refused = globs.findIndex((glob) => typeof glob === 'string' && globProblem(glob) !== undefined);
    if (refused !== -1) {
      // A pattern that could stall every check (settings apply even in an untrusted workspace).
      const glob = String(globs[refused]);
      warnings.push(
        `${SETTINGS_SECTION}.files[${refused}]: expected ${globProblem(glob)!}, got "${glob.length > 60 ? `${glob.slice(0, 59)}…` : glob}"; using the default ${describeValue(DEFAULT_SETTINGS.files)}.`,
      );
    } else if (isGlobList(raw.files)) {
      settings.files = [...raw.files];
    } else {
      reject('files', 'an array of glob patterns');
    }
  }
  if (raw.rules !== undefined && raw.rules !== null) {
    if (isPlainObject(raw.rules)) settings.rules = validateRules(raw.rules, warnings);
    else reject('rules', 'an object mapping rule ids to severities');
  }
  if (raw.lengthTarget !== undefined && raw.lengthTarget !== null) {
    if (isPositiveInteger(raw.lengthTarget)) settings.lengthTarget = raw.lengthTarget;
    else reject('lengthTarget', 'a positive whole number of words');
  }
  if (raw.industry !== undefined && raw.industry !== null) {
    if (isIndustry(raw.industry)) settings.industry = raw.industry;
    else reject('industry', `one of ${INDUSTRIES.join(', ')}`);
  }
  if (raw.debounceMs !== undefined && raw.debounceMs !== null) {
    if (isNonNegativeNumber(raw.debounceMs) && raw.debounceMs <= MAX_DEBOUNCE_MS) {
      settings.debounceMs = raw.debounceMs;
    } else if (isNonNegativeNumber(raw.debounceMs)) {
      // A letter checked minutes (or never) after typing looks like a broken server.
      settings.debounceMs = MAX_DEBOUNCE_MS;
      warnings.push(`${SETTINGS_SECTION}.debounceMs: ${raw.debounceMs} is more than ${MAX_DEBOUNCE_MS} milliseconds; using ${MAX_DEBOUNCE_MS}.`);
    } else {
      reject('debounceMs', `a number of milliseconds from 0 to ${MAX_DEBOUNCE_MS}`);
    }
  }
  if (raw.words !== undefined && raw.words !== null) {
    if (isWordList(raw.words)) settings.words = [...raw.words];
    else reject('words', 'an array of words');
  }
  if (raw.jobDescription !== undefined && raw.jobDescription !== null) {
    // A path is only read when a letter is checked, so a missing file is reported there, on the letter.
    if (typeof raw.jobDescription === 'string') settings.jobDescription = raw.jobDescription.trim();
    else reject('jobDescription', 'a file path (text)');
  }
  if (raw.maxDocumentLength !== undefined && raw.maxDocumentLength !== null) {
    if (isPositiveInteger(raw.maxDocumentLength) && raw.maxDocumentLength >= MIN_MAX_DOCUMENT_LENGTH) {
      settings.maxDocumentLength = raw.maxDocumentLength;
    } else {
      reject('maxDocumentLength', `a whole number of characters, ${MIN_MAX_DOCUMENT_LENGTH} or more`);
    }
  }
  return { settings, warnings };
}

/** Keeps each valid entry; a bad entry only loses its own override. */
function validateRules(raw: Record<string, unknown>, warnings: string[]): Record<string, RuleSeverityName> {
  const rules: Record<string, RuleSeverityName> = {};
  const unknown: string[] = [];
  for (const [ruleId, severity] of Object.entries(raw)) {
    const key = `${SETTINGS_SECTION}.rules.${ruleId}`;
    if (ruleInfo(ruleId) === undefined) {
      unknown.push(ruleId);
    } else if (!isRuleSeverityName(severity)) {
      warnings.push(
        `${key}: expected one of ${RULE_SEVERITY_NAMES.join(', ')}, got ${describeValue(severity)}; the rule keeps its default severity.`,
      );
    } else {
      rules[ruleId] = severity;
    }
  }
  if (unknown.length === 1) {
    warnings.push(`${SETTINGS_SECTION}.rules.${unknown[0]}: there is no rule "${unknown[0]}"; ignoring it.`);
  } else if (unknown.length > 1) {
    // One message for them all: thousands of lines would bury everything else.
    warnings.push(`${SETTINGS_SECTION}.rules: ${unknownRuleIds(unknown)}; ignoring them.`);
  }
  return rules;
}

function isGlobList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((glob) => typeof glob === 'string' && glob.length > 0 && globProblem(glob) === undefined);
}

function isWordList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((word) => typeof word === 'string' && word.trim().length > 0);
}

function isRuleSeverityName(value: unknown): value is RuleSeverityName {
  return typeof value === 'string' && (RULE_SEVERITY_NAMES as readonly string[]).includes(value);
}

function isPositiveInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

function isNonNegativeNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0;
}
