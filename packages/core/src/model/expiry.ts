/**
 * Whether a call to action's deadline is before the document's date `date`. Such an action is
 * left out of every output (resolve drops it) and the validator warns about it.
 */
export function isPastDeadline(action: { deadline?: string | undefined }, date: string): boolean {
  return action.deadline !== undefined && action.deadline < date;
}

/**
 * Whether a brief's statistic is dated before the month the brief covers (`period`, `YYYY-MM`):
 * a number carried forward from an earlier brief whose value and `asOf` were not updated. A
 * statistic without `asOf` is as of the document's date and so never stale.
 */
export function isStaleStatistic(stat: { asOf?: string | undefined }, period: string): boolean {
  return stat.asOf !== undefined && stat.asOf < `${period}-01`;
}
