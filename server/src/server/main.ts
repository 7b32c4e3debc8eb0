/**
 * Cover Letter Coach language server. Bundled to dist/server.js; the transport
 * comes from the command line (`--stdio` for any LSP client, `--node-ipc` from
 * the VS Code extension), which createConnection reads itself.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_GLOB } from '../../../shared/src/config';
import { checkDocumentRequest, countWordsRequest, FIX_ALL_CODE_ACTION_KIND } from '../../../shared/src/protocol';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { docsBaseUri } from '../lsp/docsUri';
import { AnalysisStore } from './analysisStore';
import { checkDocumentHandler } from './checkDocument';
import { codeActionHandler } from './codeActions';
import { ConnectionConfigReporter } from './configReporter';
import { ConfigStore } from './configStore';
import { countWords } from './countWords';
import { DocumentFilter } from './documentFilter';
import { hover } from './hover';
import type { Logger } from './logger';
import { SettingsStore } from './settings';
import { SpellingLoader } from './spelling';
import { Validator } from './validation';
import { editCapabilities, type EditCapabilities, NO_EDIT_CAPABILITIES } from './workspaceEdits';
import { fsPathOfUri, WorkspaceFolders } from './workspaceFolders';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
const logger: Logger = {
  warn: (message) => connection.console.warn(message),
  error: (message) => connection.console.error(message),
};
// In the bundle __dirname is dist/, and the README ships next to it.
const docsBase = docsBaseUri(__dirname);
const settings = new SettingsStore(connection, logger);
const folders = new WorkspaceFolders();
const config = new ConfigStore(folders, new ConnectionConfigReporter(connection, logger));
const filter = new DocumentFilter();
const store = new AnalysisStore();
const spelling = new SpellingLoader(logger, () => validator.scheduleAll());
const validator = new Validator({ connection, documents, settings, config, filter, store, spelling, logger, docsBase });

let registerForConfigurationChanges = false;
let registerFileWatcher = false;
let watchWorkspaceFolders = false;
let capabilities: EditCapabilities = NO_EDIT_CAPABILITIES;
let hoverMarkdown = true;

connection.onInitialize((params) => {
  const workspace = params.capabilities.workspace;
  settings.pullFromClient = workspace?.configuration === true;
  registerForConfigurationChanges = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  registerFileWatcher = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  watchWorkspaceFolders = workspace?.workspaceFolders === true;
  capabilities = editCapabilities(params.capabilities);
  const hoverFormats = params.capabilities.textDocument?.hover?.contentFormat;
  hoverMarkdown = hoverFormats === undefined || hoverFormats.includes('markdown');
  folders.initialize(params);
  spelling.enabled = !isObject(params.initializationOptions) || params.initializationOptions.spelling !== false;
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_CODE_ACTION_KIND] },
      hoverProvider: true,
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'cover-letter-coach' },
  };
});

connection.onInitialized(() => {
  // Clients that pull settings only tell us about changes if we ask for the notification.
  if (registerForConfigurationChanges) {
    void connection.client.register(DidChangeConfigurationNotification.type, { section: SETTINGS_SECTION });
  }
  if (registerFileWatcher) {
    void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: CONFIG_FILE_GLOB }] });
  }
  if (watchWorkspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((event) => {
      folders.changed(event);
      validator.scheduleAll();
    });
  }
});

connection.onDidChangeConfiguration((params) => {
  settings.changed(params.settings);
  validator.scheduleAll();
});

connection.onDidChangeWatchedFiles((params) => {
  config.changed(params.changes.flatMap((change) => fsPathOfUri(change.uri) ?? []));
  validator.scheduleAll();
});

documents.onDidChangeContent((event) => void validator.schedule(event.document));

documents.onDidClose((event) => {
  validator.clear(event.document.uri);
  settings.forget(event.document.uri);
});

connection.onCodeAction(
  codeActionHandler({ documents, store, config, validator, capabilities: () => capabilities }),
);

connection.onHover((params) => hover(params, { documents, store, docsBase, markdown: hoverMarkdown }));

connection.onRequest(checkDocumentRequest, checkDocumentHandler(documents, filter, validator));

connection.onRequest(countWordsRequest, (params) => countWords(params, documents));

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

documents.listen(connection);
connection.listen();
