import { defineConfig } from 'vitest/config';

// Unit and integration tests sit beside the code. Server integration tests run against SQLite always and
// against PostgreSQL too when TEST_DATABASE_URL (or DATABASE_URL) names one: see src/server/test/harness.ts.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'eval/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
