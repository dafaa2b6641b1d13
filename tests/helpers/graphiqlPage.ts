import type { BrowserContext, Page } from 'playwright-core';
import { collectPageErrors } from './chromium.js';

export interface GraphiqlPage {
  page: Page;
  errors: string[];
  /**
   * Replaces the open tab's query with `query` (when given), runs it and returns the response as
   * shown, once it differs from what was shown before.
   */
  run(query?: string): Promise<string>;
}

/** GraphiQL as a browser opens it: `${baseUrl}/graphql`, its query editor ready. */
export async function openGraphiql(context: BrowserContext, baseUrl: string): Promise<GraphiqlPage> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(`${baseUrl}/graphql`);
  const editor = page.locator('.graphiql-query-editor .view-lines');
  await editor.waitFor();
  // What Monaco shows, with its non-breaking spaces as spaces.
  const response = async () => ((await page.locator('.graphiql-response .view-lines').textContent()) ?? '').replace(/\u00a0/g, ' ');
  return {
    page,
    errors,
    async run(query) {
      if (query !== undefined) {
        await editor.click();
        await page.keyboard.press('Control+A');
        await page.keyboard.insertText(query);
        // The editor closed each bracket as it was typed: drop what it added after the text.
        await page.keyboard.press('Control+Shift+End');
        await page.keyboard.press('Delete');
        // GraphiQL reads the operation's name from the editor after a pause: run before that and
        // it sends the new text under the old tab's name. Wait until the tab is named after it.
        const name = /^\s*(?:query|mutation)\s+(\w+)/.exec(query)?.[1];
        await page.waitForFunction((expected) => {
          const title = document.querySelector('.graphiql-tab-active')?.textContent ?? '';
          return expected ? title.includes(expected) : !/SharedProjects|CourtedCompanies/.test(title);
        }, name);
      }
      const before = await response();
      await page.locator('.graphiql-execute-button').click();
      await page.waitForFunction((previous) => {
        const text = (document.querySelector('.graphiql-response .view-lines')?.textContent ?? '').replace(/\u00a0/g, ' ');
        return text !== previous && /"(data|errors)"/.test(text);
      }, before);
      return response();
    },
  };
}
