/** Start-up: read config, open and migrate the database, seed the demo, start the wire, listen; stop cleanly. */
import { buildApp } from './app.ts';
import { ConfigError, loadConfig, type Config } from './config.ts';
import { seedDemo } from './demo/seed.ts';
import { startDemoWire } from './demo/wire.ts';
import { warmUpTagging } from './ingest/warm-up.ts';

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  const { app, ctx, poller } = await buildApp({ config });
  const stoppers: Array<() => Promise<void> | void> = [];

  if (config.demo) {
    const seeded = await seedDemo(ctx);
    app.log.info(seeded, seeded.seeded ? 'demo data seeded' : 'demo data already present');
    if (config.demoWire) stoppers.push(startDemoWire(ctx, config.demoWireIntervalMs));
  }

  if (config.pollers) {
    poller.start();
    stoppers.push(() => poller.stop());
  }

  let stopping = false;
  const shutdown = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, 'shutting down: finishing in-flight requests');
    const force = setTimeout(() => {
      app.log.error('shutdown took too long; exiting');
      process.exit(1);
    }, 15_000);
    force.unref();
    // Live streams first: they would hold the server open, and browsers should learn at once that it is going
    // (they show "reconnecting" and come back within seconds of the restart).
    ctx.bus.closeAll();
    for (const stop of stoppers) await stop();
    // Stops accepting connections, waits for in-flight requests (and their transactions), then closes the DB.
    await app.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));

  // Before taking requests: the first wire item would otherwise hold every request while tagging builds itself.
  warmUpTagging();
  await app.listen({ port: config.port, host: config.host });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
