import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../projectRoot.js';
import { EmbeddedNeo4jError } from './EmbeddedNeo4jError.js';
import { hasMaven, INSTALL_HINT } from './prerequisites.js';

const here = path.join(PROJECT_ROOT, 'server', 'neo4j');
export const POM = path.join(here, 'pom.xml');
export const LAUNCHER_SOURCE = path.join(here, 'Neo4jLauncher.java');
const CACHE = path.join(PROJECT_ROOT, '.data', 'neo4j-classpath.json');

interface Cached {
  pomHash: string;
  classpath: string;
}

function pomHash(): string {
  return createHash('sha256').update(readFileSync(POM)).digest('hex');
}

/**
 * The jars of the embedded Neo4j, fetched by Maven into its local repository (~/.m2) and listed
 * here. Cached by the pom's hash: a changed pom re-resolves, an unchanged one costs nothing.
 */
export function resolveClasspath(log: (line: string) => void = () => undefined): string {
  const hash = pomHash();
  if (existsSync(CACHE)) {
    const cached = JSON.parse(readFileSync(CACHE, 'utf8')) as Cached;
    const jars = cached.classpath.split(path.delimiter);
    if (cached.pomHash === hash && jars.every((jar) => existsSync(jar))) return cached.classpath;
  }
  if (!hasMaven()) throw new EmbeddedNeo4jError(`Maven (mvn) was not found.\n${INSTALL_HINT}`);
  log('Fetching the embedded Neo4j jars with Maven (once; about 60 MB)...');
  const out = path.join(path.dirname(CACHE), `classpath-${process.pid}.txt`);
  mkdirSync(path.dirname(CACHE), { recursive: true });
  let classpath: string;
  try {
    const result = spawnSync('mvn', ['-B', '-q', '-f', POM, 'dependency:build-classpath', `-Dmdep.outputFile=${out}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    if (result.status !== 0 || !existsSync(out)) {
      const detail = `${result.stdout ?? ''}${result.stderr ?? ''}`.trim().split('\n').slice(-15).join('\n');
      throw new EmbeddedNeo4jError(`Maven could not fetch the Neo4j jars (exit ${result.status}).\n${detail}`);
    }
    classpath = readFileSync(out, 'utf8').trim();
  } finally {
    // Per process (two starting at once must not read each other's half-written list), so never reused.
    rmSync(out, { force: true });
  }
  writeFileSync(CACHE, JSON.stringify({ pomHash: hash, classpath } satisfies Cached, null, 2));
  return classpath;
}
