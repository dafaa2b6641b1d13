import { z } from 'zod';
import { MIN_TOKEN_LENGTH } from './auth/editorTokenFile.js';
import { DEFAULT_MAX_QUERY_COST } from './cost/fieldCosts.js';

/** Thrown for a bad environment value; its message names the variable and what is expected. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const port = (fallback: number) =>
  z.coerce
    .number({ error: 'expected a whole number' })
    .int('expected a whole number')
    .min(0, 'expected a port number 0..65535')
    .max(65535, 'expected a port number 0..65535')
    .default(fallback);

const positiveInt = (fallback: number) =>
  z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').positive('expected a number above 0').default(fallback);

// Java memory sizes as Neo4j and the JVM accept them: 512m, 1g, 256k.
const memorySize = (fallback: string) =>
  z
    .string()
    .regex(/^\d+[kmg]$/i, 'expected a size such as 256m or 1g')
    .default(fallback);

const boltUri = z.string().regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\/[^\s/]+/, 'expected bolt://host:port, neo4j://host or neo4j+s://host (Aura)');

const EnvSchema = z.object({
  NODE_ENV: z.enum(['production', 'development', 'test']).default('production'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEO4J_URI: boltUri.optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().optional(),
  NEO4J_TX_TIMEOUT_MS: positiveInt(5000),
  NEO4J_PORT: port(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.data/neo4j'),
  NEO4J_HEAP: memorySize('512m'),
  NEO4J_PAGECACHE: memorySize('128m'),
  NEO4J_START_TIMEOUT_S: positiveInt(120),
  MAX_CONCURRENT_QUERIES: positiveInt(8),
  MAX_QUERY_COST: positiveInt(DEFAULT_MAX_QUERY_COST),
  // Sent in an HTTP header: printable ASCII without spaces.
  EDITOR_TOKEN: z
    .string()
    .min(MIN_TOKEN_LENGTH, `expected at least ${MIN_TOKEN_LENGTH} characters (e.g. openssl rand -base64 32)`)
    .regex(/^[\x21-\x7e]+$/, 'expected printable ASCII characters without spaces')
    .optional(),
  QUERY_QUEUE: z.coerce.number({ error: 'expected a whole number' }).int('expected a whole number').min(0, 'expected 0 or more').default(32),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  nodeEnv: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  /** The most rows one request's root fields may make the database read (server/cost). */
  maxQueryCost: number;
  /** The token writes need, when set by EDITOR_TOKEN; otherwise one is generated (server/auth). */
  editorToken?: string;
  neo4j: {
    /** Set: use this server. Unset: start the embedded one. */
    uri?: string;
    user: string;
    password: string;
    database?: string;
    txTimeoutMs: number;
    /** Fair sharing: reads at once, and how many may wait for a turn. */
    maxConcurrent: number;
    queue: number;
    embedded: { port: number; dataDir: string; heap: string; pageCache: string; startTimeoutMs: number };
  };
}

/** Never echoed in an error message, even when invalid. */
const SECRETS = new Set(['EDITOR_TOKEN', 'NEO4J_PASSWORD']);

/** Reads and validates the environment once; every error names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty value (VAR= in a shell or .env) means "not set", as people expect.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      const shown = SECRETS.has(name) ? '(not shown)' : JSON.stringify(env[name] ?? '');
      return `  ${name}=${shown}: ${issue.message}`;
    });
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    nodeEnv: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    maxQueryCost: e.MAX_QUERY_COST,
    editorToken: e.EDITOR_TOKEN,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      maxConcurrent: e.MAX_CONCURRENT_QUERIES,
      queue: e.QUERY_QUEUE,
      embedded: {
        port: e.NEO4J_PORT,
        dataDir: e.NEO4J_DATA_DIR,
        heap: e.NEO4J_HEAP,
        pageCache: e.NEO4J_PAGECACHE,
        startTimeoutMs: e.NEO4J_START_TIMEOUT_S * 1000,
      },
    },
  };
}
