import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser } from './browser';
import { startServer } from './server';

/** One server and one browser per file, started before its scenarios and stopped after. */
export function useSuite() {
  const ctx = {} as { url: string; browser: Browser; server: Awaited<ReturnType<typeof startServer>> };
  beforeAll(async () => {
    ctx.server = await startServer();
    ctx.url = ctx.server.url;
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}
