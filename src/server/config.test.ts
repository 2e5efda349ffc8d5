import { expect, it, describe } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has working defaults for development', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      port: 8080,
      databaseUrl: 'sqlite:./data/mirsad.db',
      demo: true,
      demoWire: true,
      env: 'development',
    });
  });

  it('refuses to start in production without SESSION_SECRET, naming the variable', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(ConfigError);
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SESSION_SECRET/);
    // Nor without its public address: the public feeds would name whatever host a request gave.
    expect(() => loadConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(40) })).toThrow(
      /PUBLIC_ORIGIN/,
    );
    const config = loadConfig({
      NODE_ENV: 'production',
      SESSION_SECRET: 'x'.repeat(40),
      PUBLIC_ORIGIN: 'https://mirsad.example',
    });
    expect(config).toMatchObject({
      demo: false,
      demoWire: false,
      cookieSecure: true,
      feedAllowPrivate: false,
    });
  });

  it.each([
    [{ PORT: 'eighty' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ DEMO: 'maybe' }, 'DEMO'],
    [{ DEMO_WIRE: '2' }, 'DEMO_WIRE'],
    [{ SESSION_SECRET: 'short' }, 'SESSION_SECRET'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
  ])('a bad value stops start-up naming the variable: %o', (env, name) => {
    expect(() => loadConfig(env)).toThrow(new RegExp(`\\b${name}\\b`));
  });

  it('accepts postgres URLs and 1/0 switches', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://u:p@db/mirsad', DEMO: '0' });
    expect(config).toMatchObject({ databaseUrl: 'postgres://u:p@db/mirsad', demo: false, demoWire: false });
  });
});
