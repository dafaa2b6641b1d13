import type { BrowserContext, Page } from 'playwright-core';
import type { CanvasNode } from '../../client/src/views/graphView.js';
import { collectPageErrors } from './chromium.js';

export type { CanvasNode };

export interface ExplorerPage {
  page: Page;
  errors: string[];
  nodes(): Promise<CanvasNode[]>;
  ids(): Promise<string[]>;
  /** Waits until requests and layouts have settled (the canvas is aria-busy meanwhile). */
  settle(): Promise<void>;
  /** The view state as the URL carries it. */
  query(): URLSearchParams;
}

export async function openExplorer(context: BrowserContext, url: string): Promise<ExplorerPage> {
  const page = await context.newPage();
  const errors = collectPageErrors(page);
  await page.goto(url);
  const explorer: ExplorerPage = {
    page,
    errors,
    nodes: () => page.evaluate(() => (window as unknown as { pledgeGraph: { nodes(): CanvasNode[] } }).pledgeGraph.nodes()),
    ids: async () => (await explorer.nodes()).map((n) => n.id).sort(),
    async settle() {
      const idle = () => page.waitForFunction(() => document.body.dataset.ready === 'true' && !document.querySelector('[aria-busy="true"]'));
      await idle();
      // A layout starts when a request ends: give it a beat, then wait again.
      await page.waitForTimeout(200);
      await idle();
    },
    query: () => new URL(page.url()).searchParams,
  };
  await explorer.settle();
  return explorer;
}

/** Types into the search box, then picks the option for `id` with the keyboard (↓ until it is active, Enter). */
export async function searchAndChoose(explorer: ExplorerPage, text: string, id: string): Promise<void> {
  const { page } = explorer;
  const box = page.locator('#search-input');
  await box.fill(text);
  const option = page.locator(`#search-listbox [role=option][data-id="${id}"]`);
  await option.waitFor();
  for (let i = 0; i < 30; i++) {
    await box.press('ArrowDown');
    if ((await option.getAttribute('aria-selected')) === 'true') break;
  }
  await box.press('Enter');
  await page.waitForFunction((want) => new URL(location.href).searchParams.get('s') === want, id);
  await explorer.settle();
}
