import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { Agent, get as httpGet } from 'node:http';
import { createServer, type AddressInfo, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import getPort from 'get-port';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { isAlive, killSpawnedApps, spawnApp, waitForExit } from '../../helpers/spawnApp.js';

afterEach(killSpawnedApps);

/** One GET on a kept-alive socket; resolves when the answer has been read. */
function get(url: string, agent: Agent): Promise<void> {
  return new Promise((resolve, reject) => {
    httpGet(url, { agent }, (response) => response.resume().once('end', resolve)).once('error', reject);
  });
}

// The whole app as `npm start` runs it, with its own embedded Neo4j: it must come up, answer,
// and leave no JVM behind however it ends.
describe('app lifecycle with the embedded Neo4j', () => {
  let dataDir: string;
  let blocker: Server;
  let blockedPort: number;

  beforeAll(async () => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-lifecycle-'));
    // Occupy a port and ask for it as NEO4J_PORT: the app must pick another and say so.
    blockedPort = await getPort({ host: '127.0.0.1' });
    blocker = createServer().listen(blockedPort, '127.0.0.1');
    await new Promise((resolve) => blocker.once('listening', resolve));
  });

  afterAll(async () => {
    await new Promise((resolve) => blocker.close(resolve));
    rmSync(dataDir, { recursive: true, force: true });
  });

  const env = () => ({
    ...process.env,
    PORT: '0',
    NEO4J_URI: '',
    NEO4J_PORT: String(blockedPort),
    NEO4J_DATA_DIR: dataDir,
    NEO4J_HEAP: '384m',
    NEO4J_PAGECACHE: '32m',
  });

  it('starts, serves /health and GraphQL, and stops cleanly on SIGTERM, keep-alive clients and all', async () => {
    const app = spawnApp(env());
    const up = await app.waitForLog('embedded Neo4j is up');
    const serving = await app.waitForLog('serving');
    const pid = up.pid as number;
    expect(isAlive(pid)).toBe(true);
    expect(app.output()).toContain(`Port ${blockedPort} is taken`);
    expect(up.uri).not.toContain(`:${blockedPort}`);

    const url = serving.url as string;
    expect((await fetch(`${url}/health`)).status).toBe(200);
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ stats { kinds { key } } }' }),
    });
    expect(((await response.json()) as { data: unknown }).data).toHaveProperty('stats');

    // A second app on the same data folder is refused before it writes anything there.
    const conf = readFileSync(path.join(dataDir, 'neo4j.conf'), 'utf8');
    const second = spawnApp({ ...env(), PORT: '0', NEO4J_PORT: '0' });
    expect(await second.exited).toBe(1);
    expect(second.output()).toContain(`is in use by another running app (process ${app.child.pid})`);
    expect(second.output()).not.toContain('embedded Neo4j is up');
    expect(second.output()).not.toMatch(/^\s+at /m);
    expect(readFileSync(path.join(dataDir, 'neo4j.conf'), 'utf8')).toBe(conf);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    // Clients with kept-alive sockets, some of them mid-request, must not hold the stop open.
    const agent = new Agent({ keepAlive: true });
    let sending = true;
    const client = async () => {
      for (let i = 0; sending && i < 200; i++) await get(`${url}/health`, agent).catch(() => undefined);
    };
    const clients = Array.from({ length: 4 }, client);
    await new Promise((resolve) => setTimeout(resolve, 500));
    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    sending = false;
    await Promise.all(clients);
    agent.destroy();
    expect(await waitForExit(pid, 5_000)).toBe(true);
    const stopped = await app.waitForLog('stopped', 1000);
    // Neo4j shut itself down (exit 0), rather than being killed when time ran out.
    expect(stopped.neo4jExit).toBe(0);
    expect(app.output()).not.toContain('exiting anyway');
    // The folder is free again for the next start.
    expect(existsSync(path.join(dataDir, 'app.lock'))).toBe(false);
  });

  it('stops, Neo4j included, when SIGTERM goes to npm rather than to the app', async () => {
    const app = spawnApp(env(), { viaNpm: true });
    const up = await app.waitForLog('embedded Neo4j is up');
    await app.waitForLog('serving');
    app.child.kill('SIGTERM'); // npm passes it to its shell, not to node
    await app.exited;
    expect(await waitForExit(up.pid as number, 45_000)).toBe(true);
    expect(app.output()).toContain('"signal":"parent exited"');
  });

  it('restarts the embedded Neo4j after it crashes, refusing queries at once meanwhile', async () => {
    const app = spawnApp(env());
    const up = await app.waitForLog('embedded Neo4j is up');
    const url = (await app.waitForLog('serving')).url as string;
    const stats = () =>
      fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ stats { kinds { key count } } }' }),
      });

    process.kill(up.pid as number, 'SIGKILL');
    const exit = await app.waitForLog('embedded Neo4j exited', 10_000);
    expect(exit).toMatchObject({ pid: up.pid, signal: 'SIGKILL' });
    // While it is down: /health and queries say so, with the reason, and the app stays up.
    const health = await fetch(`${url}/health`);
    expect(health.status).toBe(503);
    expect(((await health.json()) as { neo4j: { status: string; reason: string } }).neo4j).toMatchObject({
      status: 'down',
      reason: expect.stringContaining('restarting'),
    });
    const refused = await stats();
    expect(refused.status).toBe(503);
    expect(((await refused.json()) as { errors: { extensions: { code: string } }[] }).errors[0]!.extensions.code).toBe('SERVICE_UNAVAILABLE');

    const back = await app.waitForLog('embedded Neo4j is back', 60_000);
    expect(back.pid).not.toBe(up.pid);
    // The driver reconnects by itself: answers resume without restarting the app.
    let answer: Response | undefined;
    for (let i = 0; i < 20 && answer?.status !== 200; i++) {
      answer = await stats();
      if (answer.status !== 200) await new Promise((resolve) => setTimeout(resolve, 500));
    }
    expect(answer?.status).toBe(200);
    expect((await fetch(`${url}/health`)).status).toBe(200);

    app.child.kill('SIGTERM');
    expect(await app.exited).toBe(0);
    expect(await waitForExit(back.pid as number, 5_000)).toBe(true);
  });

  it('leaves no JVM behind when the app is killed outright (SIGKILL)', async () => {
    const app = spawnApp(env());
    const up = await app.waitForLog('embedded Neo4j is up');
    const pid = up.pid as number;
    await app.waitForLog('serving');
    app.child.kill('SIGKILL');
    await app.exited;
    // No handler runs on SIGKILL: the JVM notices its stdin pipe closing and shuts down.
    expect(await waitForExit(pid, 45_000)).toBe(true);
  });
});

describe('start-up errors a newcomer can act on', () => {
  it('says what to install when Java is missing and no NEO4J_URI is set', async () => {
    // A PATH holding only node: neither java nor mvn can be found.
    const bin = mkdtempSync(path.join(tmpdir(), 'pledge-graph-bin-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const app = spawnApp({ PATH: bin, HOME: process.env.HOME, PORT: '0', NEO4J_DATA_DIR: path.join(bin, 'data') });
    expect(await app.exited).toBe(1);
    const output = app.output();
    expect(output).toContain('Java was not found');
    expect(output).toContain('NEO4J_URI');
    expect(output).not.toMatch(/^\s+at /m);
    rmSync(bin, { recursive: true, force: true });
  });

  it('says which variable to set when the HTTP port is taken, before starting Neo4j', async () => {
    const taken = createServer().listen(0, '127.0.0.1');
    await new Promise((resolve) => taken.once('listening', resolve));
    const port = (taken.address() as AddressInfo).port;
    try {
      const app = spawnApp({ ...process.env, PORT: String(port), NEO4J_URI: '', NEO4J_DATA_DIR: mkdtempSync(path.join(tmpdir(), 'pledge-graph-port-')) });
      expect(await app.exited).toBe(1);
      expect(app.output()).toContain(`PORT=${port}: 127.0.0.1:${port} is already in use`);
      expect(app.output()).toContain('set PORT to a free port');
      expect(app.output()).not.toContain('starting embedded Neo4j');
      expect(app.output()).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((resolve) => taken.close(resolve));
    }
  });

  it('names the variable of a bad config value and exits 1', async () => {
    const app = spawnApp({ ...process.env, PORT: 'abc' });
    expect(await app.exited).toBe(1);
    expect(app.output()).toContain('PORT="abc": expected a whole number');
    expect(app.output()).not.toMatch(/^\s+at /m);
  });
});
