/**
 * Of the reports about to be accepted together, those that start no second copy of a story: not a copy of a
 * story the desk already has in hand (`copies[i]`, from inHandCopyOf), nor a second report of a story ticked
 * twice (the first of them, in the order given, becomes the desk's copy).
 */
export function freshReports<T extends { clusterId: number | null }>(
  reports: readonly T[],
  copies: ReadonlyArray<object | null>,
): T[] {
  const stories = new Set<number>();
  return reports.filter((report, index) => {
    if (copies[index]) return false;
    if (report.clusterId === null) return true;
    if (stories.has(report.clusterId)) return false;
    stories.add(report.clusterId);
    return true;
  });
}
