import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useVocab } from '../../i18n/use-vocab';
import { PageHeader } from '../../ui/page-header';
import { QueryState } from '../../ui/query-state';
import { useActors } from './use-actors';

/** Every actor, under the company that owns it. */
export function ActorsPage() {
  const { t } = useTranslation();
  const vocab = useVocab();
  const { query, actors, name } = useActors();
  const roots = actors.filter((a) => !a.owner);
  const children = (id: string) => actors.filter((a) => a.owner === id);
  const tree = (id: string) => {
    const kids = children(id);
    return kids.length ? (
      <ul className="tree-list">
        {kids.map((k) => (
          <li key={k.id}>
            <Link to={`/actors/${encodeURIComponent(k.id)}`}>{name(k.id)}</Link>{' '}
            <span className="tag">{vocab('actorKind', k.kind)}</span>
            {tree(k.id)}
          </li>
        ))}
      </ul>
    ) : null;
  };
  return (
    <>
      <PageHeader title={t('actor.index')} intro={t('actor.indexIntro')} />
      <QueryState query={query} isEmpty={(d) => d.length === 0} empty={t('state.notFound')}>
        {() => (
          <div className="actor-tree">
            {roots.map((r) => (
              <section key={r.id} aria-labelledby={`actor-${r.id}`}>
                <h2 id={`actor-${r.id}`}>
                  <Link to={`/actors/${encodeURIComponent(r.id)}`}>{name(r.id)}</Link>{' '}
                  <span className="tag">{vocab('actorKind', r.kind)}</span>
                </h2>
                {tree(r.id)}
              </section>
            ))}
          </div>
        )}
      </QueryState>
    </>
  );
}
