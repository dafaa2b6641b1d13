import { cpSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Executor } from '../../server/db/executor.js';
import { loadSeeds, SEEDS_DIR } from '../../server/load/loadSeeds.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import { openGraphiql } from '../helpers/graphiqlPage.js';
import { seedFixture } from '../helpers/seedFixture.js';
import { testExecutor } from '../helpers/testExecutor.js';
import { watchTraffic, type Traffic } from '../helpers/watchTraffic.js';

// Markup in the data, as a hostile curator or a poisoned import could write it.
const PROBE = 'place:markup-probe';
const NAME = '<img src=x onerror=alert(1)>';
const SUMMARY = 'Quotes <script>alert(2)</script> as text.';
const ALIAS = '"><svg onload=alert(3)>';
const PROBE_FILE = `entities:
  - id: "${PROBE}"
    name: ${JSON.stringify(NAME)}
    nameEn: ${JSON.stringify(NAME)}
    aliases: [${JSON.stringify(ALIAS)}]
    summary: ${JSON.stringify(SUMMARY)}
    category: "test fixture"
    evidence:
      - "积极承接产业向新区转移"
`;

/** The article graph plus the probe, as a seeds folder. */
function seedsWithProbe(): string {
  const graphDir = path.join(SEEDS_DIR, 'graph');
  const files = Object.fromEntries(
    readdirSync(graphDir, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.yaml'))
      .map((file) => [file, readFileSync(path.join(graphDir, file), 'utf8')]),
  );
  const seeds = seedFixture({ ...files, 'markup-probe.yaml': PROBE_FILE });
  cpSync(path.join(SEEDS_DIR, 'walkthroughs'), path.join(seeds, 'walkthroughs'), { recursive: true });
  return seeds;
}

if (!hasChromium) console.warn('Skipping the literal-text browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

// Data always renders as text: a name that is markup shows as those very characters, on the
// canvas, in the details, in the search's suggestions and in GraphiQL's answer, and runs nothing.
describe.skipIf(!hasChromium)('markup in the data renders as text', () => {
  const suite = browserSuite();
  let executor: Executor;
  let traffic: Traffic;

  beforeAll(async () => {
    executor = testExecutor();
    await loadSeeds(executor, seedsWithProbe());
    traffic = await watchTraffic(suite.context);
  });
  afterAll(async () => {
    await loadSeeds(executor); // the article graph back, for the files that follow
    await executor.close();
  });

  /** No element was made from the data, nothing ran, nothing was refused. */
  const nothingRan = async (page: Page) => {
    const made = await page.evaluate(() => ({
      handlers: document.querySelectorAll('[onerror], [onload]').length,
      images: [...document.querySelectorAll('img')].map((img) => img.getAttribute('src')),
      svgs: document.querySelectorAll('svg[onload]').length,
      inlineScripts: [...document.scripts].filter((script) => !script.src).length,
    }));
    expect(made).toEqual({ handlers: 0, images: [], svgs: 0, inlineScripts: 0 });
    // An <img src=x> would have asked for /x.
    expect(traffic.urls.filter((url) => new URL(url).pathname === '/x')).toEqual([]);
    expect(traffic.dialogs).toEqual([]);
    expect(traffic.violations).toEqual([]);
  };

  it('on the canvas and in the details panel', async () => {
    const explorer = await suite.open(`v=${PROBE}&s=${PROBE}&lang=en`);
    const { page } = explorer;
    expect((await explorer.nodes()).map((n) => n.label)).toEqual([NAME]);
    const details = page.locator('#details');
    await expect(details.locator('h3').textContent()).resolves.toBe(NAME);
    await expect(details.textContent()).resolves.toContain(SUMMARY);
    await expect(details.textContent()).resolves.toContain(ALIAS);
    await screenshot(page, '16-markup-as-text');
    await nothingRan(page);
    suite.noErrors(explorer);
    await page.close();
  });

  it('in the search suggestions', async () => {
    const explorer = await suite.open('lang=en');
    const { page } = explorer;
    await page.locator('#search-input').fill('onerror');
    const option = page.locator(`#search-listbox [role=option][data-id="${PROBE}"]`);
    await option.waitFor();
    await expect(option.textContent()).resolves.toContain(NAME);
    await nothingRan(page);
    suite.noErrors(explorer);
    await page.close();
  });

  it("in GraphiQL's answer", async () => {
    const graphiql = await openGraphiql(suite.context, suite.server.url);
    // Wide enough that no line of the answer wraps.
    await graphiql.page.setViewportSize({ width: 1920, height: 1080 });
    const response = await graphiql.run(`{ entity(id: "${PROBE}") { name summary aliases } }`);
    expect(response).toContain(`"name": "${NAME}"`);
    expect(response).toContain(`"summary": "${SUMMARY}"`);
    expect(response).toContain(JSON.stringify(ALIAS));
    await nothingRan(graphiql.page);
    expect(graphiql.errors).toEqual([]);
    await graphiql.page.close();
  });
});
