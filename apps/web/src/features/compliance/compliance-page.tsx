import type { RouterOutputs } from '@hutong/client';
import { todayIso } from '@hutong/domain';
import { crossingId } from '@hutong/domain/plain';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format-date';
import { useLang, useLocalized } from '../../i18n/use-lang';
import { useVocab } from '../../i18n/use-vocab';
import { useTRPC } from '../../trpc/trpc';
import { BasisText } from '../../ui/basis-text';
import { Crossing } from '../../ui/crossing';
import { DataTable } from '../../ui/data-table';
import { DateField } from '../../ui/date-field';
import { useDateParam } from '../../ui/date-param';
import { DateText } from '../../ui/date-text';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { RecordLink } from '../../ui/record-link';
import { StatusBadge } from '../../ui/status-badge';
import { DeadlineLinks } from './deadline-links';

type Finding = RouterOutputs['analysis']['compliance'][number];
type Regulation = RouterOutputs['regulations']['list'][number];

function byRegulation(list: readonly Finding[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const f of list) out.set(f.regulation, [...(out.get(f.regulation) ?? []), f]);
  return out;
}

export function CompliancePage() {
  const { t } = useTranslation();
  const l = useLocalized();
  const lang = useLang();
  const trpc = useTRPC();
  const [at, setAt] = useDateParam('at', todayIso());
  const findings = useQuery({ ...trpc.analysis.compliance.queryOptions({ at }), placeholderData: (p) => p });
  const regulations = useQuery(trpc.regulations.list.queryOptions());
  return (
    <>
      <PageHeader title={t('compliance.title')} intro={t('compliance.intro')} />
      <div className="filters">
        <DateField label={t('compliance.at')} value={at} onChange={setAt} />
      </div>
      {regulations.data ? <DeadlineLinks regulations={regulations.data} at={at} /> : null}
      <QueryState
        query={findings}
        isEmpty={(d) => d.length === 0}
        empty={t('compliance.none', { date: formatDate(at, 'day', lang) })}
      >
        {(data) => (
          <>
            {[...byRegulation(data.filter((f) => f.daysInBreach !== null))].map(([id, list]) => (
              <FindingTable
                key={id}
                id={id}
                list={list}
                regulation={regulations.data?.find((r) => r.id === id)}
              />
            ))}
            <Unconfirmed list={data.filter((f) => f.daysInBreach === null)} />
          </>
        )}
      </QueryState>
      {regulations.data
        ?.filter((r) => !r.scope && r.unchecked)
        .map((r) => (
          <p key={r.id} className="help" data-testid="unchecked">
            {t('compliance.unchecked', { title: l(r.title), why: l(r.unchecked!) })}
          </p>
        ))}
    </>
  );
}

/** One regulation's confirmed breaches: direct or inferred answers, with their days. */
function FindingTable({
  id,
  list,
  regulation: reg,
}: {
  id: string;
  list: Finding[];
  regulation?: Regulation;
}) {
  const { t } = useTranslation();
  const l = useLocalized();
  const vocab = useVocab();
  return (
    <section aria-labelledby={`reg-${id}`}>
      <h2 id={`reg-${id}`}>{reg ? l(reg.title) : id}</h2>
      {reg ? <p className="help">{t('compliance.deadline', { date: reg.deadline })}</p> : null}
      <DataTable
        scroll
        columns={[
          t('compliance.crossing'),
          t('compliance.status'),
          t('compliance.basis'),
          t('compliance.since'),
          t('compliance.until'),
          t('compliance.days'),
        ]}
      >
        {list.map((f) => (
          <tr key={`${crossingId(f)}`}>
            <td>
              <Crossing k={f} />
            </td>
            <td>
              <StatusBadge status={f.status} />
            </td>
            <td>
              <BasisText basis={f.basis} />
            </td>
            <td>{f.breachSince ? <DateText date={f.breachSince} /> : null}</td>
            <td>{f.breachUntil ? <DateText date={f.breachUntil} /> : t('compliance.ongoing')}</td>
            <td className="num">{f.daysInBreach}</td>
          </tr>
        ))}
      </DataTable>
    </section>
  );
}

/** Findings inherited from broader rules, listed apart with no days in breach. */
function Unconfirmed({ list }: { list: Finding[] }) {
  const { t } = useTranslation();
  if (!list.length) return null;
  return (
    <section aria-labelledby="unconfirmed" data-testid="unconfirmed">
      <h2 id="unconfirmed">{t('compliance.unconfirmed')}</h2>
      <p className="help">{t('compliance.unconfirmedHelp')}</p>
      <ul>
        {list.map((f) => (
          <li key={`${f.regulation}|${crossingId(f)}`}>
            <Crossing k={f} /> <StatusBadge status={f.status} />{' '}
            <RecordLink className="tag" id={f.rule.event} />
          </li>
        ))}
      </ul>
    </section>
  );
}
