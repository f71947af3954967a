// Run as its own process by subscribe.test.ts: `node --import tsx append-in-child.ts <url> <schema> <id>`.
import { openStore } from '../open-store';
import { actor } from './fixture';

const [databaseUrl, schema, id] = process.argv.slice(2);
if (!databaseUrl || !schema || !id)
  throw new Error('usage: append-in-child.ts <database-url> <schema> <actor-id>');
const store = await openStore({ databaseUrl, schema });
const [rev] = await store.append([
  { entity: 'actor', id, action: 'record', body: actor(id), author: 'child', reason: 'from another process' },
]);
console.log(JSON.stringify({ revision: rev!.revision, committedAt: Date.now() }));
await store.close();
