import { spawnSync } from 'node:child_process';
import path from 'node:path';

/** The java binary to run: JAVA_HOME's when set (as Maven does), else the one on PATH. */
export function javaCommand(env: NodeJS.ProcessEnv = process.env): string {
  return env.JAVA_HOME ? path.join(env.JAVA_HOME, 'bin', 'java') : 'java';
}

/** Major version of a java binary, or null when it cannot be run. */
export function javaMajorVersion(command = javaCommand()): number | null {
  const result = spawnSync(command, ['-version'], { encoding: 'utf8' });
  if (result.error || result.status !== 0) return null;
  // `java -version` prints e.g. openjdk version "17.0.15" 2025-04-15 (or "1.8.0_392") on stderr.
  const match = /version "(\d+)(?:\.(\d+))?/.exec(result.stderr);
  if (!match) return null;
  const major = Number(match[1]);
  return major === 1 ? Number(match[2]) : major;
}

export function hasMaven(): boolean {
  const result = spawnSync('mvn', ['-v'], { encoding: 'utf8' });
  return !result.error && result.status === 0;
}

export const MIN_JAVA = 17;

export const INSTALL_HINT =
  `The embedded Neo4j needs Java ${MIN_JAVA}+ and Maven (to fetch its jars once).\n` +
  `  Install them (Debian/Ubuntu: apt-get install openjdk-17-jdk-headless maven), then run npm install again;\n` +
  `  or use a Neo4j you already run: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE).`;
