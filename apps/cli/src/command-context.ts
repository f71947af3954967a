import type { HutongClient } from '@hutong/client';
import type { ClientOptions, Local, Opened, Served, StoreOnly } from '@hutong/runtime';
import type { CliEnv } from './env';
import type { Output } from './output';

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  isTTY: boolean;
  /** Whether stderr is a terminal (progress bars go there). */
  stderrIsTTY?: boolean;
  /** Rewrites the current stderr line (progress); absent where there is no terminal. */
  stderrRaw?: (text: string) => void;
}

/** What every command gets: its environment, where to write, and how to reach the ledger. */
export interface CommandContext {
  env: CliEnv;
  io: Io;
  out: Output;
  /** A server named by --api or HUTONG_API. */
  api: string | undefined;
  /**
   * The ledger, by `openLocal`: a server (named, or running on the data directory), else the embedded
   * store — for `reads`, from its current snapshot without starting PGlite when nothing changed.
   */
  open(opts: ClientOptions & { reads: true }): Promise<Local>;
  open(opts?: ClientOptions & { reads?: false }): Promise<Served | Opened>;
  /**
   * The store alone, by `openLocal` with `storeOnly`, for commands that manage it (tokens, imports): `seeded` as
   * the server seeds it; `api: false` ignores --api and HUTONG_API (tokens are managed where the store is).
   */
  openStore(opts: { seeded: boolean; api: boolean }): Promise<StoreOnly>;
  /** Reads through `open({ reads: true })`, closing the ledger after `fn`, however it ends. */
  read<T>(fn: (client: HutongClient) => Promise<T>): Promise<T>;
}

/** Every command has this one signature: its arguments after the name in; a number (the exit code) or nothing (0) out. */
export type Command = (args: string[], ctx: CommandContext) => Promise<unknown>;
