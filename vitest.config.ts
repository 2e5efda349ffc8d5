import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code. Server integration tests run against SQLite always and
// against PostgreSQL too when TEST_DATABASE_URL (or DATABASE_URL) names one: see src/test-support/harness.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Bounds that only turn a hang into a failure: no test waits for time to pass (src/test-support/wait.ts),
    // and the slowest test takes a few seconds alone, so these hold with the machine four times over-subscribed.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Two workers even on two cores (the default would be one): much of the suite waits on sockets, child
    // processes and the database rather than on the CPU.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    // Test files run one after another in a worker that keeps its loaded modules: the server's module graph
    // (jsdom above all) is loaded once per worker instead of once per file, about a minute of CPU on two cores.
    // Each suite still builds its own app on its own database; no test mocks a module or changes a global, and
    // spies are restored after every test.
    isolate: false,
    restoreMocks: true,
  },
});
