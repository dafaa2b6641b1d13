import { beforeAll, describe, expect, it } from 'vitest';
import { exampleQueries } from '../../client/src/graphiql/exampleQueries.js';
import { browserSuite } from '../helpers/browserSuite.js';
import { hasChromium, screenshot } from '../helpers/chromium.js';
import { searchAndChoose } from '../helpers/explorerPage.js';
import { openGraphiql } from '../helpers/graphiqlPage.js';
import { foreignUrls, watchTraffic, type Traffic } from '../helpers/watchTraffic.js';

const FUXING = 'project:fuxing-road-culture-technology-project';

if (!hasChromium) console.warn('Skipping the own-origin browser tests: /usr/bin/chromium does not exist (Debian package chromium).');

// No request leaves the machine: every page, script, style, font, worker and answer comes from
// the app's own origin, and no page's Content-Security-Policy had to refuse anything.
describe.skipIf(!hasChromium)('every page loads from the app alone', () => {
  const suite = browserSuite();
  let traffic: Traffic;

  beforeAll(async () => {
    traffic = await watchTraffic(suite.context);
  });
  /** Nothing so far came from elsewhere, and no policy refused anything. */
  const onlyOwnOrigin = () => {
    expect(traffic.urls.length).toBeGreaterThan(0);
    expect(foreignUrls(traffic.urls, new URL(suite.server.url).origin)).toEqual([]);
    expect(traffic.violations).toEqual([]);
  };

  it('the explorer: first screen, a search, a node and its quotes in the article, in Chinese and in English', async () => {
    const first = await suite.open('');
    expect((await first.nodes()).length).toBeGreaterThan(0);
    await first.page.close();

    const explorer = await suite.open('lang=en');
    const { page } = explorer;
    await searchAndChoose(explorer, '复兴之路', FUXING);
    await page.locator('#details').getByRole('button', { name: 'Show in the article' }).first().click();
    await page.locator('#article mark.flash').first().waitFor();
    suite.noErrors(explorer);
    await page.close();
    expect(traffic.urls.some((url) => url.endsWith('/graphql'))).toBe(true);
    onlyOwnOrigin();
  });

  it('presenter mode', async () => {
    const explorer = await suite.open('lang=en');
    const { page } = explorer;
    await page.locator('#present-button').click();
    await explorer.settle();
    await page.keyboard.press('ArrowRight');
    await explorer.settle();
    expect(explorer.query().get('step')).toBe('2');
    suite.noErrors(explorer);
    await page.close();
    onlyOwnOrigin();
  });

  it('GraphiQL at /graphql: its editors, workers and fonts, and an example query run there', async () => {
    const graphiql = await openGraphiql(suite.context, suite.server.url);
    const response = await graphiql.run();
    expect(response).toContain('"sharedByBureaus"');
    expect(response).not.toContain('"errors"');
    // The README's questions, one tab each, the first one open.
    await expect(graphiql.page.locator('.graphiql-tab').count()).resolves.toBe(exampleQueries.length);
    await screenshot(graphiql.page, '15-graphiql');
    // Monaco's language services run in workers, loaded as files of this origin.
    expect(graphiql.page.workers().length).toBeGreaterThan(0);
    // Its fonts too, which its stylesheet would carry inline as data: URLs.
    expect(traffic.urls.filter((url) => /\.(woff2?|ttf)$/.test(url)).length).toBeGreaterThan(0);
    expect(graphiql.errors).toEqual([]);
    await graphiql.page.close();
    onlyOwnOrigin();
  });
});
