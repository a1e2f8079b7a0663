/** Workflows, invitations and check-ins' pending users in the sandbox (dailybot-api-beyond.md §2c, §4, §6). */
import { api, call, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });
const demo = () => sandbox.state.demo;
const trigger = (id: string, body: unknown = {}) => api(sandbox, 'POST', `/workflows/${id}/trigger/`, { body });

describe('workflows', () => {
  it('lists every workflow with its trigger type, paged', async () => {
    const { body } = await api(sandbox, 'GET', '/workflows/');
    expect(body.count).toBe(4);
    expect(body.results.map((w: { trigger_type: string }) => w.trigger_type).sort()).toEqual(['api_trigger', 'api_trigger', 'command_execution', 'scheduled_task_execution']);
    expect(body.results[0]).toMatchObject({ id: demo().vacationWorkflow, name: 'Vacation approved: update the team calendar', active: true, owner: { uuid: demo().owner } });
  });

  it('queues an api_trigger run (202) and keeps its payload', async () => {
    const { status, body } = await trigger(demo().vacationWorkflow, { payload: { requester: 'Priya', days: '5' } });
    expect([status, body]).toEqual([202, { queued: true, workflow_uuid: demo().vacationWorkflow, detail: 'Workflow trigger accepted.' }]);
    expect(sandbox.state.outbox.at(-1)).toMatchObject({ kind: 'workflow', workflow: demo().vacationWorkflow, payload: { requester: 'Priya', days: '5' } });
  });

  it('refuses what DailyBot refuses: not triggerable, frozen (409), a payload over 8 KiB or not an object, unknown (404), off the plan', async () => {
    expect((await trigger(demo().digestWorkflow)).body.code).toBe('workflow_not_triggerable');
    const frozen = await trigger(demo().frozenWorkflow);
    expect([frozen.status, frozen.body.code]).toEqual([409, 'workflow_frozen']);
    expect((await trigger(demo().vacationWorkflow, { payload: { notes: 'x'.repeat(8200) } })).body.code).toBe('workflow_trigger_payload_invalid');
    expect((await trigger(demo().vacationWorkflow, { payload: ['a'] })).body.code).toBe('workflow_trigger_payload_invalid');
    expect((await trigger('00000000-0000-4000-8000-000000000000')).status).toBe(404);
    await call(sandbox, 'PUT', '/_sandbox/workflows/plan', { body: { on: false } });
    const plan = await api(sandbox, 'GET', '/workflows/');
    expect([plan.status, plan.body.code, plan.body.upgrade_url]).toEqual([403, 'plan_upgrade_required', 'https://app.dailybot.com/billing']);
  });
});

describe('the Workflow Trigger URL', () => {
  const post = (body: unknown, url = sandbox.workflowTriggerUrl) => call(sandbox, 'POST', url, { key: null, body });

  it('takes {event_type, secret, ...fields} without a key, answers 200 and keeps the event (not the secret) in the outbox', async () => {
    const { status, text } = await post({ event_type: 'deploy_complete', secret: sandbox.workflowTriggerSecret, service: 'billing' });
    expect([status, text]).toEqual([200, '']);
    expect(sandbox.state.outbox.at(-1)).toMatchObject({ kind: 'workflow_event', event_type: 'deploy_complete', fields: { service: 'billing' }, secret_ok: true });
    expect(JSON.stringify(sandbox.state.outbox.at(-1))).not.toContain(sandbox.workflowTriggerSecret);
  });

  it('answers 200 to a wrong or missing secret too (as DailyBot does), marking the event', async () => {
    expect((await post({ event_type: 'deploy_complete', secret: 'wrong-one' })).status).toBe(200);
    expect(sandbox.state.outbox.at(-1)).toMatchObject({ kind: 'workflow_event', secret_ok: false });
    await call(sandbox, 'PUT', '/_sandbox/workflows/trigger-secret', { body: { secret: null } });
    expect((await post({ event_type: 'deploy_complete' })).status).toBe(200);
    expect(sandbox.state.outbox.at(-1)).toMatchObject({ kind: 'workflow_event', secret_ok: true });
  });

  it('refuses an unknown token (404) and an event without event_type (400)', async () => {
    expect((await post({ event_type: 'x' }, `${sandbox.url}/workflow-trigger/0000/`)).status).toBe(404);
    expect((await post({ data: 'x' })).status).toBe(400);
    expect((await post(['a'])).status).toBe(400);
  });
});

describe('invitations', () => {
  it('invites newcomers and tells members apart; keeps the pending invitations', async () => {
    const priya = sandbox.state.users.get(demo().manager)!;
    const { status, body } = await api(sandbox, 'POST', '/invite-user/', {
      body: { users_identifiers: ['new.hire@acme-robotics.example', priya.email], is_guest_account_invite: false, joinable_team_uuids: [], joinable_followup_uuids: [demo().standup] },
    });
    expect(status).toBe(200);
    expect(body).toEqual({
      dailybot_members: { count: 1, members: [{ uuid: priya.uuid, full_name: priya.full_name, email: priya.email }] },
      users_invited: { count: 1, members: ['new.hire@acme-robotics.example'] },
    });
    const pending = await api(sandbox, 'GET', '/pending-invitations/');
    expect(pending.body.results).toEqual([expect.objectContaining({ user_identifier: 'new.hire@acme-robotics.example', joinable_followup_uuids: [demo().standup] })]);
  });

  it('refuses more than 100, an unknown team or check-in, and a member’s key', async () => {
    const many = Array.from({ length: 101 }, (_, i) => `p${i}@example.com`);
    expect((await api(sandbox, 'POST', '/invite-user/', { body: { users_identifiers: many } })).status).toBe(400);
    expect((await api(sandbox, 'POST', '/invite-user/', { body: { users_identifiers: ['a@example.com'], joinable_team_uuids: ['00000000-0000-4000-8000-000000000000'] } })).body.code).toBe('no_valid_team');
    sandbox.state.users.get(demo().owner)!.role = 'MEMBER';
    const refused = await api(sandbox, 'POST', '/invite-user/', { body: { users_identifiers: ['a@example.com'] } });
    expect([refused.status, refused.body.code]).toEqual([403, 'org_admin_required']);
  });
});

describe('check-ins’ pending users', () => {
  it('lists who has not answered on a day (short users, no email), and nothing for an anonymous check-in', async () => {
    const day = '2025-03-11';
    const { body } = await api(sandbox, 'GET', `/checkins/?include_summary=true&include_pending_users=true&date=${day}`);
    const standup = body.results.find((c: { id: string }) => c.id === demo().standup);
    const expected = sandbox.state.pendingUsers(sandbox.state.checkin(demo().standup), day).map((u) => u.uuid);
    expect(standup.pending_users.map((u: { uuid: string }) => u.uuid)).toEqual(expected);
    expect(Object.keys(standup.pending_users[0] ?? { uuid: 1, full_name: 1, image: 1 }).sort()).toEqual(['full_name', 'image', 'uuid']);
    expect(standup.summary.expected_responses - standup.summary.completed_responses).toBeGreaterThanOrEqual(standup.pending_users.length);
    for (const c of body.results.filter((x: { is_anonymous: boolean }) => x.is_anonymous)) expect(c).not.toHaveProperty('pending_users');
    const without = await api(sandbox, 'GET', '/checkins/');
    expect(without.body.results[0]).not.toHaveProperty('pending_users');
  });
});
