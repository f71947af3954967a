import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** The way back from a detail page to the list or index it belongs to. */
export function Breadcrumb({ to, children }: { to: string; children: ReactNode }) {
  return (
    <p className="breadcrumb">
      <Link to={to}>← {children}</Link>
    </p>
  );
}
