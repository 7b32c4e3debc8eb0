/**
 * "Your letter never leaves your machine": the shipped bundles contain no HTTP
 * client. The bundles are read as built by `npm run build` (esbuild writes a
 * `// path` comment before each bundled module, so every finding is traced to
 * the module it comes from).
 *
 * What legitimately appears, and why it is not network use:
 * - `require("net")` in vscode-jsonrpc/lib/node/main.js: the LSP pipe and
 *   socket transports (`--pipe`, `--socket`), which connect to a named pipe or
 *   to 127.0.0.1 only. Both are asserted below.
 * - `require("child_process")` in vscode-languageclient (the extension starts
 *   and stops the server process) and vscode-languageserver/lib/node/files.js
 *   (resolving the global node_modules folder): local processes only.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { REPO_ROOT } from '../helpers/paths';

const BUNDLES = ['dist/server.js', 'dist/cli.js', 'dist/extension.js'];

interface Module {
  name: string;
  source: string;
}

/** The bundle cut into the modules esbuild put in it, by its `// path` comments. */
function modulesOf(bundle: string): Module[] {
  const modules: Module[] = [{ name: '(bundle prelude)', source: '' }];
  for (const line of bundle.split('\n')) {
    const header = /^\/\/ ((?:node_modules|server|client|shared|scripts)\/\S+)$/.exec(line);
    if (header) modules.push({ name: header[1]!, source: '' });
    else modules[modules.length - 1]!.source += line + '\n';
  }
  return modules;
}

/** Node modules that speak a network protocol (bare and `node:` names). */
const NETWORK_MODULES = ['http', 'https', 'http2', 'tls', 'dgram', 'dns', 'undici', 'node-fetch', 'axios', 'got', 'ws'];
const LOADS_NETWORK_MODULE = new RegExp(
  `\\b(?:require|import)\\s*\\(\\s*["'\`](?:node:)?(?:${NETWORK_MODULES.join('|')})(?:/[^"'\`]*)?["'\`]\\s*\\)|\\bfrom\\s*["'](?:node:)?(?:${NETWORK_MODULES.join('|')})["']`,
);
/** Browser-style network APIs, called or constructed. */
const WEB_NETWORK_API = /\bfetch\s*\(|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b/;

const requires = (source: string, name: string) => new RegExp(`\\brequire\\(\\s*"(?:node:)?${name}"\\s*\\)`).test(source);

/** What in `source` would mean network use; empty when there is none. */
function networkUse(source: string): string[] {
  const found: string[] = [];
  for (const pattern of [LOADS_NETWORK_MODULE, WEB_NETWORK_API]) {
    const global = new RegExp(pattern.source, 'g');
    for (const m of source.matchAll(global)) found.push(m[0]);
  }
  return found;
}

describe('privacy: the bundles', () => {
  const bundles = BUNDLES.map((file) => {
    const fullPath = path.join(REPO_ROOT, file);
    assert.ok(fs.existsSync(fullPath), `${file} is missing: run \`npm run build\``);
    const source = fs.readFileSync(fullPath, 'utf8');
    return { file, source, modules: modulesOf(source) };
  });

  it('are the readable build, so each finding can be traced to its module', () => {
    for (const b of bundles) assert.ok(b.modules.length > 10, `${b.file} has no module comments (a minified build?)`);
  });

  for (const file of BUNDLES) {
    it(`${file} loads no HTTP, TLS, DNS or WebSocket module and calls no fetch, XMLHttpRequest or WebSocket`, () => {
      const b = bundles.find((x) => x.file === file)!;
      const uses = b.modules.flatMap((m) => networkUse(m.source).map((use) => `${m.name}: ${use}`));
      assert.deepEqual(uses, []);
    });
  }

  it('use sockets only in the LSP transports, and only to a named pipe or 127.0.0.1', () => {
    for (const b of bundles) {
      const withNet = b.modules.filter((m) => requires(m.source, 'net'));
      assert.deepEqual(
        withNet.map((m) => m.name).filter((name) => name !== 'node_modules/vscode-jsonrpc/lib/node/main.js'),
        [],
        `${b.file}: only vscode-jsonrpc's transports may use sockets`,
      );
      for (const m of withNet) {
        const connects = [...m.source.matchAll(/\bcreateConnection\)?\(([^)]*)\)/g)].map((x) => x[1]!.trim());
        const listens = [...m.source.matchAll(/\bserver\.listen\(([^,)]*(?:,\s*"[^"]*")?)/g)].map((x) => x[1]!.trim());
        assert.ok(connects.length > 0 && listens.length > 0, `${b.file}: the transports were found`);
        for (const target of [...connects, ...listens]) {
          assert.match(target, /^(?:pipeName|port,\s*"127\.0\.0\.1")$/, `${b.file}: ${m.name} connects to ${target}`);
        }
      }
    }
  });

  it('start processes only in the language client and server libraries, never from our own code', () => {
    const allowed = new Set([
      'node_modules/vscode-languageclient/lib/node/main.js',
      'node_modules/vscode-languageclient/lib/node/processes.js',
      'node_modules/vscode-languageserver/lib/node/files.js',
    ]);
    for (const b of bundles) {
      const starting = b.modules.filter((m) => requires(m.source, 'child_process')).map((m) => m.name);
      assert.deepEqual(
        starting.filter((name) => !allowed.has(name)),
        [],
        b.file,
      );
    }
  });

  it('our own code requires no networking module at all', () => {
    for (const b of bundles) {
      for (const m of b.modules.filter((x) => /^(?:server|client|shared)\//.test(x.name))) {
        for (const name of [...NETWORK_MODULES, 'net', 'child_process']) {
          assert.ok(!requires(m.source, name), `${b.file}: ${m.name} requires ${name}`);
        }
      }
    }
  });

  it('the check itself catches each form of network use (so a pass means something)', () => {
    const forms = [
      'var h = require("http");',
      'var h = require("node:https");',
      'const w = require( "ws" );',
      'import("undici")',
      'import x from "node:http2";',
      'await fetch(url)',
      'globalThis.fetch (url)',
      'new XMLHttpRequest()',
      'new WebSocket("wss://x")',
      'navigator.sendBeacon(u, d)',
    ];
    for (const form of forms) assert.ok(networkUse(form).length > 0, form);
    for (const innocent of ['prefetch(x)', 'require("httpie-docs")', 'fetched(1)', 'require("path")']) {
      assert.deepEqual(networkUse(innocent), [], innocent);
    }
  });
});
