import { createServer } from 'node:http';
import { loadLedger } from '@hutong/data';
import { decide, foldLedger } from '@hutong/domain';
import { BENCH_QUESTION } from './bench-question';

/**
 * The HTTP ceiling: a bare `node:http` server answering every request with the decision JSON hutong
 * gives for the bench's question, computed once. `node --import tsx scripts/bare-server.ts PORT`.
 */
const body = JSON.stringify(decide(foldLedger(loadLedger()), BENCH_QUESTION));
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
  res.end(body);
}).listen(Number(process.argv[2]), '127.0.0.1', () => console.log('listening'));
