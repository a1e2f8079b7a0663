/**
 * A host name's DNS answers, judged before the app sends anything there that is not DailyBot's API
 * (the Activity Hook URL, say). `hostKind` judges a URL as written; a public name can still resolve
 * to a private address (`127.0.0.1.nip.io`, `localtest.me`, a name an attacker points at a cloud's
 * metadata service), so the name is resolved and every address it gives must be public.
 *
 * This machine stays allowed as written: a literal loopback address or `localhost` (the local sandbox)
 * is not resolved. A public name whose answer is loopback is refused like any private one.
 * The HTTP client resolves the name again when it connects: a DNS server that answers differently a
 * moment later is not caught here (no redirect is followed either way).
 *
 * The resolver is injectable (`setResolver`) so tests run without DNS; by default it is Node's
 * `dns.promises.lookup` with every address.
 */
import { hostKind, type HostKind } from './hosts';

export interface ResolvedAddress {
  address: string;
  family: number;
}

export type Resolver = (hostname: string) => Promise<ResolvedAddress[]>;

const systemResolver: Resolver = async (hostname) => {
  const dns = require('node:dns/promises') as typeof import('node:dns/promises');
  return dns.lookup(hostname, { all: true, verbatim: true });
};

let resolver: Resolver = systemResolver;

/** Replaces the resolver (tests, the fuzz); `undefined` restores Node's. */
export const setResolver = (next: Resolver | undefined): void => {
  resolver = next ?? systemResolver;
};

/** The kind of one address as DNS gives it (IPv6 without brackets). */
export const addressKind = (address: string): HostKind => hostKind(address.includes(':') ? `[${address}]` : address);

/** True when `hostname` is an IP address as written (no DNS to ask). */
const isLiteral = (hostname: string): boolean => hostname.startsWith('[') || /^\d{1,3}(\.\d{1,3}){3}$/.test(hostname);

export type ResolvedProblem = 'not_public' | 'not_found';

/**
 * Why `hostname` cannot be sent to, or `undefined` when it can: a name is resolved and refused when
 * any answer is private, loopback or reserved, or when it has none. Literal addresses and loopback as
 * written are judged by `hostKind` alone.
 */
export const resolvedHostProblem = async (hostname: string): Promise<ResolvedProblem | undefined> => {
  const kind = hostKind(hostname);
  if (kind === 'loopback') return undefined;
  if (kind === 'private') return 'not_public';
  if (isLiteral(hostname.replace(/\.$/, ''))) return undefined;
  let answers: ResolvedAddress[];
  try {
    answers = await resolver(hostname.replace(/\.$/, ''));
  } catch {
    return 'not_found';
  }
  if (answers.length === 0) return 'not_found';
  return answers.every((answer) => addressKind(answer.address) === 'public') ? undefined : 'not_public';
};
