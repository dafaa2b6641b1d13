import { connect } from 'node:net';
import WebSocket from 'ws';

// What a stranger can do with the Bolt port and no password: the handshake and a HELLO that
// asks for no authentication, as raw bytes (Bolt 4.4, PackStream), over TCP or over a WebSocket
// from a web page's origin. The server answers SUCCESS (0x70) or FAILURE (0x7F).

const HANDSHAKE = Buffer.from([0x60, 0x60, 0xb0, 0x17, 0, 0, 4, 4, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
const text = (s: string) => Buffer.concat([Buffer.from([0x80 + Buffer.byteLength(s)]), Buffer.from(s)]);
const HELLO_BODY = Buffer.concat([Buffer.from([0xb1, 0x01, 0xa2]), text('user_agent'), text('probe/1'), text('scheme'), text('none')]);
const HELLO = Buffer.concat([Buffer.from([0, HELLO_BODY.length]), HELLO_BODY, Buffer.from([0, 0])]);

export type BoltAnswer = 'SUCCESS' | 'FAILURE' | 'REFUSED';

/** Reads the handshake's 4 bytes and then the first message's signature. */
function answerReader(done: (answer: BoltAnswer) => void, send: (bytes: Buffer) => void) {
  let received = Buffer.alloc(0);
  let shookHands = false;
  return (chunk: Buffer) => {
    received = Buffer.concat([received, chunk]);
    if (!shookHands && received.length >= 4) {
      if (received.readUInt32BE(0) === 0) return done('REFUSED'); // no version in common
      shookHands = true;
      received = received.subarray(4);
      send(HELLO);
    }
    // A chunk header (2 bytes), then the struct marker and the signature.
    if (shookHands && received.length >= 4) done(received[3] === 0x70 ? 'SUCCESS' : 'FAILURE');
  };
}

/** HELLO with no credentials over plain Bolt. */
export function helloOverTcp(port: number): Promise<BoltAnswer> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(HANDSHAKE));
    const finish = (answer: BoltAnswer) => (socket.destroy(), resolve(answer));
    socket.on(
      'data',
      answerReader(finish, (bytes) => socket.write(bytes)),
    );
    socket.on('error', reject);
    socket.setTimeout(10_000, () => (socket.destroy(), reject(new Error('no Bolt answer within 10 s'))));
  });
}

/** HELLO with no credentials over a Bolt WebSocket, sent as a page from `origin` would. */
export function helloOverWebSocket(port: number, origin: string): Promise<BoltAnswer> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}`, { origin });
    const timer = setTimeout(() => (socket.terminate(), reject(new Error('no Bolt answer within 10 s'))), 10_000);
    const finish = (answer: BoltAnswer) => (clearTimeout(timer), socket.terminate(), resolve(answer));
    socket.on('open', () => socket.send(HANDSHAKE));
    socket.on('message', answerReader(finish, (bytes) => socket.send(bytes)) as (data: WebSocket.RawData) => void);
    socket.on('error', (error) => (clearTimeout(timer), reject(error)));
  });
}
