import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeIssues, type EventInput } from '@hutong/domain';
import { openingEvent } from '@hutong/domain/testing';
import { type Auth, appRouter, createCallerFactory, createContextInner } from '@hutong/router';
import { openStore, type Store } from '@hutong/store';
import { TRPCError } from '@trpc/server';
import { inject } from 'vitest';
import { ZodError } from 'zod';
import { type Follower, followStore } from '../read-model/follow-store';
import { LedgerView } from '../read-model/ledger-view';
import { RecordedLedgers } from '../read-model/recorded-ledgers';
import { SEEDED_AT } from './seed';

/** A clock the test moves: revisions are stamped with it, so "as recorded at" is deterministic. */
export const clock = { now: SEEDED_AT };

export interface Harness {
  store: Store;
  ledger: LedgerView;
  follower: Follower;
  /** A caller as `auth` (null: anonymous), sharing the store, the live ledger and the recorded LRU. */
  as(auth: Auth | null): ReturnType<typeof appRouter.createCaller>;
  close(): Promise<void>;
}

/**
 * One store per test file, in a copy of the run's seeded PGlite template, on a clock the test drives,
 * read through the runtime's read model as the server reads it.
 */
export async function openHarness(): Promise<Harness> {
  const dir = mkdtempSync(join(tmpdir(), 'hutong-api-'));
  cpSync(inject('storeTemplate'), dir, { recursive: true });
  const store = await openStore({ dataDir: dir, now: () => clock.now });
  const { ledger, head } = await store.snapshot();
  const view = new LedgerView(ledger, head);
  const follower = followStore(store, view);
  const recorded = new RecordedLedgers(store, {}, view);
  const live = { store, recorded, catchUp: follower.catchUp };
  const factory = createCallerFactory(appRouter);
  return {
    store,
    ledger: view,
    follower,
    as: (auth) => factory(createContextInner({ ledger: view, live, auth })),
    close: async () => {
      await follower.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const editor: Auth = { tokenId: '000000000001', name: 'ed', role: 'editor' };
export const admin: Auth = { tokenId: '000000000002', name: 'ad', role: 'admin' };

/** An event opening `host`'s private chats to `target`'s links on `date`. */
export function opening(id: string, host: string, target: string, date: string): EventInput {
  return openingEvent(id, host, target, date, { surface: 'private-chat', source: 'spec-source' });
}

/** The TRPCError a call fails with (the test fails if it succeeds). */
export async function failure(p: Promise<unknown>): Promise<TRPCError> {
  const err = await p.then(
    () => null,
    (e: unknown) => e,
  );
  if (!(err instanceof TRPCError)) throw new Error(`expected a TRPCError, got ${String(err)}`);
  return err;
}

/** The message an HTTP caller would read (the error formatter's): `field: problem` for a bad input. */
export const messageOf = (err: TRPCError): string =>
  err.cause instanceof ZodError ? describeIssues(err.cause.issues, { limit: 5 }) : err.message;
