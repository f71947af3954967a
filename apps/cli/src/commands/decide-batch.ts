import type { HutongClient } from '@hutong/client';
import { Question } from '@hutong/domain';

const CHUNK = 10_000;

/**
 * One JSON result per input line, in order. Lines that are not valid questions get `{"error": …}`
 * in their slot; the valid ones go to the server in chunks of up to 10,000.
 */
export async function decideBatch(client: HutongClient, text: string): Promise<string[]> {
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  const out: string[] = new Array(lines.length);
  const pending: { slot: number; q: Question }[] = [];
  lines.forEach((line, slot) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      out[slot] = JSON.stringify({ error: `line ${slot + 1}: not JSON` });
      return;
    }
    const parsed = Question.safeParse(raw);
    if (!parsed.success) {
      const why = parsed.error.issues
        .map((i) => `${i.path.join('.') || 'question'}: ${i.message}`)
        .join('; ');
      out[slot] = JSON.stringify({ error: `line ${slot + 1}: ${why}` });
      return;
    }
    pending.push({ slot, q: parsed.data });
  });
  for (let i = 0; i < pending.length; i += CHUNK) {
    const part = pending.slice(i, i + CHUNK);
    const results = await client.decisions.decideMany.query({
      questions: part.map((p) => p.q),
      detail: 'brief',
    });
    results.forEach((r, j) => {
      const slot = part[j]!.slot;
      out[slot] = JSON.stringify(
        r.ok
          ? r.decision
          : { error: `line ${slot + 1}: ${r.error.field ? `${r.error.field}: ` : ''}${r.error.message}` },
      );
    });
  }
  return out;
}
