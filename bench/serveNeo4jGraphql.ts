// @neo4j/graphql over the same database, for the comparison in run.ts: in a process of its own
// (our API's memory is measured alone, serveApi.ts). Prints one JSON line with its URL, then
// serves until its parent closes stdin. 127.0.0.1 only.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import type { AddressInfo } from 'node:net';
import { createDriver } from '../server/db/createDriver.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4jGraphql/typeDefs.js';

const { BENCH_NEO4J_URI: uri = '', BENCH_NEO4J_USER: user = 'neo4j', BENCH_NEO4J_PASSWORD: password = '' } = process.env;
const driver = createDriver({ uri, user, password });
const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));

const server = app.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${JSON.stringify({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/graphql` })}\n`);
});

process.stdin.resume();
process.stdin.on('end', () => {
  server.close();
  void Promise.all([apollo.stop(), driver.close()]).then(() => process.exit(0));
});
