// Light on purpose: a CLI command imports this first, and the store and router load only when needed.
// The server opens its runtime from `@hutong/runtime/open-runtime` and leaves its address with
// `@hutong/runtime/server-file`.
export {
  type ClientOptions,
  type FromSnapshot,
  type Local,
  type LocalEnv,
  type Opened,
  type OpenOptions,
  openLocal,
  type Served,
  type StoreOnly,
  serverFor,
} from './open-local';
export type { Runtime, RuntimeOptions } from './open-runtime';
