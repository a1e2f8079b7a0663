/**
 * Which hosts this app may send to besides DailyBot's API: public internet hosts only, plus this
 * machine (loopback: the local sandbox). An Activity Hook URL pointing into a private network (a cloud's
 * metadata service at 169.254.169.254, an office's 10.x server) is refused before anything is sent.
 *
 * Hosts are judged as WHATWG URL parsing leaves them, which already turns every spelling of an IPv4
 * address (`2852039166`, `0xa9fea9fe`, `0251.0376.0251.0376`, `169.254.43518`) into dotted decimal
 * and writes IPv6 in its compressed hex form (`[::ffff:a9fe:a9fe]`).
 * A public name whose DNS answer is a private address is refused by src/http/resolve.ts, before sending.
 */

/** IPv4 ranges that are not the public internet (IANA special-purpose registry), as [first octets, prefix]. */
const PRIVATE_V4: [number[], number][] = [
  [[0], 8], // "this network", 0.0.0.0
  [[10], 8], // private
  [[100, 64], 10], // carrier-grade NAT
  [[169, 254], 16], // link-local, cloud metadata services
  [[172, 16], 12], // private
  [[192, 0, 0], 24], // IETF protocol assignments
  [[192, 0, 2], 24], // documentation
  [[192, 88, 99], 24], // 6to4 relay anycast
  [[192, 168], 16], // private
  [[198, 18], 15], // benchmarking
  [[198, 51, 100], 24], // documentation
  [[203, 0, 113], 24], // documentation
  [[224], 4], // multicast
  [[240], 4], // reserved, and 255.255.255.255
];

/** Name suffixes that only resolve inside a private network. */
const PRIVATE_NAME_SUFFIXES = ['.local', '.localdomain', '.internal', '.intranet', '.lan', '.home', '.corp', '.private', '.home.arpa', '.arpa', '.localhost'];

export type HostKind = 'public' | 'loopback' | 'private';

const toNumber = (octets: number[]): number => octets.reduce((n, octet) => n * 256 + octet, 0);

const inRange = (address: number, [first, prefix]: [number[], number]): boolean => {
  const base = toNumber([...first, 0, 0, 0, 0].slice(0, 4));
  const size = 2 ** (32 - prefix);
  return address >= base && address < base + size;
};

const parseV4 = (host: string): number[] | undefined => {
  const parts = host.split('.');
  if (parts.length !== 4 || !parts.every((part) => /^\d{1,3}$/.test(part) && Number(part) <= 255)) return undefined;
  return parts.map(Number);
};

const kindOfV4 = (octets: number[]): HostKind => {
  if (octets[0] === 127) return 'loopback';
  const address = toNumber(octets);
  return PRIVATE_V4.some((range) => inRange(address, range)) ? 'private' : 'public';
};

/** The eight 16-bit groups of an IPv6 address (a dotted IPv4 tail allowed), or undefined. */
const parseV6 = (host: string): number[] | undefined => {
  let text = host.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const v4 = parseV4(dotted[1]);
    if (!v4) return undefined;
    text = `${text.slice(0, -dotted[1].length)}${((v4[0] ?? 0) * 256 + (v4[1] ?? 0)).toString(16)}:${((v4[2] ?? 0) * 256 + (v4[3] ?? 0)).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string | undefined) => (part ? part.split(':') : []);
  const head = groups(halves[0]);
  const tail = groups(halves[1]);
  const missing = 8 - head.length - tail.length;
  if (halves.length === 1 ? missing !== 0 : missing < 1) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  if (!all.every((group) => /^[0-9a-f]{1,4}$/.test(group))) return undefined;
  return all.map((group) => Number.parseInt(group, 16));
};

const v4From = (high: number, low: number): number[] => [high >> 8, high & 255, low >> 8, low & 255];

const kindOfV6 = (g: number[]): HostKind => {
  const [g0 = 0, g1 = 0, g2 = 0, g3 = 0, g4 = 0, g5 = 0, g6 = 0, g7 = 0] = g;
  const zeroUpTo = (n: number) => g.slice(0, n).every((group) => group === 0);
  if (zeroUpTo(7) && g7 === 1) return 'loopback'; // ::1
  if (zeroUpTo(8)) return 'private'; // ::
  // an IPv4 address inside IPv6: judged as that IPv4 address
  if (zeroUpTo(5) && g5 === 0xffff) return kindOfV4(v4From(g6, g7)); // ::ffff:a.b.c.d (mapped)
  if (zeroUpTo(4) && g4 === 0xffff && g5 === 0) return kindOfV4(v4From(g6, g7)); // ::ffff:0:a.b.c.d (translated)
  if (zeroUpTo(6)) return kindOfV4(v4From(g6, g7)); // ::a.b.c.d (compatible, deprecated)
  if (g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0) return kindOfV4(v4From(g6, g7)); // NAT64
  if (g0 === 0x2002) return kindOfV4(v4From(g1, g2)); // 6to4
  if (g0 === 0x64 && g1 === 0xff9b) return 'private'; // local-use NAT64 (64:ff9b:1::/48)
  if (g0 === 0x2001 && (g1 === 0 || g1 === 0xdb8)) return 'private'; // Teredo, documentation
  if (g0 === 0x100 && g1 === 0 && g2 === 0 && g3 === 0) return 'private'; // discard
  if ((g0 & 0xfe00) === 0xfc00) return 'private'; // fc00::/7 unique local
  if ((g0 & 0xffc0) === 0xfe80 || (g0 & 0xffc0) === 0xfec0) return 'private'; // link-local, site-local
  if ((g0 & 0xff00) === 0xff00) return 'private'; // multicast
  return 'public';
};

/** What kind of host a URL's `hostname` names (as `new URL()` leaves it). */
export const hostKind = (hostname: string): HostKind => {
  const host = hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[') && host.endsWith(']')) {
    const groups = parseV6(host.slice(1, -1));
    return groups ? kindOfV6(groups) : 'private';
  }
  const v4 = parseV4(host);
  if (v4) return kindOfV4(v4);
  if (host === 'localhost') return 'loopback';
  // a name without a dot (`intranet`, `metadata`) only resolves inside a network; so do these suffixes
  if (!host.includes('.') || PRIVATE_NAME_SUFFIXES.some((suffix) => host.endsWith(suffix))) return 'private';
  return 'public';
};

export type HookUrlProblem = 'not_https' | 'not_public';

/** A saved value as an http(s) URL, or undefined when it is none. */
const webUrl = (value: string): URL | undefined => {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : undefined;
  } catch {
    return undefined;
  }
};

/**
 * Why an Activity Hook URL cannot be used, or `undefined` when it can: it must be https on a public
 * host; this machine (loopback) may also use plain http, for the local sandbox.
 */
export const hookUrlProblem = (value: string): HookUrlProblem | undefined => {
  const url = webUrl(value);
  if (!url) return 'not_https';
  const kind = hostKind(url.hostname);
  if (kind === 'private') return 'not_public';
  if (url.protocol === 'http:' && kind !== 'loopback') return 'not_https';
  return undefined;
};

/** The first sentence of the message for a hook URL problem: what is wrong, in plain words. */
export const hookUrlProblemText = (problem: HookUrlProblem, saved: boolean): string => {
  const which = saved ? 'The Activity Hook URL saved in this DailyBot connection' : 'The Activity Hook URL';
  return problem === 'not_public'
    ? `${which} points to a private or local network address, where this app does not send anything. ` +
        'DailyBot’s Activity Hook URL is a public https:// address.'
    : `${which} is not a full https:// address.`;
};

/** Where DailyBot's API lives; its Workflow Trigger URLs are on the same host. */
const DAILYBOT_API_ORIGIN = 'https://api.dailybot.com';

/** The path of an organization's Workflow Trigger URL: `/workflow-trigger/<id>/` (dailybot-api-beyond.md §4). */
const WORKFLOW_TRIGGER_PATH = /^\/workflow-trigger\/[A-Za-z0-9_-]{1,200}\/?$/;

export type WorkflowTriggerUrlProblem = 'not_https' | 'not_dailybot';

/**
 * Why a Workflow Trigger URL cannot be used, or `undefined` when it can: it must be DailyBot's API host
 * (`https://api.dailybot.com`, or the API host this app is pointed at) under `/workflow-trigger/<id>/`,
 * with no user name or password in it. This machine (loopback, the local sandbox) may use plain http.
 */
export const workflowTriggerUrlProblem = (value: string, apiOrigin: string): WorkflowTriggerUrlProblem | undefined => {
  const url = webUrl(value);
  if (!url) return 'not_https';
  const loopback = hostKind(url.hostname) === 'loopback';
  if (url.protocol === 'http:' && !loopback) return 'not_https';
  const onApiHost = url.origin === DAILYBOT_API_ORIGIN || url.origin === apiOrigin || loopback;
  if (!onApiHost || url.username !== '' || url.password !== '' || !WORKFLOW_TRIGGER_PATH.test(url.pathname)) return 'not_dailybot';
  return undefined;
};

/** The first sentence of the message for a Workflow Trigger URL problem, never the URL itself. */
export const workflowTriggerUrlProblemText = (problem: WorkflowTriggerUrlProblem, saved: boolean): string => {
  const which = saved ? 'The Workflow Trigger URL saved in this DailyBot connection' : 'The Workflow Trigger URL';
  return problem === 'not_dailybot'
    ? `${which} is not one of DailyBot’s: it starts with https://api.dailybot.com/workflow-trigger/ followed by your organization’s ID, ` +
        'and this app sends events nowhere else.'
    : `${which} is not a full https:// address.`;
};
