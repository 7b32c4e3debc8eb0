/**
 * What the report's webview may ask the extension to do, and the check every
 * message passes before the extension acts on it. Pure, so it can be tested
 * without an editor.
 */
import { COMMANDS } from '../commandIds';

export interface ReportPosition {
  line: number;
  character: number;
}

export interface ReportRange {
  start: ReportPosition;
  end: ReportPosition;
}

/** Commands a report button may run on its letter; nothing else is run. */
export const REPORT_COMMANDS = [COMMANDS.checkThisFile, COMMANDS.setLengthTarget, COMMANDS.useJobDescription] as const;
export type ReportCommand = (typeof REPORT_COMMANDS)[number];

export type WebviewMessage =
  /** The page has loaded and wants the latest report. */
  | { type: 'ready' }
  /** Select this range of the letter in its editor. */
  | { type: 'reveal'; range: ReportRange }
  /** Open the explanation of a rule in the current report. */
  | { type: 'openDocs'; ruleId: string }
  /** Run one of REPORT_COMMANDS with the letter as the active editor. */
  | { type: 'command'; command: ReportCommand };

/** Extension → webview: new content for the page. */
export interface UpdateMessage {
  type: 'update';
  /** The inner HTML of the page's <main>. */
  html: string;
  /** The line under the heading. */
  summary: string;
  /** For the live region: screen readers say it when it changes. */
  announcement: string;
}

/** The message when `data` is one the webview sends, otherwise undefined. */
export function parseWebviewMessage(data: unknown): WebviewMessage | undefined {
  if (!isRecord(data)) return undefined;
  switch (data.type) {
    case 'ready':
      return { type: 'ready' };
    case 'reveal': {
      const range = parseRange(data.range);
      return range === undefined ? undefined : { type: 'reveal', range };
    }
    case 'openDocs':
      return typeof data.ruleId === 'string' && data.ruleId !== '' ? { type: 'openDocs', ruleId: data.ruleId } : undefined;
    case 'command': {
      const command = REPORT_COMMANDS.find((known) => known === data.command);
      return command === undefined ? undefined : { type: 'command', command };
    }
    default:
      return undefined;
  }
}

function parseRange(value: unknown): ReportRange | undefined {
  if (!isRecord(value)) return undefined;
  const start = parsePosition(value.start);
  const end = parsePosition(value.end);
  if (start === undefined || end === undefined) return undefined;
  const ordered = start.line < end.line || (start.line === end.line && start.character <= end.character);
  return ordered ? { start, end } : undefined;
}

function parsePosition(value: unknown): ReportPosition | undefined {
  if (!isRecord(value)) return undefined;
  const { line, character } = value;
  return isIndex(line) && isIndex(character) ? { line, character } : undefined;
}

function isIndex(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}
