import dns from 'node:dns';
import net from 'node:net';

/**
 * The SSRF guard of fetchFeed: which IP addresses a feed fetch may connect to.
 *
 * A feed URL is typed by an admin, but it is fetched by the server from inside the newsroom's network: without a
 * guard, `http://169.254.169.254/latest/meta-data/` (cloud credentials), `http://localhost:5432/` or an intranet
 * host is one form field away, and so is a public feed that redirects there. Refused: every address that is
 * not globally routable unicast — unspecified, loopback, private (RFC 1918, fc00::/7), shared (100.64/10),
 * link-local (169.254/16 with the cloud metadata address, fe80::/10), site-local, multicast, reserved and
 * documentation ranges, and IPv6 forms that embed a refused IPv4 address (IPv4-mapped, IPv4-compatible,
 * NAT64, 6to4).
 *
 * The check happens where the connection is made, not before: the request's own `lookup` resolves the host,
 * checks EVERY address it got (a name that mixes public and private addresses is refused as a whole), and
 * hands the connection exactly the addresses it checked — so DNS rebinding (a second resolution that answers
 * differently) has no window. IP literals never reach `lookup` (Node connects to them directly) and are
 * checked before the request. Each redirect hop is a new request and goes through the same check.
 */

const RANGES: ReadonlyArray<[string, number, 'ipv4' | 'ipv6', string]> = [
  ['0.0.0.0', 8, 'ipv4', 'unspecified ("this network")'],
  ['10.0.0.0', 8, 'ipv4', 'private (RFC 1918)'],
  ['100.64.0.0', 10, 'ipv4', 'shared address space (carrier-grade NAT)'],
  ['127.0.0.0', 8, 'ipv4', 'loopback'],
  ['169.254.0.0', 16, 'ipv4', 'link-local (incl. cloud metadata 169.254.169.254)'],
  ['172.16.0.0', 12, 'ipv4', 'private (RFC 1918)'],
  ['192.0.0.0', 24, 'ipv4', 'IETF protocol assignments'],
  ['192.0.2.0', 24, 'ipv4', 'documentation'],
  ['192.88.99.0', 24, 'ipv4', '6to4 relay anycast'],
  ['192.168.0.0', 16, 'ipv4', 'private (RFC 1918)'],
  ['198.18.0.0', 15, 'ipv4', 'benchmarking'],
  ['198.51.100.0', 24, 'ipv4', 'documentation'],
  ['203.0.113.0', 24, 'ipv4', 'documentation'],
  ['224.0.0.0', 4, 'ipv4', 'multicast'],
  ['240.0.0.0', 4, 'ipv4', 'reserved (incl. broadcast)'],
  ['::', 128, 'ipv6', 'unspecified'],
  ['::1', 128, 'ipv6', 'loopback'],
  ['64:ff9b:1::', 48, 'ipv6', 'local-use NAT64'],
  ['100::', 64, 'ipv6', 'discard-only'],
  ['2001::', 32, 'ipv6', 'Teredo'],
  ['2001:db8::', 32, 'ipv6', 'documentation'],
  ['fc00::', 7, 'ipv6', 'unique local (private)'],
  ['fe80::', 10, 'ipv6', 'link-local'],
  ['fec0::', 10, 'ipv6', 'site-local'],
  ['ff00::', 8, 'ipv6', 'multicast'],
];

const REFUSED = RANGES.map(([network, prefix, family, label]) => {
  const list = new net.BlockList();
  list.addSubnet(network, prefix, family);
  return { list, label };
});

/** Why an address is refused (a short label such as "loopback"), or null when it is public unicast. */
export function nonPublicReason(address: string): string | null {
  const family = net.isIP(address);
  if (family === 0) return 'not an IP address';
  const type = family === 4 ? 'ipv4' : 'ipv6';
  for (const { list, label } of REFUSED) if (list.check(address, type)) return label;
  if (family === 6) {
    const embedded = embeddedIpv4(address);
    if (embedded) {
      const reason = nonPublicReason(embedded);
      return reason ? `${reason}, embedded in IPv6 ${address}` : null;
    }
  }
  return null;
}

/**
 * The IPv4 address carried by an IPv6 address that embeds one: IPv4-mapped (::ffff:0:0/96, which BlockList
 * already matches against IPv4 rules), IPv4-compatible (::/96), NAT64 (64:ff9b::/96) or 6to4 (2002::/16).
 */
function embeddedIpv4(address: string): string | null {
  const groups = expandIpv6(address);
  if (!groups) return null;
  const zeros = (from: number, to: number) => groups.slice(from, to).every((g) => g === 0);
  if (zeros(0, 5) && (groups[5] === 0xffff || groups[5] === 0)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x64 && groups[1] === 0xff9b && zeros(2, 6)) return v4(groups[6]!, groups[7]!);
  if (groups[0] === 0x2002) return v4(groups[1]!, groups[2]!);
  return null;
}

function v4(high: number, low: number): string {
  return `${high >> 8}.${high & 0xff}.${low >> 8}.${low & 0xff}`;
}

function hexGroups(part: string): number[] {
  return part ? part.split(':').map((g) => Number.parseInt(g, 16)) : [];
}

/** Eight 16-bit groups of an IPv6 address (dotted IPv4 tail allowed), or null. */
function expandIpv6(address: string): number[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = hexGroups(head);
  const right = tail === undefined ? [] : hexGroups(tail);
  const missing = 8 - left.length - right.length;
  if (missing < 0 || (tail === undefined && missing !== 0)) return null;
  const groups = [...left, ...Array<number>(missing).fill(0), ...right];
  return groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/** Which non-public addresses are allowed anyway. */
export interface AddressPolicy {
  /** Allow every address (development, tests, a desk whose wires are on its own network). */
  allowPrivateAddresses: boolean;
  /** Networks allowed although not public: CIDRs ("10.1.2.0/24", "fd00::/8") or single addresses. */
  allowedNetworks: readonly string[];
}

/** A connection the guard refused; fetchFeed reports it as `feed.address_refused`. */
export class AddressRefusedError extends Error {
  constructor(
    readonly host: string,
    readonly address: string,
    readonly reason: string,
  ) {
    super(
      `Refused to fetch from ${host === address ? address : `${host} (${address})`}: ${reason} address. ` +
        'Feeds are fetched from public addresses only unless private addresses are allowed in the configuration.',
    );
    this.name = 'AddressRefusedError';
  }
}

/** A compiled policy: `refusal(address)` gives the reason to refuse, or null to allow. */
export function addressPolicy(policy: AddressPolicy): { refusal(address: string): string | null } {
  if (policy.allowPrivateAddresses) return { refusal: () => null };
  const allowed = new net.BlockList();
  for (const entry of policy.allowedNetworks) {
    const [network, prefix] = entry.split('/') as [string, string | undefined];
    const family = net.isIP(network);
    if (family === 0) throw new Error(`Not an IP network: ${entry}`);
    const type = family === 4 ? 'ipv4' : 'ipv6';
    if (prefix === undefined) allowed.addAddress(network, type);
    else allowed.addSubnet(network, Number(prefix), type);
  }
  return {
    refusal(address) {
      const family = net.isIP(address);
      if (family !== 0 && allowed.check(address, family === 4 ? 'ipv4' : 'ipv6')) return null;
      return nonPublicReason(address);
    },
  };
}

/**
 * The refusal of an address whose host is written as an IP address (connected to without a lookup, so checked
 * here rather than in guardedLookup): an AddressRefusedError, or null. `localhost` counts as loopback when
 * asked (a feed saved with it is refused at once; a fetch leaves it to the lookup, which checks what it
 * resolves to).
 */
export function literalHostRefusal(
  url: URL,
  policy: { refusal(address: string): string | null },
  { localhost = false } = {},
): AddressRefusedError | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (localhost && (host === 'localhost' || host.endsWith('.localhost'))) {
    const reason = policy.refusal('127.0.0.1');
    return reason === null ? null : new AddressRefusedError(host, host, reason);
  }
  if (net.isIP(host) === 0) return null;
  const reason = policy.refusal(host);
  return reason === null ? null : new AddressRefusedError(host, host, reason);
}

/**
 * A `lookup` for http(s).request that resolves with the system resolver, refuses the host if ANY of its
 * addresses is refused by the policy, and otherwise answers with exactly the addresses it checked.
 */
export function guardedLookup(policy: { refusal(address: string): string | null }): net.LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      for (const { address } of addresses) {
        const reason = policy.refusal(address);
        if (reason !== null) return callback(new AddressRefusedError(hostname, address, reason), '', 0);
      }
      if (addresses.length === 0) {
        const notFound = Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' });
        return callback(notFound, '', 0);
      }
      if (options.all) return (callback as (e: null, a: dns.LookupAddress[]) => void)(null, addresses);
      return callback(null, addresses[0]!.address, addresses[0]!.family);
    });
  };
}
