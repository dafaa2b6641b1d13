import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import type { RequestHandler } from 'express';

/**
 * Longer request targets are refused by the app; the client never writes a link over 8000
 * characters (client/src/state/urlState.ts), so only a crafted link gets here.
 */
export const MAX_URL_LENGTH = 8192;

/** A small page in both languages: the browser's bare "HTTP ERROR 431" says nothing to a reader. */
const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>链接过长 · Link too long</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body>
<h1>链接过长</h1>
<p>此链接携带的视图状态超出了本应用的上限，无法打开。本应用生成的链接不会这么长；这个链接可能被截断、拼接或伪造。</p>
<p><a href="/">打开首页</a></p>
<h1 lang="en">Link too long</h1>
<p lang="en">This link carries more view state than the app accepts, so it cannot be opened. The app never writes links this long; this one may have been joined, mangled or crafted.</p>
<p lang="en"><a href="/">Open the first screen</a></p>
</body></html>
`;

/** Express: a request target over MAX_URL_LENGTH gets 414 and the page. */
export function refuseLongUrls(): RequestHandler {
  return (req, res, next) => {
    if (req.originalUrl.length <= MAX_URL_LENGTH) return next();
    res.status(414).type('html').set('Cache-Control', 'no-store').send(PAGE);
  };
}

/**
 * Node refuses a request whose head passes its header limit (16 kB) before Express sees it,
 * with a bare 431 the browser shows as an error page. A link that long is a crafted one: answer
 * it with the same 414 page instead. Other malformed requests keep Node's own answer.
 */
export function answerOversizedRequests(server: Server): void {
  server.on('clientError', (error: NodeJS.ErrnoException, socket: Socket) => {
    if (!socket.writable) return socket.destroy();
    if (error.code === 'HPE_HEADER_OVERFLOW') {
      const body = Buffer.from(PAGE, 'utf8');
      socket.end(
        `HTTP/1.1 414 URI Too Long\r\nContent-Type: text/html; charset=utf-8\r\nContent-Length: ${body.length}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n${PAGE}`,
      );
      return;
    }
    // Node's default answers (see http.Server 'clientError'): a timeout 408, anything else 400.
    const status = error.code === 'ERR_HTTP_REQUEST_TIMEOUT' ? '408 Request Timeout' : '400 Bad Request';
    socket.end(`HTTP/1.1 ${status}\r\nConnection: close\r\n\r\n`);
  });
}
