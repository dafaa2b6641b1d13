import getPort from 'get-port';
import { describe, expect, it } from 'vitest';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';

// Chromium logs every non-2xx response itself ("Failed to load resource"); that is the browser
// reporting the outage, not our code failing. Everything else must stay silent.
const ownErrors = (errors: string[]) => errors.filter((e) => !e.startsWith('Failed to load resource'));

if (!hasChromium) console.warn('Skipping the failure-state browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

// NEO4J_URI at a port where nothing listens: the server serves, every query fails SERVICE_UNAVAILABLE.
const closedPort = await getPort({ host: '127.0.0.1' });

describe.skipIf(!hasChromium)('the explorer when Neo4j or the server is gone', () => {
  const suite = browserSuite({ NEO4J_URI: `bolt://127.0.0.1:${closedPort}`, NEO4J_TX_TIMEOUT_MS: '2000' });

  it('says the graph database is unavailable, offers a retry, and leaves no unhandled error', async () => {
    const explorer = await suite.open('lang=en');
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
    const explorer = await suite.open('lang=en');
    const { page } = explorer;
    await suite.server.close();
    await page.locator('#search-input').fill('Sihekou');
    const status = page.locator('#search-status');
    await page.waitForFunction(() => document.getElementById('search-status')?.classList.contains('error'));
    await expect(status.textContent()).resolves.toContain('The server cannot be reached');
    await screenshot(page, '12-server-gone');
    expect(ownErrors(explorer.errors)).toEqual([]);
    await page.close();
  });
});
