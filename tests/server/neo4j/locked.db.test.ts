import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import neo4j from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { passwordFile } from '../../../server/neo4j/neo4jPassword.js';
import { helloOverTcp, helloOverWebSocket } from '../../helpers/boltProbe.js';
import { testDriver } from '../../helpers/testExecutor.js';

const port = Number(new URL(inject('neo4jUri')).port);

// The run's Neo4j is started exactly as `npm start` starts the embedded one.
describe('the embedded Neo4j is locked', () => {
  it('refuses a HELLO without credentials, over plain Bolt and over a WebSocket from a web page', async () => {
    await expect(helloOverTcp(port)).resolves.toBe('FAILURE');
    await expect(helloOverWebSocket(port, 'http://evil.example')).resolves.toBe('FAILURE');
  });

  it('refuses a driver without the password or with a wrong one, and reads nothing for it', async () => {
    for (const auth of [undefined, neo4j.auth.basic('neo4j', 'neo4j'), neo4j.auth.basic('neo4j', 'wrong-password')]) {
      const driver = neo4j.driver(inject('neo4jUri'), auth, { connectionTimeout: 5000, maxTransactionRetryTime: 0 });
      try {
        await expect(driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n')).rejects.toMatchObject({
          code: expect.stringMatching(/^Neo\.ClientError\.Security\./),
        });
      } finally {
        await driver.close();
      }
    }
  });

  it('answers the password from the data folder', async () => {
    const driver = testDriver();
    try {
      const { records } = await driver.executeQuery('MATCH (n:Entity) RETURN count(n) AS n');
      expect(records[0]!.get('n')).toBeGreaterThan(100);
    } finally {
      await driver.close();
    }
  });

  it('keeps the password in a file only its owner can read, and nowhere in neo4j.conf', () => {
    const file = passwordFile(inject('neo4jDataDir'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    const password = readFileSync(file, 'utf8').trim();
    expect(password).toBe(inject('neo4jPassword'));
    expect(password.length).toBeGreaterThanOrEqual(32);
    const conf = readFileSync(path.join(inject('neo4jDataDir'), 'neo4j.conf'), 'utf8');
    expect(conf).toContain('dbms.security.auth_enabled=true');
    expect(conf).not.toContain(password);
  });
});
