/**
 * Section: hostile paging (issue 19 item 1). A server on this machine plays a DailyBot that reports a
 * billion users and hands out one a page, each page pointing one further on. Find User looks for
 * someone who is not there: before version 3 one run followed it for thousands of requests (10,000
 * and 113 s in one test); now a run stops at MAX_PAGES_PER_RUN pages with a ThrottledError, and
 * Zapier's retry (same connection, same z.cache) goes on from the first unread page.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

import zapier from 'zapier-platform-core';

import App from '../index';
import { MAX_PAGES_PER_RUN } from '../src/http/paginate';
import type { Section } from './section';
import { ms } from './stats';
import type { Row } from './table';

export interface HostileRun {
  requests: number;
  firstPage: number;
  lastPage: number;
  ended: string;
  ms: number;
}

/** Rows: requests per run at the bound, and the retry going on where the first run stopped. */
export const hostilePagingRows = (first: HostileRun, retry: HostileRun): Row[] => [
  {
    measure: 'hostile paging: requests in one run (count 1,000,000,000, one user a page; Find User)',
    result: `${first.requests} requests, then ${first.ended}, ${ms(first.ms)}`,
    goal: `≤ ${MAX_PAGES_PER_RUN}, then a ThrottledError`,
    met: first.requests <= MAX_PAGES_PER_RUN && first.ended === 'ThrottledError',
    why: 'was 10,000 requests and 113 s in one run',
  },
  {
    measure: 'the same: Zapier’s retry',
    result: `${retry.requests} requests, pages ${retry.firstPage}–${retry.lastPage}`,
    goal: `≤ ${MAX_PAGES_PER_RUN}, from page ${first.lastPage + 1}`,
    met: retry.requests <= MAX_PAGES_PER_RUN && retry.firstPage === first.lastPage + 1,
    why: 'the position is kept in z.cache, so no page is read twice',
  },
];

/** Runs Find User twice (the second as Zapier's retry) against the hostile server. */
export const measureHostilePaging = async (): Promise<[HostileRun, HostileRun]> => {
  let asked: number[] = [];
  const server = http.createServer((req, res) => {
    const page = Number(new URL(req.url ?? '/', 'http://x').searchParams.get('page') ?? 1);
    asked.push(page);
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1/users/`;
    const user = { uuid: `00000000-0000-4000-8000-${String(page).padStart(12, '0')}`, full_name: `Person ${page}`, email: `p${page}@example.com` };
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ count: 1_000_000_000, next: `${base}?page=${page + 1}`, previous: null, results: [user] }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const saved = process.env.DAILYBOT_API_URL;
  process.env.DAILYBOT_API_URL = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  const tester = zapier.createAppTester(App);
  const bundle = { authData: { api_key: 'bench-hostile-key' }, inputData: { query: 'nobody@example.com' } };
  const once = async (clearCache: boolean): Promise<HostileRun> => {
    asked = [];
    const started = performance.now();
    let ended = 'a result';
    try {
      await tester(App.searches!.find_user!.operation.perform as never, bundle as never, clearCache);
    } catch (error) {
      ended = (error as Error).name;
    }
    return { requests: asked.length, firstPage: asked[0] ?? 0, lastPage: asked.at(-1) ?? 0, ended, ms: performance.now() - started };
  };
  try {
    const first = await once(true);
    const retry = await once(false);
    return [first, retry];
  } finally {
    if (saved === undefined) delete process.env.DAILYBOT_API_URL;
    else process.env.DAILYBOT_API_URL = saved;
    await new Promise((resolve) => server.close(resolve));
  }
};

export const hostilePagingSection: Section = {
  progress: 'hostile paging (a billion users claimed, one a page)',
  run: async () => {
    const [first, retry] = await measureHostilePaging();
    return { title: 'Hostile paging: requests per run stay at the bound', rows: hostilePagingRows(first, retry) };
  },
  how: ['- Hostile paging: a local server reports 1,000,000,000 users and sends one a page; Find User for a missing email, then again on the same connection (Zapier’s retry); requests counted by the server.'],
};
