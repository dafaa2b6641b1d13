import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import getPort from 'get-port';
import { resolveClasspath, LAUNCHER_SOURCE } from './classpath.js';
import { lockDataDir } from './dataDirLock.js';
import { EmbeddedNeo4jError } from './EmbeddedNeo4jError.js';
import { firstLoggedError, logSize } from './firstLoggedError.js';
import { ensureNeo4jPassword, passwordFile } from './neo4jPassword.js';
import { INSTALL_HINT, javaCommand, javaMajorVersion, MIN_JAVA } from './prerequisites.js';

export interface EmbeddedOptions {
  /** Preferred Bolt port; when taken, a free one is chosen and reported through onLog. */
  port: number;
  /** Use `port` as it is, taken or not (a restart must keep its address; Neo4j reports a clash). */
  exactPort?: boolean;
  dataDir: string;
  heap: string;
  pageCache: string;
  startTimeoutMs: number;
  onLog?: (line: string) => void;
}

export interface EmbeddedNeo4j {
  uri: string;
  /** The credentials every connection needs (auth is on; the password lives in the data folder). */
  user: string;
  password: string;
  /** Neo4j's own log, where the cause of a failure inside the database is written. */
  logFile: string;
  port: number;
  pid: number;
  /** Resolves once the JVM has exited. Safe to call twice. */
  stop(): Promise<void>;
  /** Synchronous last resort for process 'exit' handlers, where nothing async can run. */
  kill(): void;
  /** The JVM's exit code once it has exited (0 after a clean shutdown), else null. */
  exitCode(): number | null;
  /** Resolves when the JVM has exited, for whatever reason. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/**
 * Starts Neo4j Community in a child JVM and resolves once Bolt accepts connections.
 * The JVM watches its stdin, which only we hold: if this process dies in any way, the pipe
 * closes and Neo4j shuts down, so no JVM outlives its parent.
 */
export async function startEmbeddedNeo4j(options: EmbeddedOptions): Promise<EmbeddedNeo4j> {
  const log = options.onLog ?? (() => undefined);
  const java = javaCommand();
  const version = javaMajorVersion(java);
  if (version === null) throw new EmbeddedNeo4jError(`Java was not found (tried "${java}").\n${INSTALL_HINT}`);
  if (version < MIN_JAVA) throw new EmbeddedNeo4jError(`Java ${version} was found; Neo4j 5 needs Java ${MIN_JAVA}+.\n${INSTALL_HINT}`);
  const classpath = resolveClasspath(log);

  const port = options.exactPort ? options.port : await getPort({ port: options.port, host: '127.0.0.1' });
  if (options.port !== 0 && port !== options.port) log(`Port ${options.port} is taken; embedded Neo4j uses Bolt port ${port} instead.`);
  const dataDir = path.resolve(options.dataDir);
  const lock = lockDataDir(dataDir);
  let password: string;
  try {
    password = ensureNeo4jPassword(dataDir);
  } catch (error) {
    lock.release();
    throw error;
  }

  const logFrom = logSize(neo4jLogFile(dataDir));
  const child = spawn(java, [`-Xmx${options.heap}`, '-XX:+UseSerialGC', LAUNCHER_SOURCE, dataDir, String(port), options.pageCache, passwordFile(dataDir)], {
    // CLASSPATH rather than -cp: two hundred jar paths would bury the command in `ps`.
    env: { ...process.env, CLASSPATH: classpath },
    stdio: ['pipe', 'pipe', 'pipe'],
    // Its own process group: Ctrl+C in the terminal reaches the app, which closes its driver
    // first and then stops Neo4j itself (by closing stdin), rather than both at once.
    detached: true,
  });
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const stderrTail: string[] = [];
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
    // Keep what Java says, not where it said it: the user needs the message, not the stack.
    stderrTail.push(...chunk.split('\n').filter((line) => line.trim() && !/^\s+(at |\.\.\. \d+ more)/.test(line)));
    stderrTail.splice(0, Math.max(0, stderrTail.length - 20));
  });

  try {
    await waitForReady(child, exit, options.startTimeoutMs, () => stderrTail.join('\n'), dataDir, logFrom);
  } catch (error) {
    child.kill('SIGKILL');
    await exit;
    lock.release();
    throw error;
  }

  let stopping: Promise<void> | undefined;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    user: 'neo4j',
    password,
    logFile: neo4jLogFile(dataDir),
    port,
    pid: child.pid!,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode === null && child.signalCode === null) {
          child.stdin.end(); // asks for a clean shutdown
          const timer = setTimeout(() => child.kill('SIGKILL'), 15_000); // before the app's own 20 s last resort
          await exit;
          clearTimeout(timer);
        }
        lock.release();
      })();
      return stopping;
    },
    kill() {
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
      lock.release();
    },
    exitCode: () => child.exitCode,
    exited: exit,
  };
}

/** Neo4j's own log in its data folder, where a failure inside the database is explained. */
function neo4jLogFile(dataDir: string): string {
  return path.join(dataDir, 'logs', 'debug.log');
}

/** Neo4jLauncher.java's exit code when Neo4j runs but its database cannot be opened. */
const DATABASE_FAILED = 3;

function waitForReady(
  child: ChildProcess,
  exit: Promise<{ code: number | null }>,
  timeoutMs: number,
  stderr: () => string,
  dataDir: string,
  logFrom: number,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new EmbeddedNeo4jError(`Embedded Neo4j did not start within ${timeoutMs / 1000} s (NEO4J_START_TIMEOUT_S).\n${stderr()}`)),
      timeoutMs,
    );
    let buffer = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      buffer += chunk;
      if (/^READY \d+$/m.test(buffer)) {
        clearTimeout(timer);
        resolve();
      }
    });
    void exit.then(({ code }) => {
      clearTimeout(timer);
      const log = neo4jLogFile(dataDir);
      if (code === DATABASE_FAILED) {
        // Neo4j tells no client why; its log does, and the user should not have to dig for it.
        const cause = firstLoggedError(log, logFrom) ?? 'no cause was logged';
        return reject(
          new EmbeddedNeo4jError(
            `Neo4j cannot open the database in ${dataDir}: ${cause}\nNeo4j's own log: ${log}\n` +
              `The store may be damaged: restore NEO4J_DATA_DIR from a backup, or move it away to start afresh (the seeds are loaded again).`,
          ),
        );
      }
      const text = stderr();
      const hint = /lock|FileLock|already in use/i.test(text)
        ? `\nThe data folder ${dataDir} is in use by another Neo4j: stop it, or set NEO4J_DATA_DIR to another folder.`
        : '';
      reject(new EmbeddedNeo4jError(`Embedded Neo4j exited during start-up (code ${code}).${hint} Neo4j's own log: ${log}\n${text}`));
    });
  });
}
