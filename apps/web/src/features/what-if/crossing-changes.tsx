import type { RouterOutputs } from '@hutong/client';
import { crossingId } from '@hutong/domain/plain';
import { useTranslation } from 'react-i18next';
import { useVocab } from '../../i18n/use-vocab';
import { DataTable } from '../../ui/data-table';
import { RecordLink } from '../../ui/record-link';
import { StatusBadge } from '../../ui/status-badge';
import { useActors } from '../actors/use-actors';

type WhatIf = RouterOutputs['analysis']['whatIf'];
type Side = WhatIf['crossings'][number]['spans'][number]['baseline'];

function SideCell({ side }: { side: Side }) {
  return (
    <td>
      <StatusBadge status={side.status} />{' '}
      {side.rule ? <RecordLink className="small-link" id={side.rule.event} /> : null}
    </td>
  );
}

/** Each crossing whose answer differs: the ledger's answer beside the what-if's, with the deciding events. */
export function CrossingChanges({ crossings }: { crossings: WhatIf['crossings'] }) {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { name } = useActors();
  if (!crossings.length) return null;
  return (
    <DataTable
      className="compact what-if-crossings"
      columns={[t('whatIf.crossing'), t('whatIf.ledger'), t('whatIf.counterfactual')]}
    >
      {crossings.flatMap((c) =>
        c.spans.map((s) => (
          <tr key={`${crossingId(c)}|${s.from}`}>
            <th scope="row">
              {name(c.host)} · {vocab('surface', c.surface)} · {vocab('capability', c.capability)} ·{' '}
              {name(c.target)}
            </th>
            <SideCell side={s.baseline} />
            <SideCell side={s.counterfactual} />
          </tr>
        )),
      )}
    </DataTable>
  );
}
