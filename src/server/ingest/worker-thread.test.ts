import { describe, expect, it } from 'vitest';
import { until } from '../../test-support/wait.ts';
import type { DomJob } from './dom-thread.ts';
import { WorkerThread } from './worker-thread.ts';

const job: DomJob = { kind: 'text', html: '<div>أ <u>ب</u></div>' };

describe('a worker thread', () => {
  it('stops when idle for its time, and starts again at the next request', async () => {
    const thread = new WorkerThread<DomJob, string, string>('dom-worker', (message) => new Error(message), 0);
    expect(thread.isRunning()).toBe(false);
    expect(await thread.ask(job)).toBe('أ ب');
    await until(() => !thread.isRunning(), 'the idle thread to stop');
    expect(await thread.ask(job)).toBe('أ ب');
  });

  it('answers requests asked together, and stays while any is unanswered', async () => {
    const thread = new WorkerThread<DomJob, string, string>('dom-worker', (message) => new Error(message), 0);
    const answers = Promise.all([thread.ask(job), thread.ask({ kind: 'text', html: 'AT&T &copy' })]);
    expect(thread.isRunning()).toBe(true);
    expect(await answers).toEqual(['أ ب', 'AT&T ©']);
    await until(() => !thread.isRunning(), 'the idle thread to stop');
  });
});
