import { COST_UNITS, type CostUnit, procedureFacts, RECORDED_AT } from '@hutong/router';
import { FEED_COST } from './request-cost';

const n = (x: number) => x.toLocaleString('en');

/**
 * The cost table docs/api.md prints, made from the costs the procedures declare (the numbers admission
 * charges), so the two cannot drift: a test holds the document to it.
 */
export function costTableMarkdown(): string {
  const rows = [...procedureFacts]
    .filter(([, f]) => f.cost)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([path, f]) => {
      const cost = f.cost!;
      const route = f.openapi ? `${f.openapi.method} /api${f.openapi.path}` : '—';
      const per = Object.entries(cost.per ?? {})
        .map(([unit, w]) => `${n(w)} per ${COST_UNITS[unit as CostUnit].one}`)
        .concat(f.recorded ? [`${n(RECORDED_AT)} with \`recordedAt\``] : [])
        .join('; ');
      const cap = Object.entries(cost.cap ?? {})
        .map(([unit, c]) => `${n(c)} ${COST_UNITS[unit as CostUnit].name}`)
        .join('; ');
      const pool = cost.pool === undefined ? '—' : cost.pool === 0 ? 'always' : `from ${n(cost.pool)}`;
      return `| \`${path}\` | ${route} | ${n(cost.base)} | ${per || '—'} | ${cap || '—'} | ${pool} |`;
    });
  const feeds = Object.entries(FEED_COST).map(
    ([feed, price]) => `| feed \`${feed}\` | GET /feeds/… | ${n(price)} | — | — | — |`,
  );
  const units = Object.entries(COST_UNITS).map(([, u]) => `| ${u.name} | \`${u.field}\` | ${u.doc} |`);
  return [
    '| call | route | base | per unit | cap per call (a batch’s calls share it) | off the request thread (worker pool) |',
    '| --- | --- | --- | --- | --- | --- |',
    ...rows,
    ...feeds,
    '',
    'A tRPC batch holds at most `HUTONG_MAX_BATCH` calls, within one body limit, and its calls share each cap: summed over the batch, a unit stays within the smallest cap its calls declare for it, so a batch answers no more than one call may. Past either: a 400 naming the limit (the field, for a cap).',
    '',
    '| unit | field named in a 400 | what is counted |',
    '| --- | --- | --- |',
    ...units,
  ].join('\n');
}
