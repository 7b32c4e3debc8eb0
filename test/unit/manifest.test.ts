/**
 * Keeps package.json honest: its contributions must agree with the typed
 * settings in shared/, with the commands the client registers, and with the
 * VS Code versions the extension is tested against.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DEFAULT_SETTINGS, INDUSTRIES, RULE_SEVERITY_NAMES, SETTINGS_SECTION } from '../../shared/src/settings';

/** code-server 4.100.3 bundles VS Code 1.100; the extension must install there. */
const NEWEST_SUPPORTED_VSCODE: Version = [1, 100, 0];

type Version = [number, number, number];

interface JsonSchema {
  type?: string;
  default?: unknown;
  enum?: unknown[];
  items?: JsonSchema;
  additionalProperties?: JsonSchema | boolean;
  markdownDescription?: string;
  scope?: string;
}

interface Manifest {
  main: string;
  icon: string;
  engines: { vscode: string };
  activationEvents: string[];
  devDependencies: Record<string, string>;
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    menus?: Record<string, { command: string }[]>;
    configuration: { properties: Record<string, JsonSchema> };
  };
}

function findRepoRoot(start: string): string {
  for (let dir = start; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'package.json');
    if (fs.existsSync(candidate) && (JSON.parse(fs.readFileSync(candidate, 'utf8')) as { name?: unknown }).name === 'cover-letter-coach') {
      return dir;
    }
    if (path.dirname(dir) === dir) throw new Error(`no cover-letter-coach package.json above ${start}`);
  }
}

const root = findRepoRoot(__dirname);
const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as Manifest;
const properties = manifest.contributes.configuration.properties;

function parseVersion(text: string): Version {
  const match = /^[\^~]?(\d+)\.(\d+)\.(\d+)/.exec(text.trim());
  assert.ok(match, `not a plain version: ${text}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

function compareVersions(a: Version, b: Version): number {
  return a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return 'array';
  if (value === null) return 'null';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

describe('package.json manifest', () => {
  describe('contributes.configuration', () => {
    const settingKeys = Object.keys(DEFAULT_SETTINGS) as (keyof typeof DEFAULT_SETTINGS)[];

    it('contributes exactly the keys of DEFAULT_SETTINGS under the coverLetter section', () => {
      const expected = settingKeys.map((key) => `${SETTINGS_SECTION}.${key}`).sort();
      assert.deepEqual(Object.keys(properties).sort(), expected);
    });

    for (const key of settingKeys) {
      const id = `${SETTINGS_SECTION}.${key}`;

      it(`${id} has the same default and type as DEFAULT_SETTINGS`, () => {
        const schema = properties[id];
        assert.ok(schema, `${id} is not contributed`);
        assert.deepEqual(schema.default, DEFAULT_SETTINGS[key]);
        assert.equal(schema.type, jsonType(DEFAULT_SETTINGS[key]));
      });

      it(`${id} explains itself to the user`, () => {
        const description = properties[id]?.markdownDescription ?? '';
        assert.ok(description.length >= 40, `${id} needs a markdownDescription`);
      });
    }

    it('coverLetter.files is a list of strings', () => {
      assert.equal(properties[`${SETTINGS_SECTION}.files`]?.items?.type, 'string');
    });

    it('coverLetter.rules only accepts the severity names the server understands', () => {
      const values = properties[`${SETTINGS_SECTION}.rules`]?.additionalProperties;
      assert.ok(values && typeof values === 'object', 'rules needs an additionalProperties schema');
      assert.deepEqual(values.enum, [...RULE_SEVERITY_NAMES]);
    });

    it('coverLetter.industry offers exactly the industries the engine knows', () => {
      assert.deepEqual(properties[`${SETTINGS_SECTION}.industry`]?.enum, [...INDUSTRIES]);
    });
  });

  describe('contributes.commands', () => {
    const clientSources = sourceFiles(path.join(root, 'client', 'src')).map((file) => fs.readFileSync(file, 'utf8'));

    for (const { command } of manifest.contributes.commands) {
      it(`${command} is registered by the client`, () => {
        const quoted = [`'${command}'`, `"${command}"`, `\`${command}\``];
        const registering = clientSources.filter((text) => quoted.some((q) => text.includes(q)) && text.includes('registerCommand('));
        assert.ok(registering.length > 0, `no file in client/src registers ${command}`);
      });
    }

    it('every menu entry points at a contributed command', () => {
      const contributed = new Set(manifest.contributes.commands.map((c) => c.command));
      for (const entries of Object.values(manifest.contributes.menus ?? {})) {
        for (const entry of entries) assert.ok(contributed.has(entry.command), `menu names unknown ${entry.command}`);
      }
    });
  });

  describe('VS Code versions', () => {
    const engine = parseVersion(manifest.engines.vscode);

    it(`engines.vscode asks for at most ${NEWEST_SUPPORTED_VSCODE.join('.')}`, () => {
      assert.ok(compareVersions(engine, NEWEST_SUPPORTED_VSCODE) <= 0, `engines.vscode is ${manifest.engines.vscode}`);
    });

    it('@types/vscode is not newer than engines.vscode (vsce refuses to package otherwise)', () => {
      const declared = manifest.devDependencies['@types/vscode'];
      assert.ok(declared, '@types/vscode is not a devDependency');
      assert.ok(compareVersions(parseVersion(declared), engine) <= 0, `@types/vscode ${declared} > ${manifest.engines.vscode}`);
      const installed = path.join(root, 'node_modules', '@types', 'vscode', 'package.json');
      if (fs.existsSync(installed)) {
        const version = (JSON.parse(fs.readFileSync(installed, 'utf8')) as { version: string }).version;
        assert.ok(compareVersions(parseVersion(version), engine) <= 0, `installed @types/vscode ${version} > ${manifest.engines.vscode}`);
      }
    });
  });

  describe('packaging', () => {
    it('activates for Markdown and plain text', () => {
      assert.deepEqual([...manifest.activationEvents].sort(), ['onLanguage:markdown', 'onLanguage:plaintext']);
    });

    it('the icon is a 128x128 PNG', () => {
      const png = fs.readFileSync(path.join(root, manifest.icon));
      assert.equal(png.subarray(1, 4).toString('ascii'), 'PNG');
      assert.equal(png.readUInt32BE(16), 128, 'width');
      assert.equal(png.readUInt32BE(20), 128, 'height');
    });

    it('.vscodeignore is an allow-list that takes back the entry point and the icon', () => {
      const lines = fs
        .readFileSync(path.join(root, '.vscodeignore'), 'utf8')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter((line) => line !== '' && !line.startsWith('#'));
      assert.equal(lines[0], '**');
      for (const file of [manifest.main, manifest.icon, 'dist/server.js']) {
        assert.ok(lines.includes(`!${path.posix.normalize(file)}`), `.vscodeignore must re-include ${file}`);
      }
    });
  });
});
