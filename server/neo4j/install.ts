// npm postinstall: fetch the embedded Neo4j's jars now, so that the first `npm start` is quick.
// Never fails the install: a user with NEO4J_URI needs neither Java nor Maven, and a user
// without them gets the same clear message again from `npm start`.
import { resolveClasspath } from './classpath.js';
import { EmbeddedNeo4jError } from './EmbeddedNeo4jError.js';
import { hasMaven, INSTALL_HINT, javaMajorVersion, MIN_JAVA } from './prerequisites.js';

const java = javaMajorVersion();
if (java === null || java < MIN_JAVA || !hasMaven()) {
  const found = java === null ? 'no Java' : `Java ${java}`;
  console.warn(`[embedded-neo4j] skipped: found ${found}${hasMaven() ? '' : ' and no Maven'}.\n${INSTALL_HINT}`);
} else {
  try {
    resolveClasspath((line) => console.log(`[embedded-neo4j] ${line}`));
    console.log('[embedded-neo4j] jars ready.');
  } catch (error) {
    const message = error instanceof EmbeddedNeo4jError ? error.message : String(error);
    console.warn(`[embedded-neo4j] could not prepare the embedded Neo4j: ${message}`);
  }
}
