export { type Env, readEnv } from './env';
export { openRuntime, type Runtime } from './runtime';
export { type ServeOptions, serve } from './serve';
export { createHutongServer, listen } from './server';
export { runningServer } from './server-file';
