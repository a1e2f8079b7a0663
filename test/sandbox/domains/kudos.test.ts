/** POST /kudos/ and the kudos listings: answers, errors and the outbox. */
import { activeMembers, api, useSandbox } from '../helpers';

const MISSING = '00000000-0000-4000-8000-000000000000';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const demo = () => sandbox.state.demo;

describe('POST /kudos/', () => {
  it('gives kudos from the key owner and answers the kudos object (201)', async () => {
    const answer = await api(sandbox, 'POST', '/kudos/', {
      body: { receivers: [demo().manager], content: 'Great work!', company_value: 'ownership', is_anonymous: false },
    });
    expect(answer.status).toBe(201);
    expect(answer.body).toEqual({
      id: expect.stringMatching(/^[0-9a-f-]{36}$/),
      parent: null,
      user: expect.objectContaining({ uuid: demo().owner, full_name: 'Alex Rivera' }),
      receivers: [expect.objectContaining({ uuid: demo().manager })],
      company_value: { id: expect.any(String), name: 'Ownership' },
      content: 'Great work!',
      is_anonymous: false,
      metadata: { by_dailybot: false },
      created_at: expect.stringMatching(/Z$/),
    });
    expect(sandbox.state.outbox).toEqual([expect.objectContaining({ kind: 'kudos', kudos_id: answer.body.id, giver: demo().owner, receivers: [demo().manager] })]);
  });

  it('gives kudos to every member of teams_receivers except the giver (the official CLI’s body: receivers merged)', async () => {
    const team = demo().generalTeam;
    const answer = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [team], teams_receivers: [team], content: 'Thanks, all!' } });
    expect(answer.status).toBe(201);
    const everyone = activeMembers(sandbox, team).filter((u) => u !== demo().owner);
    expect(answer.body.receivers.map((r: { uuid: string }) => r.uuid)).toEqual(everyone);
  });

  it('takes people and teams together: receivers merged, users_receivers and teams_receivers apart', async () => {
    const team = demo().generalTeam;
    const body = { receivers: [demo().manager, team], users_receivers: [demo().manager], teams_receivers: [team], content: 'Thanks!' };
    const answer = await api(sandbox, 'POST', '/kudos/', { body });
    expect(answer.status).toBe(201);
    expect(new Set(answer.body.receivers.map((r: { uuid: string }) => r.uuid))).toEqual(
      new Set([demo().manager, ...activeMembers(sandbox, team).filter((u) => u !== demo().owner)]),
    );
  });

  it('rejects team kudos whose receivers is missing or empty, as DailyBot does (the official CLI says so)', async () => {
    const team = demo().generalTeam;
    const missing = await api(sandbox, 'POST', '/kudos/', { body: { teams_receivers: [team], content: 'Hi' } });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ receivers: ['This field is required.'] });
    const empty = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [], teams_receivers: [team], content: 'Hi' } });
    expect(empty.body.errors).toEqual({ receivers: ['This list may not be empty.'] });
    const apart = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [demo().manager], users_receivers: [demo().owner], content: 'Hi' } });
    expect(apart.body.errors).toEqual({ receivers: ['Each receiver must also be in users_receivers or teams_receivers.'] });
  });

  it('needs content and at least one known receiver', async () => {
    const none = await api(sandbox, 'POST', '/kudos/', { body: { content: 'Hi' } });
    expect(none.body.errors).toEqual({ receivers: ['This field is required.'] });
    const noContent = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [demo().manager] } });
    expect(noContent.body.errors).toEqual({ content: ['This field is required.'] });
    const unknown = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [MISSING], content: 'Hi' } });
    expect(unknown.body.code).toBe('one_or_more_users_not_found');
    const badTeam = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [MISSING], teams_receivers: [MISSING], content: 'Hi' } });
    expect(badTeam.body.code).toBe('no_valid_team');
    expect(sandbox.state.outbox).toEqual([]);
  });
});

describe('GET /kudos/organization/ and GET /kudos/', () => {
  const give = (giver: string, receiver: string, content: string) => sandbox.state.postKudos({ giver, receivers: [receiver], content });

  it('lists every kudos for an admin, newest first, in the envelope, as POST /kudos/ answers them', async () => {
    const other = activeMembers(sandbox, demo().engineeringTeam).find((u) => u !== demo().owner)!;
    const before = sandbox.state.kudos.length;
    give(demo().owner, other, 'first');
    const second = give(other, demo().owner, 'second');
    const answer = await api(sandbox, 'GET', '/kudos/organization/?limit=2');
    expect(answer.status).toBe(200);
    expect(answer.body.count).toBe(before + 2);
    expect(answer.body.results.map((k: { content: string }) => k.content)).toEqual(['second', 'first']);
    expect(answer.body.results[0]).toMatchObject({ id: second.id, user: { uuid: other }, receivers: [{ uuid: demo().owner }] });
  });

  it('refuses the organization listing to a member with org_admin_required', async () => {
    sandbox.state.users.get(demo().owner)!.role = 'MEMBER';
    const answer = await api(sandbox, 'GET', '/kudos/organization/');
    expect([answer.status, answer.body.code]).toEqual([403, 'org_admin_required']);
  });

  it('lists the caller’s received or given kudos, and refuses a filter it does not know', async () => {
    const other = activeMembers(sandbox, demo().engineeringTeam).find((u) => u !== demo().owner)!;
    give(demo().owner, other, 'given');
    give(other, demo().owner, 'received');
    const received = await api(sandbox, 'GET', '/kudos/?filter=kudos_received');
    expect(received.body.results.map((k: { content: string }) => k.content)).toContain('received');
    expect(received.body.results.map((k: { content: string }) => k.content)).not.toContain('given');
    const given = await api(sandbox, 'GET', '/kudos/?filter=kudos_given');
    expect(given.body.results.map((k: { content: string }) => k.content)).toContain('given');
    expect((await api(sandbox, 'GET', '/kudos/?filter=KUDOS_RECEIVED')).status).toBe(400);
  });
});
