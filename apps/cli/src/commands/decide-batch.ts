import type { HutongClient } from '@hutong/client';
import { describeIssues, Question, todayIso } from '@hutong/domain';

const CHUNK = 10_000;

/**
 * One JSON result per question line, in order; blank lines are skipped, and a question without `at`
 * is asked for today, as a single `hutong decide` would be. Lines that are not valid questions get
 * `{"error": …}` in their slot (naming their line in the file); the valid ones go to the server in
 * chunks of up to 10,000.
 */
export async function decideBatch(client: HutongClient, text: string): Promise<string[]> {
  const lines = text
    .split('\n')
    .map((line, i) => ({ line, number: i + 1 }))
    .filter(({ line }) => line.trim() !== '');
  const out: string[] = new Array(lines.length);
  const pending: { slot: number; number: number; q: Question }[] = [];
  lines.forEach(({ line, number }, slot) => {
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      out[slot] = JSON.stringify({ error: `line ${number}: not JSON` });
      return;
    }
    const parsed = Question.safeParse(withToday(raw));
    if (!parsed.success) {
      const why = describeIssues(parsed.error.issues, { root: 'question' });
      out[slot] = JSON.stringify({ error: `line ${number}: ${why}` });
      return;
    }
    pending.push({ slot, number, q: parsed.data });
  });
  for (let i = 0; i < pending.length; i += CHUNK) {
    const part = pending.slice(i, i + CHUNK);
    const results = await client.decisions.decideMany.query({
      questions: part.map((p) => p.q),
      detail: 'brief',
    });
    results.forEach((r, j) => {
      const { slot, number } = part[j]!;
      out[slot] = JSON.stringify(
        r.ok
          ? r.decision
          : { error: `line ${number}: ${r.error.field ? `${r.error.field}: ` : ''}${r.error.message}` },
      );
    });
  }
  return out;
}

const withToday = (raw: unknown) =>
  typeof raw === 'object' && raw !== null && !Array.isArray(raw) && !('at' in raw)
    ? { ...raw, at: todayIso() }
    : raw;
