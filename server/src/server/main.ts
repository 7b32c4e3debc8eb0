/**
 * Cover Letter Coach language server. Bundled to dist/server.js; the transport
 * comes from the command line (`--stdio` for any LSP client, `--node-ipc` from
 * the VS Code extension), which createConnection reads itself.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { docsBaseUri } from '../lsp/docsUri';
import { checkDocumentRequest } from '../../../shared/src/protocol';
import { checkDocumentHandler } from './checkDocument';
import { quickFixes } from './codeActions';
import { DocumentFilter } from './documentFilter';
import type { Logger } from './logger';
import { SettingsStore } from './settings';
import { Validator } from './validation';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logger: Logger = {
  warn: (message) => connection.console.warn(message),
  error: (message) => connection.console.error(message),
};
const settings = new SettingsStore(connection, logger);
const filter = new DocumentFilter();
const validator = new Validator({
  connection,
  documents,
  settings,
  filter,
  logger,
  // In the bundle __dirname is dist/, and the README ships next to it.
  docsBase: docsBaseUri(__dirname),
});

let registerForConfigurationChanges = false;

connection.onInitialize((params) => {
  const workspace = params.capabilities.workspace;
  settings.pullFromClient = workspace?.configuration === true;
  registerForConfigurationChanges = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    },
    serverInfo: { name: 'cover-letter-coach' },
  };
});

connection.onInitialized(() => {
  // Clients that pull settings only tell us about changes if we ask for the notification.
  if (registerForConfigurationChanges) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
});

connection.onDidChangeConfiguration((params) => {
  settings.changed(params.settings);
  validator.scheduleAll();
});

documents.onDidChangeContent((event) => void validator.schedule(event.document));

documents.onDidClose((event) => {
  validator.clear(event.document.uri);
  settings.forget(event.document.uri);
});

connection.onCodeAction(quickFixes);

connection.onRequest(checkDocumentRequest, checkDocumentHandler(documents, filter, validator));

documents.listen(connection);
connection.listen();
