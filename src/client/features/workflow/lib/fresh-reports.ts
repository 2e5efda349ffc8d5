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

/** Checks at once: a bulk accept of 200 rows must not send 200 requests together. */
const CHECKS_AT_ONCE = 4;

/** What a check that failed counts as: a copy in hand, so that the desk is asked rather than not told. */
export const UNCHECKED = { unchecked: true } as const;

/**
 * The copy in hand of each report's story (null when none), asked once per story (every incoming report of a
 * story has the same answer) and a few at a time.
 */
export function copiesInHand<T extends { id: number; clusterId: number | null }>(
  reports: readonly T[],
  findInHand: (report: T) => Promise<object | null>,
): Promise<Array<object | null>> {
  const waiting: Array<() => void> = [];
  let running = 0;
  const inTurn = (task: () => Promise<object | null>) =>
    new Promise<object | null>((resolve, reject) => {
      const start = () => {
        running++;
        task()
          .then(resolve, reject)
          .finally(() => {
            running--;
            waiting.shift()?.();
          });
      };
      if (running < CHECKS_AT_ONCE) start();
      else waiting.push(start);
    });
  const answers = new Map<string, Promise<object | null>>();
  return Promise.all(
    reports.map((report) => {
      const story = report.clusterId === null ? `report ${report.id}` : `story ${report.clusterId}`;
      let answer = answers.get(story);
      if (!answer) {
        answer = inTurn(() => findInHand(report)).catch(() => UNCHECKED);
        answers.set(story, answer);
      }
      return answer;
    }),
  );
}
