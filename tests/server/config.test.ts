import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';

describe('loadConfig', () => {
  it('defaults to the embedded Neo4j on loopback, port 4000', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ host: '127.0.0.1', port: 4000, nodeEnv: 'production' });
    expect(config.neo4j.uri).toBeUndefined();
    expect(config.neo4j.embedded).toMatchObject({ port: 7687, dataDir: '.data/neo4j', heap: '512m' });
    expect(config.neo4j.txTimeoutMs).toBe(5000);
    expect(config.maxQueryCost).toBe(2500);
    expect(loadConfig({ MAX_QUERY_COST: '10000' }).maxQueryCost).toBe(10000);
  });

  it('names the variable and the expected form for a bad value', () => {
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(ConfigError);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT="abc": expected a whole number/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT="70000": expected a port number/);
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(/NEO4J_HEAP="lots": expected a size such as 256m/);
    expect(() => loadConfig({ NEO4J_URI: 'http://localhost:7474' })).toThrow(/NEO4J_URI=.*expected bolt:\/\//);
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL="loud"/);
    expect(() => loadConfig({ MAX_QUERY_COST: '0' })).toThrow(/MAX_QUERY_COST="0": expected a number above 0/);
  });

  it('reports every bad variable at once', () => {
    expect(() => loadConfig({ PORT: 'x', NEO4J_TX_TIMEOUT_MS: '-1' })).toThrow(/PORT[\s\S]*NEO4J_TX_TIMEOUT_MS/);
  });

  it('treats an empty value as unset', () => {
    expect(loadConfig({ PORT: '', NEO4J_URI: '' })).toMatchObject({ port: 4000, neo4j: { uri: undefined } });
  });

  it('accepts Aura and cluster URIs with credentials', () => {
    const config = loadConfig({ NEO4J_URI: 'neo4j+s://abcd1234.databases.neo4j.io', NEO4J_USER: 'neo4j', NEO4J_PASSWORD: 's3cret', NEO4J_DATABASE: 'neo4j' });
    expect(config.neo4j).toMatchObject({ uri: 'neo4j+s://abcd1234.databases.neo4j.io', password: 's3cret', database: 'neo4j' });
  });
});
