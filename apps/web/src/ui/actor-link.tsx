import { Link } from 'react-router';
import { useActors } from '../features/actors/use-actors';

/** An actor's name linking to its page; `*` is plain "everyone". */
export function ActorLink({ id }: { id: string }) {
  const { name } = useActors();
  if (id === '*') return <span>{name(id)}</span>;
  return <Link to={`/actors/${encodeURIComponent(id)}`}>{name(id)}</Link>;
}
