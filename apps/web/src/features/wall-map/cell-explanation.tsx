import type { Question } from '@hutong/domain';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useTRPC } from '../../trpc/trpc';
import { QueryState } from '../../ui/query-state';
import { DecisionView } from '../decision/decision-view';

interface Props {
  title: string;
  question: Question;
  onClose: () => void;
}

/** The full decision behind one cell, fetched when the cell is opened. */
export function CellExplanation({ title, question, onClose }: Props) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const decision = useQuery(trpc.decisions.decide.queryOptions(question));
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section className="explanation" aria-labelledby="explanation-title">
      <div className="explanation-head">
        <h2 id="explanation-title" ref={heading} tabIndex={-1}>
          {t('wall.explain')}: {title}
        </h2>
        <button type="button" className="secondary" onClick={onClose}>
          {t('wall.close')}
        </button>
      </div>
      <QueryState query={decision}>{(d) => <DecisionView decision={d} headingLevel={3} />}</QueryState>
    </section>
  );
}
