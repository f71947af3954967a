// Runs a worker written in TypeScript when the server runs from source (tsx): Node gives a worker no
// loader of its own, so tsx is registered here first. A built server starts its bundled worker directly.
import { workerData } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
await import(workerData.entry);
