import type { Socket } from 'node:net';
import { SECURITY_HEADERS } from './security-headers';

// The statuses Node's own parser refuses a request with before any handler sees it.
const STATUS: Record<string, [number, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large'],
  ERR_HTTP_REQUEST_TIMEOUT: [408, 'Request Timeout'],
};

/**
 * Answers a request Node's parser refused (headers too large, malformed, too slow) as Node would, but
 * with the security headers every other answer carries and a JSON body in the API's error shape.
 * @see https://nodejs.org/api/http.html#event-clienterror
 */
export function answerClientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (!socket.writable || (err.code === 'ECONNRESET' && socket.destroyed)) return void socket.destroy();
  const [status, reason] = STATUS[err.code ?? ''] ?? [400, 'Bad Request'];
  const code =
    status === 431 ? 'REQUEST_HEADER_FIELDS_TOO_LARGE' : status === 408 ? 'TIMEOUT' : 'BAD_REQUEST';
  const error = { message: reason.toLowerCase(), code: -32_600, data: { code, httpStatus: status } };
  const body = JSON.stringify({ error });
  const headers = {
    ...SECURITY_HEADERS,
    'content-type': 'application/json',
    'content-length': String(Buffer.byteLength(body)),
    connection: 'close',
  };
  const head = Object.entries(headers)
    .map(([k, v]) => `${k}: ${v}\r\n`)
    .join('');
  socket.end(`HTTP/1.1 ${status} ${reason}\r\n${head}\r\n${body}`);
}
