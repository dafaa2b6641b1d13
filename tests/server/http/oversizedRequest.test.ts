import type { AddressInfo } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { answerOversizedRequests, MAX_URL_LENGTH, refuseLongUrls } from '../../../server/http/oversizedRequest.js';

// A crafted 20 kB link used to get the browser's bare "HTTP ERROR 431" (issue 11, row 11): Node
// refuses the request head before Express sees it. Now both lengths get a page that explains.
describe('over-long links are answered with a page, never a 431', () => {
  let url = '';
  let close = () => {};
  beforeAll(async () => {
    const app = express();
    app.use(refuseLongUrls());
    app.get('/', (_req, res) => res.send('the app'));
    const server = app.listen(0, '127.0.0.1');
    answerOversizedRequests(server);
    await new Promise((resolve) => server.once('listening', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    close = () => server.close();
  });
  afterAll(() => close());

  it('a 20 kB query string (past Node’s header limit): 414 with the page in both languages', async () => {
    const response = await fetch(`${url}/?v=${'pledge:x,'.repeat(2300)}`);
    expect(response.status).toBe(414);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const page = await response.text();
    expect(page).toContain('链接过长');
    expect(page).toContain('Link too long');
  });

  it('a 10 kB one (under Node’s limit, over the app’s): the same answer from Express', async () => {
    const response = await fetch(`${url}/?v=${'x'.repeat(MAX_URL_LENGTH + 100)}`);
    expect(response.status).toBe(414);
    expect(await response.text()).toContain('Link too long');
  });

  it('an ordinary link is served', async () => {
    const response = await fetch(`${url}/?v=bureau:construction`);
    expect(response.status).toBe(200);
  });
});
