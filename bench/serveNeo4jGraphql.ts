// @neo4j/graphql over the same database, for the comparison in run.ts: in a process of its own
// (our API's memory is measured alone, serveApi.ts). Prints one JSON line with its URL, then
// serves until its parent closes stdin. 127.0.0.1 only.
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { Neo4jGraphQL } from '@neo4j/graphql';
import express from 'express';
import { createDriver } from '../server/db/createDriver.js';
import { NEO4J_GRAPHQL_TYPE_DEFS } from './neo4jGraphql/typeDefs.js';
import { benchNeo4j, serveOnLoopback } from './serveOnLoopback.js';

const driver = createDriver(benchNeo4j());
const schema = await new Neo4jGraphQL({ typeDefs: NEO4J_GRAPHQL_TYPE_DEFS, driver }).getSchema();
const apollo = new ApolloServer({ schema });
await apollo.start();
const app = express();
app.use('/graphql', express.json({ limit: '100kb' }), expressMiddleware(apollo));

serveOnLoopback(app, () => Promise.all([apollo.stop(), driver.close()]));
