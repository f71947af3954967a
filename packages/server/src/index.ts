export { type Env, type HttpEnv, readEnv, readHttpEnv } from './env';
export { type HttpSettings, httpSettings } from './http/settings';
export { type ServeOptions, serve } from './serve';
export { serveFromEnv } from './serve-from-env';
export { createHutongServer, listen, type ServerOptions } from './server';
