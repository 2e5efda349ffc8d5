import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from './db/index.ts';
import { serverCommand, startServerProcess } from '../test-support/server-process.ts';
import { HEAVY_TEST_TIMEOUT_MS } from '../test-support/wait.ts';

describe('the server process', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mirsad-main-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    'starts with demo data, refuses a bad config by name, and shuts down gracefully finishing in-flight writes',
    async () => {
      // The refused start and the good one run side by side: each is a process start-up of its own.
      const bad = spawn(process.execPath, serverCommand('source'), {
        env: { ...process.env, PORT: 'eighty' },
      });
      let badOutput = '';
      bad.stderr.on('data', (chunk) => (badOutput += chunk));
      const badExit = new Promise((resolve) => bad.on('exit', resolve));

      const databaseUrl = `sqlite:${join(dir, 'main.db')}`;
      const server = await startServerProcess({
        DATABASE_URL: databaseUrl,
        DEMO: '1',
        DEMO_WIRE: '1',
        DEMO_WIRE_INTERVAL_MS: '300',
      });
      expect(await badExit).toBe(1);
      expect(badOutput).toContain('PORT');
      const base = server.url;
      const login = await fetch(`${base}/api/session`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username: 'editor', password: 'mirsad-demo' }),
      });
      expect(login.status).toBe(200);
      const { csrfToken } = (await login.json()) as { csrfToken: string };
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      const items = (await (await fetch(`${base}/api/items?limit=1`, { headers: { cookie } })).json()) as {
        items: Array<{ id: number }>;
      };
      const itemId = items.items[0]!.id;

      let firstAcknowledged: () => void;
      const oneAcknowledged = new Promise<void>((resolve) => (firstAcknowledged = resolve));
      const writes = Array.from({ length: 40 }, (_, n) =>
        fetch(`${base}/api/items/${itemId}/comments`, {
          method: 'POST',
          headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
          body: JSON.stringify({ body: `تعليق أثناء الإيقاف ${n}` }),
        }).then(
          (response) => {
            if (response.status === 201) firstAcknowledged();
            return response.status;
          },
          () => 'refused' as const,
        ),
      );
      // SIGTERM as soon as the server has acknowledged one write, with the others still on their way.
      await Promise.race([oneAcknowledged, Promise.all(writes)]);
      const exited = server.stop();
      const statuses = await Promise.all(writes);
      expect(await exited).toBe(0);

      // Every write the server acknowledged is on disk; nothing half-done.
      const acknowledged = statuses.filter((status) => status === 201).length;
      expect(acknowledged).toBeGreaterThan(0);
      expect(statuses.every((status) => status === 201 || status === 'refused' || status === 503)).toBe(true);
      const database = await openDatabase(databaseUrl);
      const stored = await database.db
        .selectFrom('comments')
        .select((eb) => eb.fn.countAll().as('n'))
        .where('body', 'like', 'تعليق أثناء الإيقاف%')
        .executeTakeFirstOrThrow();
      await database.close();
      expect(Number(stored.n)).toBe(acknowledged);
    },
    HEAVY_TEST_TIMEOUT_MS,
  );
});
