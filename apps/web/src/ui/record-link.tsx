import { Link } from 'react-router';
import { useTitles } from './use-titles';

/** An event, regulation or source named by its title, linked to its page; the id in the tooltip. */
export function RecordLink({ id, className }: { id: string; className?: string }) {
  const titleOf = useTitles();
  const { title, href } = titleOf(id);
  return href ? (
    <Link className={className} to={href} title={id}>
      {title}
    </Link>
  ) : (
    <span className={className} title={id}>
      {title}
    </span>
  );
}
