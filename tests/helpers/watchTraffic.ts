import type { BrowserContext } from 'playwright-core';

export interface Traffic {
  /** Every URL the context's pages asked for: documents, assets, fetches, workers, WebSockets. */
  urls: string[];
  /** Every Content-Security-Policy violation a page reported or logged. */
  violations: string[];
  /** Every alert, confirm or prompt a page opened. */
  dialogs: string[];
}

/**
 * Records what every page of `context` loads, what its Content-Security-Policy refused and which
 * dialogs it opened, from now on. Once per context: it installs a binding of its own.
 */
export async function watchTraffic(context: BrowserContext): Promise<Traffic> {
  const traffic: Traffic = { urls: [], violations: [], dialogs: [] };
  context.on('request', (request) => traffic.urls.push(request.url()));
  context.on('page', (page) => {
    page.on('websocket', (socket) => traffic.urls.push(socket.url()));
    page.on('worker', (worker) => traffic.urls.push(worker.url()));
  });
  context.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) traffic.violations.push(message.text());
  });
  context.on('dialog', (dialog) => {
    traffic.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  await context.exposeBinding('reportCspViolation', (_source, report: string) => traffic.violations.push(report));
  await context.addInitScript(() => {
    const report = (window as unknown as { reportCspViolation: (report: string) => void }).reportCspViolation;
    document.addEventListener('securitypolicyviolation', (e) =>
      report(`${e.effectiveDirective} refused ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`),
    );
  });
  return traffic;
}

/** The URLs of `urls` that are not of `origin`. data: URLs load nothing, so they are left out. */
export function foreignUrls(urls: string[], origin: string): string[] {
  return urls.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
}
