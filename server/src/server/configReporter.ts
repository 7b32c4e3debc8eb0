/**
 * Tells the user about problems in `.coverletterrc.json` files: a warning
 * message naming the file, line and column (once for each content of the file,
 * not at every check), and diagnostics in the file itself, which the editor
 * shows when the file is open.
 */
import { pathToFileURL } from 'node:url';
import { type Connection, type Diagnostic, MessageType, ShowMessageNotification } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DIAGNOSTIC_SOURCE } from '../../../shared/src/protocol';
import type { LoadedConfigFile } from '../config/configFiles';
import { lineAndColumn } from '../config/parseConfig';
import { toRange } from '../lsp/ranges';
import { toLspSeverity } from '../lsp/severity';
import type { ConfigReporter } from './configStore';
import type { Logger } from './logger';

/** The `code` of diagnostics about config files. */
const CONFIG_DIAGNOSTIC_CODE = 'config';

export class ConnectionConfigReporter implements ConfigReporter {
  // path → the text whose problems were last shown, so each content is reported once.
  private readonly shown = new Map<string, string>();
  private readonly withDiagnostics = new Set<string>();

  constructor(
    private readonly connection: Pick<Connection, 'sendDiagnostics' | 'sendNotification'>,
    private readonly logger: Logger,
  ) {}

  loaded(file: LoadedConfigFile): void {
    if (file.problems.length === 0) {
      this.shown.delete(file.path);
      this.clearDiagnostics(file.path);
      return;
    }
    if (this.shown.get(file.path) !== file.text) {
      this.shown.set(file.path, file.text);
      for (const message of configMessages(file)) {
        this.logger.warn(message);
        // The notification, not window/showMessageRequest: nothing to answer, nothing to wait for.
        this.send(() => this.connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }));
      }
    }
    this.publish(file.path, configDiagnostics(file));
  }

  removed(filePath: string): void {
    this.shown.delete(filePath);
    this.clearDiagnostics(filePath);
  }

  private clearDiagnostics(filePath: string): void {
    if (this.withDiagnostics.has(filePath)) this.publish(filePath, []);
  }

  private publish(filePath: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length > 0) this.withDiagnostics.add(filePath);
    else this.withDiagnostics.delete(filePath);
    this.send(() => this.connection.sendDiagnostics({ uri: pathToFileURL(filePath).href, diagnostics }));
  }

  private send(message: () => Promise<void>): void {
    try {
      message().catch(() => undefined);
    } catch {
      // Only while the connection closes; nobody is left to tell.
    }
  }
}

/** One message per problem: `Cover Letter Coach: <file>, line L, column C: <what>`. */
function configMessages(file: LoadedConfigFile): string[] {
  return file.problems.map((problem) => {
    const { line, column } = lineAndColumn(file.text, problem.offset);
    return `Cover Letter Coach: ${file.path}, line ${line}, column ${column}: ${problem.message}`;
  });
}

function configDiagnostics(file: LoadedConfigFile): Diagnostic[] {
  const document = TextDocument.create(pathToFileURL(file.path).href, 'jsonc', 0, file.text);
  return file.problems.map((problem) => ({
    range: toRange(document, problem.offset, problem.length),
    severity: toLspSeverity(problem.severity),
    source: DIAGNOSTIC_SOURCE,
    code: CONFIG_DIAGNOSTIC_CODE,
    message: problem.message,
  }));
}
