import { expect, it } from 'vitest';
import { freshReports } from './fresh-reports.ts';

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
