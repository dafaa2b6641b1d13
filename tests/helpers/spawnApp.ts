import { spawn, type ChildProcess } from 'node:child_process';
import { buildServer, SERVER_NODE_FLAGS } from '../../server/build/buildServer.js';
import { PROJECT_ROOT } from '../../server/projectRoot.js';

export const ROOT = PROJECT_ROOT;

export interface SpawnedApp {
  child: ChildProcess;
  /** Everything printed so far, stdout and stderr together. */
  output(): string;
  /** Resolves with the first JSON log line whose msg matches, or rejects on exit or timeout. */
  waitForLog(msg: string, timeoutMs?: number): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

const spawned = new Set<ChildProcess>();

/** Kills every app a test started and did not stop (a failed or timed-out test). */
export function killSpawnedApps(): void {
  for (const child of spawned) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  spawned.clear();
}

/**
 * Runs the app as `npm start` does (its bundle built from the current sources, then run with
 * SERVER_NODE_FLAGS), or through npm itself with `viaNpm`, to see what a process manager
 * stopping npm does to it.
 */
export function spawnApp(env: NodeJS.ProcessEnv, { viaNpm = false } = {}): SpawnedApp {
  const [command, args] = viaNpm ? ['npm', ['start', '--silent']] : [process.execPath, [...SERVER_NODE_FLAGS, buildServer()]];
  const child = spawn(command, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  spawned.add(child);
  let output = '';
  const listeners = new Set<() => void>();
  const onData = (chunk: Buffer) => {
    output += chunk.toString('utf8');
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  function findLog(msg: string) {
    for (const line of output.split('\n')) {
      if (!line.startsWith('{')) continue;
      const parsed = JSON.parse(line) as Record<string, unknown>;
      if (parsed.msg === msg) return parsed;
    }
    return undefined;
  }

  return {
    child,
    output: () => output,
    exited,
    waitForLog(msg, timeoutMs = 150_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = findLog(msg);
          if (found) {
            cleanup();
            resolve(found);
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          reject(new Error(`no "${msg}" log within ${timeoutMs} ms:\n${output}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          listeners.delete(check);
        };
        listeners.add(check);
        void exited.then((code) => {
          if (listeners.has(check)) {
            cleanup();
            reject(new Error(`app exited (${code}) before "${msg}":\n${output}`));
          }
        });
        check();
      });
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Polls until the process is gone; false if it is still alive after timeoutMs. */
export async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!isAlive(pid)) return true;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return !isAlive(pid);
}
