const EVENT_ID = /^[a-z0-9][a-z0-9.-]*$/;

/** The events switched off for what-if, as the `without` query parameter holds them (comma-separated). */
export function withoutFromSearch(params: URLSearchParams): string[] {
  const ids = (params.get('without') ?? '').split(',').filter((id) => EVENT_ID.test(id));
  return [...new Set(ids)];
}

/** The query string with `id` switched off (or back on); the other parameters stay. */
export function withSwitched(params: URLSearchParams, id: string, off: boolean): URLSearchParams {
  const next = new URLSearchParams(params);
  const ids = withoutFromSearch(params).filter((x) => x !== id);
  if (off) ids.push(id);
  if (ids.length) next.set('without', ids.join(','));
  else {
    next.delete('without');
    next.delete('at');
  }
  return next;
}

/** The date the what-if compares on (`at`), when it is a well-formed date. */
export function whatIfAtFromSearch(params: URLSearchParams): string | null {
  const at = params.get('at');
  return at && /^\d{4}-\d{2}-\d{2}$/.test(at) ? at : null;
}
