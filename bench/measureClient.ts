import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import express from 'express';
import { chromium } from 'playwright-core';
import { CLIENT_DIST, ensureClientBuilt } from '../server/client/ensureClientBuilt.js';
import { subgraphOf, type Subgraph } from './subgraphOf.js';
import { syntheticGraph } from './syntheticGraph.js';

export interface ClientFigures {
  /** Add and lay out with fcose, to the first frame; null: not done within the limit, or the tab crashed. */
  layoutMs: Record<'1k' | '5k' | '10k', number | null>;
  /** The same with positions given (preset): the cost of showing, without the layout's. */
  presetMs: Record<'1k' | '5k' | '10k', number | null>;
  fpsCanvas: number | null;
  fpsWebgl: number | null;
  bundleGzipKB: number;
}

const CHROMIUM = '/usr/bin/chromium';
const here = path.dirname(fileURLToPath(import.meta.url));
export const CLIENT_SIZES = { '1k': 1_000, '5k': 5_000, '10k': 10_000 } as const;
export type ClientSize = keyof typeof CLIENT_SIZES;

/** Gzipped size of the JS the explorer's first page loads (its module script and preloads). */
export function initialJsGzipKB(dist = CLIENT_DIST): number {
  const html = readFileSync(path.join(dist, 'index.html'), 'utf8');
  const files = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map((m) => m[1]!);
  const bytes = files.reduce((sum, file) => sum + gzipSync(readFileSync(path.join(dist, file.replace(/^\.?\//, '')))).length, 0);
  return Math.round(bytes / 1024);
}

/**
 * The explorer's canvas in headless Chromium, on production builds: the explorer's bundle (its
 * size) and a page with its canvas view alone (bench/client: graphView.ts with its label plan
 * and large-graph settings, as the explorer applies them at each size). Subgraphs come from a
 * synthetic graph of their own (size S has too few nodes for 10k). WebGL is SwiftShader's,
 * software: the ratio of the two renderers is what this machine can tell.
 */
/**
 * `sizes`: the subgraphs to lay out (the others are null); pan and zoom run on the largest. The
 * smoke test takes 1k alone: the full set takes minutes.
 */
export async function measureClient(
  log: (line: string) => void,
  { fpsMs = 4000, layoutLimitMs = 60_000, sizes = Object.keys(CLIENT_SIZES) as ClientSize[] } = {},
): Promise<ClientFigures> {
  await ensureClientBuilt(log);
  const bundleGzipKB = initialJsGzipKB();
  // Built into the OS temp folder and deleted after (also when stopped: see the handler below).
  const outDir = mkdtempSync(path.join(tmpdir(), 'pledge-graph-bench-page-'));
  const removeOutDir = () => rmSync(outDir, { recursive: true, force: true });
  process.once('exit', removeOutDir);
  const { build } = await import('vite');
  await build({ configFile: path.join(here, 'client', 'vite.config.ts'), build: { outDir, emptyOutDir: true } });
  const app = express().use(express.static(outDir));
  const server = app.listen(0, '127.0.0.1');
  await new Promise((resolve) => server.once('listening', resolve));
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking'],
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`;
  // Each figure in a fresh tab, bounded: fcose on thousands of nodes may run for minutes or
  // crash the tab (its spectral start is quadratic in memory); that figure is then null.
  const measure = async (fn: string, args: unknown[], limitMs: number): Promise<number | null> => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    try {
      await page.goto(url);
      await page.waitForFunction(() => 'canvasBench' in window);
      const call = page.evaluate(
        ([name, rest]) => (window as unknown as { canvasBench: Record<string, (...a: unknown[]) => Promise<number>> }).canvasBench[name]!(...rest),
        [fn, args] as const,
      );
      const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), limitMs).unref());
      return await Promise.race([call, timeout]);
    } catch (error) {
      log(`client: ${fn} failed: ${(error as Error).message.split('\n')[0]}`);
      return null;
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  try {
    const graph = syntheticGraph(25_000, 2, { searchable: false });
    const layoutMs = { '1k': null, '5k': null, '10k': null } as ClientFigures['layoutMs'];
    const presetMs = { '1k': null, '5k': null, '10k': null } as ClientFigures['presetMs'];
    let largest: Subgraph | null = null;
    for (const [key, n] of (Object.entries(CLIENT_SIZES) as [ClientSize, number][]).filter(([key]) => sizes.includes(key))) {
      const subgraph = subgraphOf(graph, n);
      largest = subgraph;
      log(`client: ${key} nodes (${subgraph.edges.length} edges), fcose and preset…`);
      layoutMs[key] = rounded(await measure('layoutMs', [subgraph, 'fcose'], layoutLimitMs));
      presetMs[key] = rounded(await measure('layoutMs', [subgraph, 'preset'], layoutLimitMs));
    }
    log('client: pan and zoom, canvas then WebGL…');
    const fpsCanvas = round1(await measure('panZoomFps', [largest, false, fpsMs], fpsMs + 60_000));
    const fpsWebgl = round1(await measure('panZoomFps', [largest, true, fpsMs], fpsMs + 60_000));
    return { layoutMs, presetMs, fpsCanvas, fpsWebgl, bundleGzipKB };
  } finally {
    await browser.close();
    server.close();
    removeOutDir();
    process.off('exit', removeOutDir);
  }
}

const round1 = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);
const rounded = (x: number | null) => (x === null ? null : Math.round(x));
