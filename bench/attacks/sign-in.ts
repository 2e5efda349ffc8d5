/**
 * Finding 4: guessing passwords. Every attempt is counted before its password is checked (a thousand at once get
 * at most five checks), per account × address, per address (100 an hour) and per account; the real user elsewhere
 * still signs in; X-Forwarded-For is believed only as far as TRUST_PROXY says; new hashes cost scrypt N = 2^17;
 * signing in again ends the old session.
 *
 * Addresses: without a proxy (`desk`, TRUST_PROXY=0) the attacker's address is the socket's, so the suite sends
 * from distinct loopback addresses (127.0.x.y); behind one (`edge`, TRUST_PROXY=1) it is the last X-Forwarded-For
 * hop, the one the proxy appended, and the suite plays the proxy.
 */
import http from 'node:http';
import { randomBytes } from 'node:crypto';
import type { AttackContext } from './support/context.ts';
import { eventsSince, liveSeq } from './support/context.ts';
import { PASSWORD } from './support/desk.ts';
import {
  expectStatus,
  formatTally,
  freshAddress,
  request,
  Session,
  tally,
  type HttpResponse,
} from './support/http.ts';
import { seconds } from './support/rows.ts';

/** At most this many attempts per account × address are checked before the delays begin (throttle.ts). */
const FREE_ATTEMPTS = 5;
const ADDRESS_PER_HOUR = 100;

/** A fresh editor account to guess at (made by the admin through the API). */
async function victim(ctx: AttackContext, prefix: string): Promise<string> {
  const username = `${prefix}-${randomBytes(3).toString('hex')}`;
  const response = await ctx.desk.sessions.admin.post('/api/users', {
    username,
    roles: ['editor'],
    password: PASSWORD,
  });
  expectStatus(response, 'create victim', 201);
  return username;
}

function attempt(
  base: string,
  username: string,
  password: string,
  options: { localAddress?: string; forwardedFor?: string; agent?: http.Agent } = {},
): Promise<HttpResponse> {
  return request(base, 'POST', '/api/session', {
    body: { username, password },
    ...(options.localAddress ? { localAddress: options.localAddress } : {}),
    ...(options.agent ? { agent: options.agent } : {}),
    headers: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : {},
    timeoutMs: 300_000,
  });
}

/** `count` guesses sent at once, each on its own connection (as many clients would). */
async function flood(
  count: number,
  send: (n: number, agent: http.Agent) => Promise<HttpResponse>,
): Promise<{ responses: HttpResponse[]; ms: number }> {
  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const started = performance.now();
  const responses = await Promise.all(Array.from({ length: count }, (_, n) => send(n, agent)));
  agent.destroy();
  return { responses, ms: performance.now() - started };
}

/** The addresses the audit trail recorded for failed sign-ins to `username` since `after`. */
async function recordedAddresses(ctx: AttackContext, username: string, after: number): Promise<Set<string>> {
  const events = await eventsSince(ctx.desk.sessions.admin, after);
  return new Set(
    events
      .filter((event) => event.type === 'auth.failed' && event.payload.username === username)
      .map((event) => (event.payload as { address: string }).address),
  );
}

const randomIp = () =>
  `${1 + Math.floor(Math.random() * 222)}.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

export async function signIn(ctx: AttackContext): Promise<void> {
  const { desk, rows, mode } = ctx;
  const deskUrl = desk.servers.desk.url;
  const edge = desk.servers.edge;
  const guesses = mode === 'full' ? 1_000 : 200;

  await rows.check(
    '4',
    `${guesses} concurrent guesses, one account, one address (scrypt 2^17 server)`,
    async () => {
      const username = await victim(ctx, 'flooded');
      const before = edge.memory();
      const { responses, ms } = await flood(guesses, (n, agent) =>
        attempt(edge.url, username, `wrong-${n}`, { forwardedFor: '198.51.100.7', agent }),
      );
      const counts = tally(responses);
      const after = edge.memory();
      const checked = counts[401] ?? 0;
      return {
        held: checked <= FREE_ATTEMPTS && checked + (counts[429] ?? 0) === guesses,
        figure: `${formatTally(counts)} in ${seconds(ms)}: ${checked} passwords checked; server peak RSS ${Math.round(before.peakMb)} → ${Math.round(after.peakMb)} MB`,
      };
    },
  );

  await rows.check('4', '5 wrong guesses, then the right password from another address', async () => {
    const username = await victim(ctx, 'guessed');
    const attacker = freshAddress();
    const wrong: number[] = [];
    for (let n = 0; n < FREE_ATTEMPTS; n++)
      wrong.push((await attempt(deskUrl, username, `wrong-${n}`, { localAddress: attacker })).status);
    const attackerRight = await attempt(deskUrl, username, PASSWORD, { localAddress: attacker });
    const elsewhere = await attempt(deskUrl, username, PASSWORD, { localAddress: freshAddress() });
    return {
      held: wrong.every((status) => status === 401) && elsewhere.status === 200,
      figure: `guesses ${wrong.join(',')}; right password from the guessing address ${attackerRight.status} (${attackerRight.headers['retry-after'] ?? '-'} s wait); from another address ${elsewhere.status}`,
    };
  });

  await rows.check('4', '25 failures from one address do not lock the others there', async () => {
    const [guessed, colleague] = [await victim(ctx, 'office-a'), await victim(ctx, 'office-b')];
    const office = freshAddress();
    const failures: HttpResponse[] = [];
    for (let n = 0; n < 25; n++)
      failures.push(await attempt(deskUrl, guessed, `wrong-${n}`, { localAddress: office }));
    const colleagueIn = await attempt(deskUrl, colleague, PASSWORD, { localAddress: office });
    // Then the address's hourly allowance runs out (every failed or refused attempt counts; the colleague's
    // right password gave its attempt back): the cap exists.
    let sent = failures.length + 1;
    let refusedAt = 0;
    while (sent < ADDRESS_PER_HOUR + 5 && refusedAt === 0) {
      const probe = await attempt(deskUrl, `nobody-${sent}`, 'wrong', { localAddress: office });
      sent++;
      // A fresh account each time: no account × address delay applies, so a 429 is the address's cap.
      if (probe.status === 429) refusedAt = sent;
    }
    const colleagueLater = await attempt(deskUrl, colleague, PASSWORD, { localAddress: office });
    return {
      held: colleagueIn.status === 200 && refusedAt > 0 && refusedAt <= ADDRESS_PER_HOUR + 2,
      figure: `after 25 failures (${formatTally(tally(failures))}) a colleague at the same address signs in: ${colleagueIn.status}; the address's allowance ends at attempt ${refusedAt || `>${sent}`} (then the colleague gets ${colleagueLater.status})`,
    };
  });

  await rows.check(
    '4',
    `TRUST_PROXY=0: ${guesses / 2} guesses with forged X-Forwarded-For count as one address`,
    async () => {
      const username = await victim(ctx, 'spoof0');
      const after = await liveSeq(deskUrl);
      const address = freshAddress();
      const { responses } = await flood(guesses / 2, (n, agent) =>
        attempt(deskUrl, username, `wrong-${n}`, { localAddress: address, forwardedFor: randomIp(), agent }),
      );
      const counts = tally(responses);
      const addresses = await recordedAddresses(ctx, username, after);
      return {
        held: (counts[401] ?? 0) <= FREE_ATTEMPTS && addresses.size === 1 && addresses.has(address),
        figure: `${formatTally(counts)}; audit trail addresses: ${[...addresses].slice(0, 3).join(', ')}${addresses.size > 3 ? ` … (${addresses.size})` : ''}`,
      };
    },
  );

  await rows.check(
    '4',
    `TRUST_PROXY=1: ${guesses / 2} guesses with forged first hops count as the last hop`,
    async () => {
      const username = await victim(ctx, 'spoof1');
      const after = await liveSeq(deskUrl);
      // The proxy appends the address it saw; the client wrote whatever it liked before it.
      const { responses } = await flood(guesses / 2, (n, agent) =>
        attempt(edge.url, username, `wrong-${n}`, {
          forwardedFor: `${randomIp()}, ${randomIp()}, 203.0.113.9`,
          agent,
        }),
      );
      const counts = tally(responses);
      const addresses = await recordedAddresses(ctx, username, after);
      const otherClient = await attempt(edge.url, username, PASSWORD, { forwardedFor: '203.0.113.10' });
      return {
        held:
          (counts[401] ?? 0) <= FREE_ATTEMPTS &&
          addresses.size === 1 &&
          addresses.has('203.0.113.9') &&
          otherClient.status === 200,
        figure: `${formatTally(counts)}; audit trail addresses: ${[...addresses].slice(0, 3).join(', ')}${addresses.size > 3 ? ` … (${addresses.size})` : ''}; the real user behind the proxy (203.0.113.10): ${otherClient.status}`,
      };
    },
  );

  await rows.check('4', 'new password hashes use scrypt N = 2^17 (PASSWORD_HASH_COST unset)', async () => {
    const username = `hashed-${randomBytes(3).toString('hex')}`;
    const created = await desk.sessions.admin.on(edge.url).post('/api/users', {
      username,
      roles: ['editor'],
      password: PASSWORD,
    });
    expectStatus(created, 'create user on edge', 201);
    // An account hashed at the harness's cost 12 is rehashed at its next sign-in.
    const rehashed = await victim(ctx, 'rehash');
    await Session.signIn(edge.url, rehashed, PASSWORD);
    const database = await desk.database();
    const costOf = async (name: string) =>
      Number(
        (
          await database.db
            .selectFrom('users')
            .select('password_hash')
            .where('username', '=', name)
            .executeTakeFirstOrThrow()
        ).password_hash.split('$')[1],
      );
    const [fresh, upgraded] = [await costOf(username), await costOf(rehashed)];
    return {
      held: fresh === 2 ** 17 && upgraded === 2 ** 17,
      figure: `new account: N=${fresh}; cost-12 account after signing in: N=${upgraded}`,
    };
  });

  await rows.check('4', 'signing in again ends the old session', async () => {
    const first = await Session.signIn(deskUrl, 'reviewer', PASSWORD);
    const again = await request(deskUrl, 'POST', '/api/session', {
      body: { username: 'reviewer', password: PASSWORD },
      headers: { cookie: first.cookie },
      localAddress: first.localAddress,
    });
    const old = await first.get('/api/session');
    return {
      held: again.status === 200 && old.status === 401,
      figure: `second sign-in ${again.status}; the first session then answers ${old.status}`,
    };
  });
}
