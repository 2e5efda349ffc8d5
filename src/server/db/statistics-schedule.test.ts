import { describe, expect, it } from 'vitest';
import { StatisticsSchedule } from './statistics-schedule.ts';

describe('refreshing statistics after other processes wrote', () => {
  it('refreshes at the first change, then at most once an interval, and once after the last change', () => {
    const schedule = new StatisticsSchedule(60_000);
    expect(schedule.due(0)).toBe(false);
    schedule.noteChange();
    expect(schedule.due(200)).toBe(true);
    // A bulk load goes on: its changes wait for the interval…
    for (let at = 400; at < 60_200; at += 200) {
      schedule.noteChange();
      expect(schedule.due(at)).toBe(false);
    }
    // …the load has ended, and its statistics are taken once more, then no more.
    expect(schedule.due(60_200)).toBe(true);
    expect(schedule.due(60_400)).toBe(false);
    expect(schedule.due(500_000)).toBe(false);
  });

  it('a lone change long after the last refresh is refreshed at once', () => {
    const schedule = new StatisticsSchedule(60_000);
    schedule.noteChange();
    expect(schedule.due(1_000)).toBe(true);
    schedule.noteChange();
    expect(schedule.due(300_000)).toBe(true);
  });
});
