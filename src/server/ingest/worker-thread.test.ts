import { describe, expect, it } from 'vitest';
import { until } from '../../test-support/wait.ts';
import type { DomJob } from './dom-thread.ts';
import type { CrashJob } from './testing/crash-worker.ts';
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

  it('fails only the request a crash ended, and asks the others again of a new thread', async () => {
    const thread = new WorkerThread<CrashJob, string, string>(
      'testing/crash-worker',
      (message) => new Error(message),
    );
    const echo = (text: string) => thread.ask({ kind: 'echo', text });
    const [crashed, ...others] = await Promise.allSettled([
      thread.ask({ kind: 'crash' }),
      echo('ب'),
      echo('ج'),
    ]);
    expect(crashed).toMatchObject({
      status: 'rejected',
      reason: { message: expect.stringMatching(/exited \(7\)/) },
    });
    expect(others).toEqual([
      { status: 'fulfilled', value: 'ب' },
      { status: 'fulfilled', value: 'ج' },
    ]);
  });

  it('asks a request again once only: two crashes in a row fail it', async () => {
    const thread = new WorkerThread<CrashJob, string, string>(
      'testing/crash-worker',
      (message) => new Error(message),
    );
    const results = await Promise.allSettled([thread.ask({ kind: 'crash' }), thread.ask({ kind: 'crash' })]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(await thread.ask({ kind: 'echo', text: 'د' })).toBe('د');
  });
});
