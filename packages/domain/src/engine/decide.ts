import { DomainError } from '../errors';
import { type BeatenRule, type Decision, dayNumber, type Evidence, type Question } from '../schema';
import { candidateTimelines } from './candidates';
import type { LedgerIndex } from './fold';
import { type ResolvedUrl, resolveUrl } from './resolve-url';
import { statusSince, statusUntil } from './span';
import { ruleIndexAt, type Timeline } from './timeline';

/**
 * What happens when a user on `host` meets `target`'s capability on `surface`, on `at`: the most
 * specific rule in force wins; a rumor changes nothing; nothing recorded is `unknown`.
 */
export function decide(index: LedgerIndex, q: Question): Decision {
  const day = dayNumber(q.at);
  if (day === null) throw new DomainError('invalid', `"${q.at}" is not a real date`, 'at');
  let resolved: ResolvedUrl | null = null;
  let target = q.target;
  if (target === undefined) {
    resolved = resolveUrl(index, q.url ?? '');
    // A link no actor claims is governed only by rules written for everyone.
    target = resolved?.actor ?? '*';
  }
  const cands = candidateTimelines(index, q.host, q.surface, q.capability, target);

  let winnerSlot = -1;
  let winnerIdx = -1;
  for (let c = 0; c < cands.length; c++) {
    const i = ruleIndexAt(cands[c]!.days, day);
    if (i >= 0) {
      winnerSlot = c;
      winnerIdx = i;
      break;
    }
  }
  const won = winnerSlot >= 0 ? cands[winnerSlot]!.rules[winnerIdx]! : null;
  const status = won?.status ?? 'unknown';

  let beaten: BeatenRule[] = NONE;
  if (won) {
    beaten = [];
    if (winnerIdx > 0)
      beaten.push({ rule: cands[winnerSlot]!.rules[winnerIdx - 1]!.rule, reason: 'superseded' });
    for (let c = winnerSlot + 1; c < cands.length; c++) {
      const i = ruleIndexAt(cands[c]!.days, day);
      if (i >= 0) beaten.push({ rule: cands[c]!.rules[i]!.rule, reason: 'less-specific' });
    }
  }

  // When the status began under another key (a company-wide block later restated for one surface),
  // the event that began it is evidence too.
  // One key answering alone (the common case) reads its precomputed run; several keys must be walked.
  const alone = cands.length === 1;
  const began = !won ? null : alone ? won.runStart : statusSince(cands, day, status);
  let evidence = won?.evidence ?? NONE;
  if (began && began !== won && !evidence.includes(began.evidence[0]!))
    evidence = [...began.evidence, ...evidence];

  let rumors: Evidence[] = NONE;
  const after = won?.day ?? Number.NEGATIVE_INFINITY;
  for (const t of cands)
    for (const r of t.rumors)
      if (r.day <= day && r.day > after && !rumors.includes(r.evidence[0]!)) {
        if (rumors === NONE) rumors = [];
        rumors.push(r.evidence[0]!);
      }

  const decision: Decision = {
    question: { host: q.host, surface: q.surface, capability: q.capability, target, at: q.at },
    status,
    friction: won?.friction ?? NONE,
    coverage: won?.coverage ?? null,
    rule: won?.rule ?? null,
    beaten,
    evidence,
    since: began?.since ?? null,
    until: alone
      ? won
        ? (won.nextChange?.until ?? null)
        : firstOf(cands[0]!)
      : statusUntil(cands, day, status),
    rumors,
  };
  if (resolved) decision.resolved = resolved;
  return decision;
}

const firstOf = (t: Timeline) => t.rules[0]?.until ?? null;

/** The shared empty list: most decisions beat nothing and have no rumors, and need not allocate for it. */
const NONE: never[] = Object.freeze([]) as unknown as never[];
