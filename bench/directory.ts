/**
 * Sections 3 and 4: 50 recipients named by email in an organization of 10,000 users. `send_message`
 * must resolve them with one paged listing of `GET /users/?include_email=true` (100 pages of 100, the
 * largest page both of DailyBot's paging styles serve), then send one message. The 50 are spread over
 * the whole directory, the last one at its very end, so the listing has to be read to the last page.
 * Section 3: without a rate limit, then the same step again on the same connection (the directory is
 * kept in `z.cache`, so it lists nothing). Section 4: at 60 requests a minute (DailyBot's documented
 * budget) and paging like the official CLI: the first run reads 60 pages, is refused the 61st and
 * ends with a ThrottledError, keeping what it read; Zapier's retry (after Retry-After, simulated by
 * starting the sandbox's window afresh) reads only the 40 unread pages and sends.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import type { Harness } from '../sandbox/harness';
import type { RequestRecord } from '../sandbox/index';
import { PAGE_SIZE } from '../src/http/paginate';
import { cacheKey } from '../src/people';
import { pagesToReach } from './minimums';
import type { Section } from './section';
import { count, ms } from './stats';
import type { Row } from './table';

/** One listing of the whole directory of 10,000: at most this many pages of 100. */
export const MAX_PAGES = 100;

/** The sandbox's rate limit in section 4: DailyBot's documented 60 requests a minute. */
export const RATE_LIMIT = 60;

export interface DirectoryRun {
  users: number;
  recipients: number;
  /** Pages the listing needs at least (up to the last person named). */
  minPages: number;
  /** User listing requests, and whether they form one listing (one page size, pages 1, 2, 3… in order). */
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

/**
 * True when the listing requests are one walk through the pages in order, in either paging style:
 * `offset` 0, size, 2·size… or `page` 1, 2, 3…, all at one page size (`page_size`, else `limit`).
 */
export const isOneListing = (listing: readonly Pick<RequestRecord, 'url'>[]): { one: boolean; pageSize: number | null } => {
  if (listing.length === 0) return { one: false, pageSize: null };
  const queries = listing.map((r) => query(r as RequestRecord));
  const sizeOf = (q: URLSearchParams) => Number(q.get('page_size') ?? q.get('limit') ?? Number.NaN);
  const size = sizeOf(queries[0]!);
  const index = (q: URLSearchParams) => (q.has('page') ? Number(q.get('page')) - 1 : Number(q.get('offset') ?? 0) / size);
  const one = queries.every((q, i) => sizeOf(q) === size && index(q) === i);
  return { one, pageSize: Number.isFinite(size) ? size : null };
};

/** 50 active people with emails, spread evenly over the directory (the last at its very end), and the step's input. */
const pickRecipients = (h: Harness, recipients: number) => {
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
  const input = { message: 'Release v2.1 is out: please check your dashboards.', target_users: chosen.map((user) => user.email).join('\n') };
  return { all, chosen, positions: chosen.map((user) => all.indexOf(user)), input };
};

/** True when the newest message in the outbox since `before` went to exactly `chosen`. */
const deliveredTo = (h: Harness, before: number, chosen: readonly { uuid: string }[]): boolean => {
  const sent = h.sandbox.state.outbox.slice(before).find((entry) => entry.kind === 'message');
  const wanted = new Set(chosen.map((user) => user.uuid));
  return sent?.kind === 'message' && sent.target_users.length === wanted.size && sent.target_users.every((uuid) => wanted.has(uuid));
};

export const measureDirectory = async (h: Harness, recipients = 50): Promise<DirectoryRun> => {
  const { state } = h.sandbox;
  const { all, chosen, positions, input } = pickRecipients(h, recipients);
  await state.idle();
  const outboxBefore = state.outbox.length;
  const first = await h.create<{ target_users: string[] }>('send_message', input);
  const listing = first.requests.filter((r) => r.path.split('?')[0] === '/v1/users/');
  const { one, pageSize } = isOneListing(listing);
  const delivered = deliveredTo(h, outboxBefore, chosen);

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
    goal: `one listing, ≤ ${MAX_PAGES} pages of ${PAGE_SIZE}`,
    met: d.oneListing && d.pages <= MAX_PAGES && d.pageSize === PAGE_SIZE,
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

export interface ThrottledRun {
  users: number;
  recipients: number;
  perMinute: number;
  /** The first run: its requests (the last one refused), the user pages it read, how it ended, its time. */
  first: { requests: number; pages: number; throttled: boolean; retryAfter: number | null; message: string; ms: number };
  /** Zapier's retry: its requests, the user pages it read, its time, and whether the message reached exactly the recipients. */
  retry: { requests: number; pages: number; ms: number; delivered: boolean };
  /** Pages the listing has in all, and user pages answered more than once over both runs. */
  totalPages: number;
  readTwice: number;
  /** The cached directory, as JSON, once complete. */
  cacheBytes: number;
}

const userPages = (requests: readonly RequestRecord[]) => requests.filter((r) => r.path === '/v1/users/' && r.status === 200);

/** The first run under the rate limit, then Zapier's retry (the sandbox's window started afresh instead of waiting). */
export const measureThrottledDirectory = async (h: Harness, recipients = 50): Promise<ThrottledRun> => {
  const { state } = h.sandbox;
  const { all, chosen, input } = pickRecipients(h, recipients);
  await state.idle();
  state.rateLimit.set(RATE_LIMIT);
  const outboxBefore = state.outbox.length;

  const mark = h.mark();
  const started = performance.now();
  let failure: Error | undefined;
  try {
    await h.create('send_message', input);
  } catch (error) {
    failure = error as Error;
  }
  const firstMs = performance.now() - started;
  const firstRequests = h.requestsSince(mark);
  const refused = firstRequests.find((r) => r.status === 429);
  let details: { message?: string; delay?: number } = {};
  try {
    details = JSON.parse(failure?.message ?? '{}') as typeof details;
  } catch {
    details = { message: failure?.message };
  }

  // Zapier waits Retry-After and runs the step again: here the sandbox's minute starts afresh instead
  state.rateLimit.set(RATE_LIMIT);
  const retry = await h.create('send_message', input);
  const pages = [...userPages(firstRequests), ...userPages(retry.requests)].map((r) => r.url);
  const cached = await h.run<unknown>((z: ZObject, bundle: Bundle) => (z.cache.get as (key: string, scope: string[]) => Promise<unknown>)(cacheKey(z, bundle), ['auth']));
  state.rateLimit.set(null);
  return {
    users: all.length,
    recipients: chosen.length,
    perMinute: RATE_LIMIT,
    first: {
      requests: firstRequests.length,
      pages: userPages(firstRequests).length,
      throttled: failure?.name === 'ThrottledError',
      retryAfter: refused && typeof details.delay === 'number' ? details.delay : null,
      message: details.message ?? '',
      ms: firstMs,
    },
    retry: { requests: retry.requests.length, pages: userPages(retry.requests).length, ms: retry.ms, delivered: deliveredTo(h, outboxBefore, chosen) },
    totalPages: Math.ceil(all.length / PAGE_SIZE),
    readTwice: pages.length - new Set(pages).size,
    cacheBytes: JSON.stringify(cached.output ?? null).length,
  };
};

export const throttledRows = (t: ThrottledRun): Row[] => {
  const unread = t.totalPages - t.first.pages;
  return [
    {
      measure: 'first run',
      result: `${t.first.requests} requests (${t.first.pages} pages, then 429), ${ms(t.first.ms)}`,
      goal: `${t.perMinute} pages read and kept, then a ThrottledError`,
      met: t.first.throttled && t.first.pages === t.perMinute && t.first.requests === t.perMinute + 1,
      why: t.first.throttled ? `“${t.first.message}”` : 'the step did NOT end with a ThrottledError',
    },
    {
      measure: 'Zapier’s retry',
      result: `${t.retry.requests} requests (${t.retry.pages} pages + the message), ${ms(t.retry.ms)}`,
      goal: `= ${unread + 1}`,
      met: t.retry.requests === unread + 1 && t.retry.pages === unread && t.retry.delivered,
      why: `after Retry-After (${t.first.retryAfter ?? '?'} s here); ${t.retry.delivered ? `the message reached exactly the ${t.recipients}` : 'the message did NOT reach exactly the recipients'}`,
    },
    { measure: 'pages read twice', result: String(t.readTwice), goal: '0', met: t.readTwice === 0, why: `${t.totalPages} pages in all, over both runs` },
    {
      measure: 'z.cache entry (the directory)',
      result: `${(t.cacheBytes / 1_000_000).toFixed(2)} MB`,
      goal: 'no goal set',
      why: `${count(t.users)} people as JSON; core sets no size limit (Zapier's cache service answers 413 to a request too large)`,
    },
  ];
};

/** Runs in a sandbox of 10,000 users paging like the official CLI, keeping z.cache between steps. */
export const throttledDirectorySection: Section<Harness> = {
  progress: `50 recipients by email among 10,000 users at ${RATE_LIMIT} requests a minute`,
  run: async (h) => {
    const t = await measureThrottledDirectory(h);
    return {
      title: `The same at ${t.perMinute} requests a minute, paging like DailyBot's CLI (page/page_size): first run and Zapier's retry`,
      rows: throttledRows(t),
    };
  },
  how: [
    `- Section “at ${RATE_LIMIT} requests a minute”: the sandbox throttles like DRF (429 + Retry-After past ${RATE_LIMIT} requests in 60 s per key); ` +
      'the retry runs after the sandbox’s window is started afresh, standing in for Zapier’s wait of Retry-After seconds (not counted in its time).',
  ],
};
