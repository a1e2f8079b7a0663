/**
 * The dropdowns, Find User and people resolution against a sandbox paging each way DailyBot's sources
 * describe: `offset` (the developer docs' limit/offset) and `page` (the official CLI's page/page_size,
 * 25 by default, ?page=N links). Both end up at 100 a page, and every person can be reached.
 */
import type { Bundle, ZObject } from 'zapier-platform-core';

import type { PagingStyle } from '../../sandbox/core/paging';
import { errorOf } from '../helpers';
import { calls, useHarness } from './support';

type Option = { id: string; name: string };

/** Zapier's cursor store for one dropdown (core's test tools have none). */
const cursorStore = () => {
  let value: string | null = null;
  return { get: async () => value, set: async (cursor: string) => void (value = cursor) };
};

describe.each<PagingStyle>(['offset', 'page'])('a sandbox paging by %s', (paging) => {
  const harness = useHarness({ users: 260, paging });

  it('list_users: "Load more" reaches every person once, 100 a page, then ends', async () => {
    const h = harness();
    const perform = h.fn('triggers', 'list_users') as (z: ZObject, bundle: Bundle) => Promise<Option[]>;
    const cursor = cursorStore();
    const seen: string[] = [];
    const requests: string[] = [];
    for (let page = 0; page < 10; page += 1) {
      const run = await h.run<Option[]>((z: ZObject, bundle: Bundle) => perform(Object.assign(z, { cursor }), bundle), { meta: { page } as Bundle['meta'] });
      requests.push(...run.requests.map((r) => r.url));
      if (run.output.length === 0) break;
      seen.push(...run.output.map((o) => o.id));
    }
    expect(seen).toEqual([...h.sandbox.state.users.keys()]);
    expect(requests).toHaveLength(3); // 100 + 100 + 60; the 4th "Load more" asks nothing
    expect(requests[0]).toContain('limit=100&page_size=100');
  });

  it('find_user: the last person by email, reading 3 pages', async () => {
    const h = harness();
    const last = [...h.sandbox.state.users.values()].at(-1)!;
    const run = await h.search('find_user', { query: last.email });
    expect(run.output).toEqual([expect.objectContaining({ uuid: last.uuid })]);
    expect(calls(run.requests)).toEqual(['GET /v1/users/', 'GET /v1/users/', 'GET /v1/users/']);
  });

  it('Send Message resolves people by email and by a full name typed in NFD, with one listing', async () => {
    const h = harness();
    const users = [...h.sandbox.state.users.values()];
    // someone on the last page whose name has accents (DailyBot stores it composed, NFC)
    const accented = users.slice(200).find((u) => u.full_name.normalize('NFD') !== u.full_name)!;
    const first = users[0]!;
    const run = await h.create<Record<string, unknown>>('send_message', {
      message: 'Paging works',
      target_users: [first.email, accented.full_name.toUpperCase().normalize('NFD')],
    });
    expect(run.output).toMatchObject({ target_users: [first.uuid, accented.uuid] });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', 'GET /v1/users/', 'GET /v1/users/', 'POST /v1/send-message/']);
  });
});

describe.each<PagingStyle>(['offset', 'page'])('a big directory under the rate limit, paging by %s', (paging) => {
  // 1,000 people are 10 pages; 6 requests a minute lets the first run read 6
  const harness = useHarness({ users: 1000, paging, rateLimit: 6, keepCache: true });

  it('the first run keeps what it read and ends throttled; the retry reads only the unread pages', async () => {
    const h = harness();
    const last = [...h.sandbox.state.users.values()].at(-1)!;
    const input = { message: 'Hello', target_users: [last.email] };
    const mark = h.mark();
    const error = await errorOf(h.create('send_message', input));
    expect(error).toMatchObject({ name: 'ThrottledError' });
    expect(error.message).toContain('after 600 of your organization’s users were read');
    expect(calls(h.requestsSince(mark))).toEqual([...Array<string>(7).fill('GET /v1/users/')]); // the 7th was answered 429
    // Zapier waits Retry-After; here the window starts afresh instead
    h.sandbox.state.rateLimit.set(6);
    const retry = await h.create<Record<string, unknown>>('send_message', input);
    expect(retry.output).toMatchObject({ target_users: [last.uuid] });
    expect(calls(retry.requests)).toEqual([...Array<string>(4).fill('GET /v1/users/'), 'POST /v1/send-message/']);
    const pagesRead = h.requestsSince(mark).filter((r) => r.path === '/v1/users/' && r.status === 200).map((r) => r.url);
    expect(new Set(pagesRead).size).toBe(10); // every page once
  });
});
