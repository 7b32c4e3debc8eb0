/**
 * The project's layers, checked by `npm run lint:layers` (part of `npm test`).
 *
 * Inside the engine each layer may import only from the layers before it:
 *   memory, vocabulary → text → types → structure → tailoring → kit → checks → rules → the engine's top
 *   (analyze.ts, registry.ts, notices.ts, fixAll.ts, countWords.ts, suppression.ts, index.ts).
 * Around it: the engine is pure (no editor API, no LSP, no Node built-ins); the language
 * server and the CLI use it through its index only; the client talks to the server through
 * shared/ only; shared/ depends on nothing of ours; the rest of server/src is
 * layered too (SERVER_GROUPS). Type-only imports count as imports.
 */
const ENGINE = '^server/src/engine/';

/** The engine's layers, lowest first. */
const LAYERS = [
  ['memory', `${ENGINE}memory/`],
  ['vocabulary', `${ENGINE}vocabulary/`],
  ['text', `${ENGINE}text/`],
  ['types', `${ENGINE}types/`],
  ['structure', `${ENGINE}structure/`],
  ['tailoring', `${ENGINE}tailoring/`],
  ['kit', `${ENGINE}kit/`],
  ['checks', `${ENGINE}checks/`],
  ['rules', `${ENGINE}rules/`],
  ['top', `${ENGINE}[^/]+$`],
];

/**
 * The rest of server/src, lowest first; folders in one group may use each other
 * (without cycles), a folder never imports a later group.
 */
const SERVER_GROUPS = [
  ['util', ['util']],
  ['engine', ['engine']],
  ['services', ['spelling', 'lsp', 'config', 'jobs']],
  ['report', ['report']],
  ['front ends', ['server', 'cli']],
];

const serverRules = SERVER_GROUPS.flatMap(([name, folders], index) => {
  const later = SERVER_GROUPS.slice(index + 1).flatMap(([, laterFolders]) => laterFolders);
  if (later.length === 0) return [];
  return [
    {
      name: `server-group-${name.replace(/ /g, '-')}`,
      comment: `server/src/{${folders.join(',')}} may not import the folders that build on it: ${later.join(', ')}.`,
      severity: 'error',
      from: { path: `^server/src/(${folders.join('|')})/` },
      to: { path: `^server/src/(${later.join('|')})/` },
    },
  ];
});

/** Foundations that sit side by side: neither may import the other. */
const SIDE_BY_SIDE = [['memory', 'vocabulary']];

const layerRules = LAYERS.flatMap(([name, path], index) => {
  const above = LAYERS.slice(index + 1).map(([, abovePath]) => abovePath);
  if (above.length === 0) return [];
  return [
    {
      name: `engine-layer-${name}`,
      comment: `The engine's ${name} layer may import only from the layers below it (see the order at the top of this file).`,
      severity: 'error',
      from: { path },
      to: { path: above },
    },
  ];
});

const sideBySideRules = SIDE_BY_SIDE.flatMap(([a, b]) => {
  const path = (name) => LAYERS.find(([n]) => n === name)[1];
  return [
    { name: `engine-${a}-not-${b}`, severity: 'error', from: { path: path(a) }, to: { path: path(b) } },
    { name: `engine-${b}-not-${a}`, severity: 'error', from: { path: path(b) }, to: { path: path(a) } },
  ];
});

module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      comment: 'A cycle makes two modules one in all but name: split out what both need.',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    ...layerRules,
    ...sideBySideRules,
    ...serverRules,
    {
      name: 'engine-is-pure',
      comment: 'The engine takes text and options and returns findings: no editor API, no LSP, no I/O, nothing of the server or the CLI.',
      severity: 'error',
      from: { path: ENGINE },
      to: {
        pathNot: [ENGINE, '^shared/src/', '^node_modules/'],
      },
    },
    {
      name: 'engine-has-no-io',
      comment: 'No Node built-ins (fs, path, child_process...) in the engine, nor LSP or editor packages (next rule).',
      severity: 'error',
      from: { path: ENGINE },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'engine-has-no-editor-or-lsp',
      severity: 'error',
      from: { path: ENGINE },
      to: { path: '^node_modules/(vscode|vscode-languageserver[^/]*|vscode-languageclient)/' },
    },
    {
      name: 'engine-through-its-index',
      comment: 'The server, the CLI and their helpers use the engine through server/src/engine/index.ts, its public face.',
      severity: 'error',
      from: { path: '^server/src/', pathNot: ENGINE },
      to: { path: ENGINE, pathNot: `${ENGINE}index\\.ts$` },
    },
    {
      name: 'cli-not-server',
      comment: 'The CLI and the language server are two front ends of the engine: neither imports the other.',
      severity: 'error',
      from: { path: '^server/src/cli/' },
      to: { path: '^server/src/server/' },
    },
    {
      name: 'server-not-cli',
      severity: 'error',
      from: { path: '^server/src/server/' },
      to: { path: '^server/src/cli/' },
    },
    {
      name: 'shared-depends-on-nothing-of-ours',
      comment: 'shared/ holds the protocol and settings both sides use; it imports neither side.',
      severity: 'error',
      from: { path: '^shared/src/' },
      to: { path: ['^server/', '^client/'] },
    },
    {
      name: 'client-through-shared',
      comment: 'The client reaches the server through the protocol in shared/, never by importing server code.',
      severity: 'error',
      from: { path: '^client/src/' },
      to: { path: '^server/' },
    },
    {
      name: 'server-not-client',
      comment: 'The server runs without VS Code: it imports nothing of the client.',
      severity: 'error',
      from: { path: '^server/src/' },
      to: { path: '^client/' },
    },
    {
      name: 'not-to-unresolvable',
      comment: 'An import that resolves to nothing is a typo or a missing dependency.',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true, pathNot: '^vscode$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(out|dist|node_modules|\\.cache)/' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.d.ts', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: {
      // `npm run layers:graph` draws the folders: the engine's layers and the other parts.
      archi: { collapsePattern: '^(server/src/engine/[^/]+/|server/src/[^/]+/|client/src/|shared/src/|node_modules/[^/]+)' },
      dot: { collapsePattern: 'node_modules/[^/]+' },
    },
  },
};
