import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { CODE_SERVER_ENTRY } from './paths';

/** The per-run folders code-server uses instead of the user's own. */
export interface EditorProfile {
  /** Holds the user data, the config file and the extensions of one run. */
  root: string;
  userDataDir: string;
  extensionsDir: string;
  config: string;
}

/** Settings that keep a fresh profile from opening pages and prompts of its own. */
const QUIET_USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'security.workspace.trust.enabled': false,
  'extensions.ignoreRecommendations': true,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

export function createProfile(root: string): EditorProfile {
  const profile = {
    root,
    userDataDir: path.join(root, 'data'),
    extensionsDir: path.join(root, 'extensions'),
    config: path.join(root, 'config.yaml'),
  };
  fs.mkdirSync(path.join(profile.userDataDir, 'User'), { recursive: true });
  fs.mkdirSync(profile.extensionsDir, { recursive: true });
  fs.writeFileSync(path.join(profile.userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));
  return profile;
}

function profileArgs(profile: EditorProfile): string[] {
  return ['--config', profile.config, '--user-data-dir', profile.userDataDir, '--extensions-dir', profile.extensionsDir];
}

/** Installs a .vsix into the profile, as `code --install-extension` would. */
export function installExtension(profile: EditorProfile, vsix: string): void {
  const result = spawnSync(process.execPath, [CODE_SERVER_ENTRY, ...profileArgs(profile), '--install-extension', vsix], {
    encoding: 'utf8',
    timeout: 120000,
  });
  if (result.status !== 0) {
    throw new Error(`code-server --install-extension ${vsix} failed (${result.status ?? result.error?.message}):\n${result.stdout}${result.stderr}`);
  }
}

export interface RunningCodeServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  port: number;
  /** Everything code-server printed so far, for failure reports. */
  output(): string;
  /** Rejects when code-server exits before `stop()` is called. */
  exited: Promise<never>;
  stop(): Promise<void>;
}

const START_TIMEOUT_MS = 60000;
const STOP_GRACE_MS = 5000;

/**
 * Starts code-server on a free loopback port (it picks one for port 0 and
 * prints it) and resolves once it listens. It runs in its own process group,
 * so stopping it also ends its extension host and the language server.
 */
export async function startCodeServer(options: {
  profile: EditorProfile;
  workspace: string;
  env?: Record<string, string>;
}): Promise<RunningCodeServer> {
  const args = [
    CODE_SERVER_ENTRY,
    '--auth',
    'none',
    '--bind-addr',
    '127.0.0.1:0',
    ...profileArgs(options.profile),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    options.workspace,
  ];
  const child = spawn(process.execPath, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, ...options.env },
  });
  let output = '';
  let stopping = false;
  const collect = (chunk: Buffer): void => {
    output += chunk.toString();
  };
  child.stdout.on('data', collect);
  child.stderr.on('data', collect);
  killOnExit(child);

  const exited = new Promise<never>((_, reject) => {
    child.once('exit', (code, signal) => {
      if (!stopping) reject(new Error(`code-server exited early (${signal ?? code}):\n${output}`));
    });
  });
  exited.catch(() => undefined); // observed by whoever awaits it

  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`code-server did not listen within ${START_TIMEOUT_MS} ms:\n${output}`)), START_TIMEOUT_MS);
    const onData = (): void => {
      const match = /HTTP server listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off('data', onData);
      resolve(Number(match[1]));
    };
    child.stdout.on('data', onData);
    exited.catch((error: Error) => {
      clearTimeout(timer);
      reject(error);
    });
  }).catch(async (error: unknown) => {
    stopping = true;
    await stopProcessGroup(child);
    throw error;
  });

  return {
    origin: `http://127.0.0.1:${port}`,
    port,
    output: () => output,
    exited,
    async stop() {
      stopping = true;
      await stopProcessGroup(child);
    },
  };
}

/** SIGTERM to the whole group, then SIGKILL to whatever is left after a grace period. */
async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.pid === undefined) return;
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    signalGroup(child.pid, 'SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([exited, new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_GRACE_MS)))]);
    clearTimeout(timer);
  }
  // The extension host and the language server may outlive code-server itself.
  signalGroup(child.pid, 'SIGKILL');
}

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}

/** Never leaves an editor behind, even when the runner itself is interrupted. */
function killOnExit(child: ChildProcess): void {
  process.once('exit', () => {
    if (child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
  });
}
