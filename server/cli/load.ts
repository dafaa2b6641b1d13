// `npm run load` validates the seeds and writes them to Neo4j; `npm run load -- --check` only validates.
import { ConfigError, loadConfig } from '../config.js';
import { connectNeo4j } from '../db/connectNeo4j.js';
import { createLogger } from '../logger.js';
import { EmbeddedNeo4jError } from '../neo4j/EmbeddedNeo4jError.js';
import { checkSeeds, summarize, writeSeedGraph } from '../load/loadSeeds.js';
import { SeedValidationError } from '../load/SeedError.js';

const checkOnly = process.argv.includes('--check');

try {
  // Validated before Neo4j is started or reached, and only once.
  const graph = checkSeeds();
  if (checkOnly) {
    console.log(`Seeds are valid: ${JSON.stringify(summarize(graph))}`);
    process.exit(0);
  }
  const config = loadConfig(process.env);
  const logger = createLogger(config.logLevel);
  const neo4j = await connectNeo4j(config, logger);
  try {
    const loaded = await writeSeedGraph(neo4j.executor, graph);
    logger.info(loaded, 'seeds loaded');
  } finally {
    await neo4j.close();
  }
} catch (error) {
  if (error instanceof SeedValidationError || error instanceof ConfigError || error instanceof EmbeddedNeo4jError) {
    console.error(error.message);
  } else {
    console.error(error);
  }
  process.exit(1);
}
