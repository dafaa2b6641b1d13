import { z } from 'zod';
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

/** Reads and validates the environment once; every error names its variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  // An empty value (VAR= in a shell or .env) means "not set", as people expect.
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = EnvSchema.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0]);
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
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
