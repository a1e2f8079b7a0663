/**
 * Section 3: 50 recipients named by email in an organization of 10,000 users. `send_message` must
 * resolve them with one paged listing of `GET /users/?include_email=true` (at most 40 pages of
 * 250), then send one message. The 50 are spread over the whole directory, the last one at its very
 * end, so the listing has to be read to the last page. Then the same step again on the same
 * connection: the directory is kept in `z.cache` for a few minutes, so it should list nothing.
 */
import type { Harness } from '../sandbox/harness';
import type { RequestRecord } from '../sandbox/index';
import { pagesToReach } from './minimums';
import type { Section } from './section';
import { count, ms } from './stats';
import type { Row } from './table';

/** One listing of the whole directory of 10,000: at most this many pages of 250. */
export const MAX_PAGES = 40;

export interface DirectoryRun {
  users: number;
  recipients: number;
  /** Pages the listing needs at least (up to the last person named). */
  minPages: number;
  /** User listing requests, and whether they form one listing (limit 250, offsets 0, 250, 500… in order). */
  pages: number;
  oneListing: boolean;
  pageSize: number | null;
  /** Every request of the step. */
  requests: number;
  ms: number;
  /** The same step again on the same connection (directory cached). */
  again: { requests: number; ms: number };
  /** The message reached exactly the 50. */
  delivered: boolean;
}

/** Indexes spread evenly from the start to the end of `0 … total-1`. */
export const spread = (total: number, n: number): number[] =>
  Array.from({ length: n }, (_, k) => Math.round((k * (total - 1)) / Math.max(1, n - 1)));

const query = (record: RequestRecord): URLSearchParams => new URLSearchParams(record.url.includes('?') ? record.url.slice(record.url.indexOf('?') + 1) : '');

/** True when the listing requests are one walk through the pages: offsets 0, size, 2·size… */
export const isOneListing = (listing: readonly Pick<RequestRecord, 'url'>[]): { one: boolean; pageSize: number | null } => {
  if (listing.length === 0) return { one: false, pageSize: null };
  const limits = listing.map((r) => Number(query(r as RequestRecord).get('limit') ?? Number.NaN));
  const offsets = listing.map((r) => Number(query(r as RequestRecord).get('offset') ?? 0));
  const size = limits[0]!;
  const one = limits.every((l) => l === size) && offsets.every((offset, i) => offset === i * size);
  return { one, pageSize: Number.isFinite(size) ? size : null };
};

export const measureDirectory = async (h: Harness, recipients = 50): Promise<DirectoryRun> => {
  const { state } = h.sandbox;
  const all = [...state.users.values()];
  // active people other than the key's owner (DailyBot refuses a deactivated one): a pick that is not
  // moves to the nearest one that is, looking back first so the last pick stays near the end
  const eligible = (at: number) => {
    const user = all[at];
    return user !== undefined && user.is_active && !!user.email && user.uuid !== state.demo.owner && !chosen.includes(user);
  };
  const chosen: typeof all = [];
  for (const index of spread(all.length, recipients)) {
    let at = -1;
    for (let d = 0; d < all.length && at < 0; d += 1) at = eligible(index - d) ? index - d : eligible(index + d) ? index + d : -1;
    if (at < 0) throw new Error(`The organization has fewer than ${recipients} active users to send to.`);
    chosen.push(all[at]!);
  }
  const positions = chosen.map((user) => all.indexOf(user));
  const input = { message: 'Release v2.1 is out: please check your dashboards.', target_users: chosen.map((user) => user.email).join('\n') };

  await state.idle();
  const outboxBefore = state.outbox.length;
  const first = await h.create<{ target_users: string[] }>('send_message', input);
  const listing = first.requests.filter((r) => r.path.split('?')[0] === '/v1/users/');
  const { one, pageSize } = isOneListing(listing);
  const sent = state.outbox.slice(outboxBefore).find((entry) => entry.kind === 'message');
  const wanted = new Set(chosen.map((user) => user.uuid));
  const delivered = sent?.kind === 'message' && sent.target_users.length === wanted.size && sent.target_users.every((uuid) => wanted.has(uuid));

  const second = await h.create('send_message', input);
  return {
    users: all.length,
    recipients: chosen.length,
    minPages: pagesToReach(positions),
    pages: listing.length,
    oneListing: one,
    pageSize,
    requests: first.requests.length,
    ms: first.ms,
    again: { requests: second.requests.length, ms: second.ms },
    delivered,
  };
};

export const directoryRows = (d: DirectoryRun): Row[] => [
  {
    measure: 'user listing',
    result: `${d.pages} pages of ${d.pageSize ?? '?'}${d.oneListing ? ', one listing' : ', NOT one listing'}`,
    goal: `one listing, ≤ ${MAX_PAGES} pages of 250`,
    met: d.oneListing && d.pages <= MAX_PAGES && d.pageSize === 250,
    why: `the ${d.recipients} spread over the directory, the last at its very end (so ≥ ${d.minPages} pages)`,
  },
  {
    measure: 'requests in all',
    result: String(d.requests),
    goal: `= ${d.minPages + 1}`,
    met: d.requests === d.minPages + 1,
    why: `${d.pages} × GET /users/ + 1 POST /send-message/; ${d.delivered ? `the message reached exactly the ${d.recipients}` : 'the message did NOT reach exactly the recipients'}`,
  },
  { measure: 'wall time', result: ms(d.ms), goal: 'no goal set', why: 'listing, 10,000 users parsed, the message sent (Zapier stops a step at 30 s)' },
  {
    measure: 'the same step again, same connection',
    result: `${d.again.requests} request, ${ms(d.again.ms)}`,
    goal: 'no goal set',
    why: 'the directory is kept in z.cache for 5 minutes per connection',
  },
];

/** Runs in a sandbox of 10,000 users that keeps z.cache between steps. */
export const directorySection: Section<Harness> = {
  progress: '50 recipients by email among 10,000 users',
  run: async (h) => {
    const d = await measureDirectory(h);
    return { title: `${d.recipients} recipients by email in an organization of ${count(d.users)} users (send_message)`, rows: directoryRows(d) };
  },
};
