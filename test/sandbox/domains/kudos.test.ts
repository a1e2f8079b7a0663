/** POST /kudos/: answers, errors and the outbox. */
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

  it('gives kudos to every member of teams_receivers except the giver', async () => {
    const answer = await api(sandbox, 'POST', '/kudos/', { body: { teams_receivers: [sandbox.state.demo.generalTeam], content: 'Thanks, all!' } });
    const everyone = activeMembers(sandbox, demo().generalTeam).filter((u) => u !== demo().owner);
    expect(answer.body.receivers.map((r: { uuid: string }) => r.uuid)).toEqual(everyone);
  });

  it('needs content and at least one known receiver', async () => {
    const none = await api(sandbox, 'POST', '/kudos/', { body: { content: 'Hi' } });
    expect(none.body.errors).toEqual({ receivers: ['Give at least one receiver (receivers or teams_receivers).'] });
    const noContent = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [demo().manager] } });
    expect(noContent.body.errors).toEqual({ content: ['This field is required.'] });
    const unknown = await api(sandbox, 'POST', '/kudos/', { body: { receivers: [MISSING], content: 'Hi' } });
    expect(unknown.body.code).toBe('one_or_more_users_not_found');
    const badTeam = await api(sandbox, 'POST', '/kudos/', { body: { teams_receivers: [MISSING], content: 'Hi' } });
    expect(badTeam.body.code).toBe('no_valid_team');
    expect(sandbox.state.outbox).toEqual([]);
  });
});
