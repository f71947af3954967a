/** Today's date in UTC, `YYYY-MM-DD`, as the ledger writes dates. */
export const todayIso = () => new Date().toISOString().slice(0, 10);
