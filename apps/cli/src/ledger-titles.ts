import type { HutongClient } from '@hutong/client';

/** An event's, regulation's or source's id (or a rule's `event#n`) named by its title. */
export type TitleOf = (id: string) => string;

/**
 * The titles a text output names things by, read once per command: a reader quotes titles, and
 * ids stay in --json. An id the ledger does not know is shown as it is, never guessed.
 */
export async function ledgerTitles(client: HutongClient): Promise<TitleOf> {
  const [events, regulations, sources] = await Promise.all([
    client.events.list.query({ limit: 5000 }),
    client.regulations.list.query(),
    client.sources.list.query(),
  ]);
  const titles = new Map<string, string>();
  for (const { event } of events.items) titles.set(event.id, event.title.en);
  for (const r of regulations) titles.set(r.id, r.title.en);
  for (const s of sources) titles.set(s.id, s.title);
  return (id) => titles.get(id.split('#')[0]!) ?? id;
}
