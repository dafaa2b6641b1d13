import getPort from 'get-port';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.js';
import { startServer, type RunningServer } from '../../server/start.js';
import { hasChromium, launchChromium, screenshot, type LaunchedBrowser } from '../helpers/chromium.js';
import { openExplorer } from '../helpers/explorerPage.js';
import { silentLogger } from '../helpers/testExecutor.js';

// Chromium logs every non-2xx response itself ("Failed to load resource"); that is the browser
// reporting the outage, not our code failing. Everything else must stay silent.
const ownErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

if (!hasChromium) console.warn('Skipping the failure-state browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

describe.skipIf(!hasChromium)('the explorer when Neo4j or the server is gone', () => {
  let server: RunningServer;
  let chromium: LaunchedBrowser;

  beforeAll(async () => {
    // NEO4J_URI at a port where nothing listens: the server serves, every query fails SERVICE_UNAVAILABLE.
    const closedPort = await getPort({ host: '127.0.0.1' });
    const config = loadConfig({ NEO4J_URI: `bolt://127.0.0.1:${closedPort}`, PORT: '0', NEO4J_TX_TIMEOUT_MS: '2000' });
    server = await startServer(config, silentLogger, { buildClient: true });
    chromium = await launchChromium();
  });

  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  it('says the graph database is unavailable, offers a retry, and leaves no unhandled error', async () => {
    const explorer = await openExplorer(chromium.context, `${server.url}/?lang=en`);
    const { page } = explorer;
    const alert = page.getByRole('alert');
    await expect(alert.textContent()).resolves.toContain('The graph database is unavailable right now');
    await expect(alert.getByRole('button', { name: 'Try again' }).isVisible()).resolves.toBe(true);
    // The article panel says it could not load, rather than "loading" for ever.
    await expect(page.locator('#article').textContent()).resolves.toContain('The article could not be loaded');
    await screenshot(page, '11-neo4j-unavailable');
    await alert.getByRole('button', { name: 'Try again' }).click();
    await explorer.settle();
    await expect(page.getByRole('alert').textContent()).resolves.toContain('unavailable');
    expect(ownErrors(explorer.errors)).toEqual([]);
    await page.close();
  });

  it('says the server cannot be reached when it is gone', async () => {
    const explorer = await openExplorer(chromium.context, `${server.url}/?lang=en`);
    const { page } = explorer;
    await server.close();
    await page.locator('#search-input').fill('Sihekou');
    const status = page.locator('#search-status');
    await page.waitForFunction(() => document.getElementById('search-status')?.classList.contains('error'));
    await expect(status.textContent()).resolves.toContain('The server cannot be reached');
    await screenshot(page, '12-server-gone');
    expect(ownErrors(explorer.errors)).toEqual([]);
    await page.close();
  });
});
