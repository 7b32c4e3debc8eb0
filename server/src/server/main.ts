/**
 * Cover Letter Coach language server. Bundled to dist/server.js; the transport
 * comes from the command line (`--stdio` for any LSP client, `--node-ipc` from
 * the VS Code extension), which createConnection reads itself.
 */
import * as path from 'node:path';
import {
  CodeActionKind,
  CodeLensRefreshRequest,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_GLOB, CONFIG_FILE_NAME } from '../../../shared/src/config';
import { JOB_DESCRIPTION_GLOB } from '../../../shared/src/jobDescription';
import {
  checkDocumentRequest,
  CLIENT_COMMANDS,
  type CoverLetterInitializationOptions,
  countWordsRequest,
  FIX_ALL_CODE_ACTION_KIND,
  pingRequest,
  reportRequest,
  workspaceTrustNotification,
} from '../../../shared/src/protocol';
import { SETTINGS_SECTION } from '../../../shared/src/settings';
import { docsBaseUri } from '../lsp/docsUri';
import { isPlainObject } from '../util/values';
import { AnalysisStore } from './analysisStore';
import { checkDocumentHandler } from './checkDocument';
import { codeActionHandler } from './codeActions';
import { ConnectionConfigReporter } from './configReporter';
import { ConfigStore } from './configStore';
import { countSelectedWords } from './wordCountRequest';
import { DocumentFilter } from './documentFilter';
import { hover } from './hover';
import { JobDescriptions } from './jobDescriptions';
import { jobLenses, jobLensTitle } from './jobLens';
import { lettersUsingJobs, NamedJobWatchers } from './jobWatchers';
import type { Logger } from './logger';
import { reportHandler } from './report';
import { SettingsStore } from './settings';
import { CheckRunner } from './checkRunner';
import { SpellingLoader } from './spelling';
import { Validator } from './validation';
import { editCapabilities, type EditCapabilities, NO_EDIT_CAPABILITIES } from './workspaceEdits';
import { fsPathOfUri, WorkspaceFolders } from './workspaceFolders';
import type { WorkspaceTrust } from '../util/workspaceTrust';

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
// Clients that know nothing of workspace trust trust their workspace (see onInitialize).
const trust: WorkspaceTrust = { trusted: true };
const config = new ConfigStore(folders, new ConnectionConfigReporter(connection, logger), trust);
const filter = new DocumentFilter();
const store = new AnalysisStore();
// The engine runs in a worker thread, within a time budget; this thread keeps answering the editor.
const checker = new CheckRunner({ log: (message) => logger.warn(message) });
const spelling = new SpellingLoader(
  logger,
  () => validator.scheduleAll(),
  () => checker.loadSpelling(),
);
const jobWatchers = new NamedJobWatchers((watcher) => {
  void connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [watcher] });
});
const jobs = new JobDescriptions(folders, trust, (filePath) => jobWatchers.add(filePath));
const validator = new Validator({
  connection,
  documents,
  settings,
  config,
  filter,
  store,
  spelling,
  checker,
  jobs,
  logger,
  docsBase,
  stored: (previous, current) => {
    // The job-match lens changed: ask the client to fetch the lenses again, rather than wait for its next look.
    if (refreshCodeLenses && (previous === undefined ? undefined : jobLensTitle(previous.report)) !== jobLensTitle(current.report)) {
      void connection.sendRequest(CodeLensRefreshRequest.type).catch(() => undefined);
    }
  },
});

let registerForConfigurationChanges = false;
let registerFileWatcher = false;
let watchWorkspaceFolders = false;
let capabilities: EditCapabilities = NO_EDIT_CAPABILITIES;
let hoverMarkdown = true;
let refreshCodeLenses = false;
let clientCommands: readonly string[] = [];

connection.onInitialize((params) => {
  const workspace = params.capabilities.workspace;
  settings.pullFromClient = workspace?.configuration === true;
  registerForConfigurationChanges = workspace?.didChangeConfiguration?.dynamicRegistration === true;
  registerFileWatcher = workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
  watchWorkspaceFolders = workspace?.workspaceFolders === true;
  capabilities = editCapabilities(params.capabilities);
  const hoverFormats = params.capabilities.textDocument?.hover?.contentFormat;
  hoverMarkdown = hoverFormats === undefined || hoverFormats.includes('markdown');
  jobWatchers.enabled = registerFileWatcher;
  jobWatchers.relativePatterns = workspace?.didChangeWatchedFiles?.relativePatternSupport === true;
  refreshCodeLenses = workspace?.codeLens?.refreshSupport === true;
  folders.initialize(params);
  const options = initializationOptions(params.initializationOptions);
  spelling.enabled = options.spelling !== false;
  trust.trusted = options.workspaceTrusted !== false;
  clientCommands = options.commands ?? [];
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_CODE_ACTION_KIND] },
      codeLensProvider: { resolveProvider: false },
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
    void connection.client.register(DidChangeWatchedFilesNotification.type, {
      watchers: [{ globPattern: CONFIG_FILE_GLOB }, { globPattern: JOB_DESCRIPTION_GLOB }],
    });
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
  const paths = params.changes.flatMap((change) => fsPathOfUri(change.uri) ?? []);
  config.changed(paths);
  jobs.changed(paths);
  // A config file can apply to any letter; a job description only to the letters that use it.
  if (paths.some((filePath) => path.basename(filePath) === CONFIG_FILE_NAME)) validator.scheduleAll();
  else validator.scheduleUris(lettersUsingJobs(paths, store.all()));
});

connection.onNotification(workspaceTrustNotification, (params) => {
  if (trust.trusted === params.trusted) return;
  trust.trusted = params.trusted;
  validator.scheduleAll();
});

documents.onDidChangeContent((event) => void validator.schedule(event.document));

documents.onDidClose((event) => {
  validator.clear(event.document.uri);
  settings.forget(event.document.uri);
});

connection.onCodeAction(
  codeActionHandler({
    documents,
    store,
    config,
    validator,
    capabilities: () => capabilities,
    userDictionary: () => clientCommands.includes(CLIENT_COMMANDS.addToUserDictionary),
    spelling: (word, offset, onlyKnown) => (spelling.ready() ? checker.spellingFixes(word, offset, onlyKnown) : Promise.resolve(undefined)),
  }),
);

connection.onCodeLens((params) => jobLenses(params, { store, canShowReport: () => clientCommands.includes(CLIENT_COMMANDS.showReport) }));

connection.onRequest(reportRequest, reportHandler(store));

connection.onHover((params) => hover(params, { documents, store, validator, docsBase, markdown: hoverMarkdown }));

connection.onRequest(checkDocumentRequest, checkDocumentHandler(documents, filter, validator));

connection.onRequest(countWordsRequest, (params) => countSelectedWords(params, documents));

// The client's liveness probe: answered here, on the main thread, which no check ever blocks.
connection.onRequest(pingRequest, () => ({ alive: true }));

connection.onExit(() => checker.dispose());

/** `initializationOptions` as far as they are well-formed; anything else is left out. */
function initializationOptions(raw: unknown): CoverLetterInitializationOptions {
  if (!isPlainObject(raw)) return {};
  const options: CoverLetterInitializationOptions = {};
  if (typeof raw.spelling === 'boolean') options.spelling = raw.spelling;
  if (typeof raw.workspaceTrusted === 'boolean') options.workspaceTrusted = raw.workspaceTrusted;
  if (Array.isArray(raw.commands)) options.commands = raw.commands.filter((command): command is string => typeof command === 'string');
  return options;
}

documents.listen(connection);
connection.listen();
