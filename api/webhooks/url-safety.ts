/**
 * Which URLs a webhook may be sent to (server-side request forgery): https only, no credentials in the URL, at most
 * MAX_WEBHOOK_URL_LENGTH characters, and — unless WEBHOOK_ALLOW_PRIVATE_URLS (on outside production) — no host that is
 * or resolves to a loopback, private, link-local, unique-local, carrier-grade NAT, multicast or reserved address. The
 * host is checked when the subscription is made and again at every delivery, after DNS resolution, and the request
 * connects to the very address that was checked (`safeLookup`), so a name re-pointed later (DNS rebinding) is refused too.
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

export const MAX_WEBHOOK_URL_LENGTH = 2048;

export type UrlProblem =
  /** Not an absolute http(s) URL. */
  | 'INVALID_URL'
  /** Plain http (or another scheme) where only https is allowed. */
  | 'NOT_HTTPS'
  /** A user name or password in the URL. */
  | 'CREDENTIALS'
  | 'TOO_LONG'
  /** The host is, or resolves to, an address of a private network (or a name reserved for one). */
  | 'PRIVATE_HOST'
  /** The host name does not resolve. */
  | 'UNRESOLVABLE';

const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local (cloud metadata services)
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.0.2.0', 24],
  ['192.88.99.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['198.51.100.0', 24],
  ['203.0.113.0', 24],
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // site-local (deprecated)
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(network, prefix, 'ipv6');
}

/** The IPv4 address an IPv6 address embeds (IPv4-mapped ::ffff:a.b.c.d, NAT64 64:ff9b::/96, IPv4-compatible), if any. */
function embeddedIpv4(address: string): string | null {
  const lower = address.toLowerCase();
  const dotted = /^(?:::ffff:|64:ff9b::|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower)?.[1];
  if (dotted) return dotted;
  const [, highText, lowText] = /^(?:::ffff:|64:ff9b::)([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower) ?? [];
  if (!highText || !lowText) return null;
  const high = Number.parseInt(highText, 16);
  const low = Number.parseInt(lowText, 16);
  return `${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`;
}

/** True for an address of the public internet (false for loopback, private, link-local, unique-local, reserved…). */
export function isPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return !blocked.check(address, 'ipv4');
  if (family !== 6) return false;
  const v4 = embeddedIpv4(address);
  if (v4) return isPublicAddress(v4);
  return !blocked.check(address, 'ipv6');
}

/** Host names that name the local machine or a private network, whatever DNS says. */
const PRIVATE_NAME = /(^|\.)(localhost|local|internal|intranet|lan|home\.arpa)$/i;

/** The host of a URL without IPv6 brackets. */
export const hostOf = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

/**
 * The checks that need no network: the URL's form and, when private networks are refused, a literal address or a
 * reserved name. Returns the parsed URL, or the problem.
 */
export function checkWebhookUrl(
  text: string,
  { allowPrivate }: { allowPrivate: boolean },
): { url: URL; problem: null } | { url: null; problem: UrlProblem } {
  if (text.length > MAX_WEBHOOK_URL_LENGTH) return { url: null, problem: 'TOO_LONG' };
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return { url: null, problem: 'INVALID_URL' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { url: null, problem: 'INVALID_URL' };
  if (!url.hostname) return { url: null, problem: 'INVALID_URL' };
  if (url.protocol === 'http:' && !allowPrivate) return { url: null, problem: 'NOT_HTTPS' };
  if (url.username || url.password) return { url: null, problem: 'CREDENTIALS' };
  if (!allowPrivate) {
    const host = hostOf(url);
    if (isIP(host) ? !isPublicAddress(host) : PRIVATE_NAME.test(host.replace(/\.$/, '')))
      return { url: null, problem: 'PRIVATE_HOST' };
  }
  return { url, problem: null };
}

/** The addresses a host name resolves to (every family). */
export function resolveHost(host: string): Promise<LookupAddress[]> {
  if (isIP(host)) return Promise.resolve([{ address: host, family: isIP(host) }]);
  return new Promise((resolve, reject) =>
    dnsLookup(host, { all: true, verbatim: true }, (error, addresses) => (error ? reject(error) : resolve(addresses))),
  );
}

/** The full check of a URL: its form, then (private networks refused) every address its host resolves to. */
export async function checkWebhookUrlResolved(
  text: string,
  options: { allowPrivate: boolean },
): Promise<UrlProblem | null> {
  const checked = checkWebhookUrl(text, options);
  if (checked.problem) return checked.problem;
  if (options.allowPrivate) return null;
  let addresses: LookupAddress[];
  try {
    addresses = await resolveHost(hostOf(checked.url));
  } catch {
    return 'UNRESOLVABLE';
  }
  if (addresses.length === 0) return 'UNRESOLVABLE';
  return addresses.every((entry) => isPublicAddress(entry.address)) ? null : 'PRIVATE_HOST';
}

/** Thrown by `safeLookup` when a host resolves to a private address. */
export class PrivateAddressError extends Error {
  readonly code = 'PRIVATE_HOST';
  constructor(host: string, address: string) {
    super(`webhook host ${host} resolves to ${address}, an address of a private network`);
    this.name = 'PrivateAddressError';
  }
}

/**
 * A `lookup` for http(s).request that resolves the host and refuses (unless `allowPrivate`) when any of its addresses
 * is not public: the socket connects only to an address this function checked.
 */
export function safeLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
      if (error) return callback(error, '', 0);
      const list = addresses as LookupAddress[];
      const bad = allowPrivate ? undefined : list.find((entry) => !isPublicAddress(entry.address));
      if (bad) return callback(new PrivateAddressError(hostname, bad.address), '', 0);
      const first = list[0];
      if (!first) return callback(new Error(`webhook host ${hostname} does not resolve`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, first.address, first.family);
    });
  };
}
