/**
 * A thread for worker-thread.test.ts: it answers `echo` with its text and ends itself on `crash`, as a thread
 * that runs out of memory on a hostile document does.
 */
import { answerRequests } from '../worker-thread.ts';

export type CrashJob = { kind: 'echo'; text: string } | { kind: 'crash' };

answerRequests<CrashJob, string, string>(
  (job) => {
    if (job.kind === 'crash') process.exit(7);
    return job.text;
  },
  (error) => String(error),
);
