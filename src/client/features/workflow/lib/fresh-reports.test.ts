import { expect, it } from 'vitest';
import { copiesInHand, freshReports, UNCHECKED } from './fresh-reports.ts';

const report = (id: number, clusterId: number | null) => ({ id, clusterId });

it('leaves out copies of stories in hand and the second report of a story ticked twice', () => {
  const reports = [
    report(1, 10),
    report(2, 20),
    report(3, 10),
    report(4, null),
    report(5, 30),
    report(6, null),
  ];
  const copies = [null, null, null, null, { id: 99 }, null];
  expect(freshReports(reports, copies).map((each) => each.id)).toEqual([1, 2, 4, 6]);
});

it('keeps every report when none starts a second copy', () => {
  const reports = [report(1, 10), report(2, null), report(3, 20)];
  expect(freshReports(reports, [null, null, null])).toEqual(reports);
});

it('asks once per story, a few at a time, and counts a failed check as a copy in hand', async () => {
  const reports = [
    report(1, 10),
    report(2, 10),
    report(3, null),
    report(4, 20),
    report(5, 30),
    report(6, 40),
  ];
  const asked: number[] = [];
  const answers = new Map<number, { resolve(copy: object | null): void; reject(error: Error): void }>();
  let inFlight = 0;
  let most = 0;
  const pending = copiesInHand(
    reports,
    (each) =>
      new Promise<object | null>((resolve, reject) => {
        asked.push(each.id);
        most = Math.max(most, ++inFlight);
        const done = () => inFlight--;
        answers.set(each.id, {
          resolve: (copy) => (done(), resolve(copy)),
          reject: (error) => (done(), reject(error)),
        });
      }),
  );
  // Four asked (report 2 shares report 1's story); the fifth waits for a free turn.
  expect(asked).toEqual([1, 3, 4, 5]);
  answers.get(1)!.resolve({ id: 99 });
  answers.get(3)!.resolve(null);
  answers.get(4)!.reject(new Error('offline'));
  await expect.poll(() => asked.length).toBe(5);
  answers.get(5)!.resolve(null);
  answers.get(6)!.resolve(null);
  expect(await pending).toEqual([{ id: 99 }, { id: 99 }, null, UNCHECKED, null, null]);
  expect(most).toBe(4);
});
