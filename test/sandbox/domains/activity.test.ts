/** The Activity Hook URL: answers, errors and the outbox, and no API key. */
import { call, useSandbox } from '../helpers';

const sandbox = useSandbox({ users: 25, now: '2025-03-12T15:00:00Z' });

const demo = () => sandbox.state.demo;

describe('the Activity Hook URL', () => {
  it('records an activity for a user given by email or UUID and answers an empty 200, without an API key', async () => {
    const body = { custom_type: 'deployment', message: 'Deployed v2.1.0 to production', link: 'https://github.com/org/repo/releases/tag/v2.1.0', user_email: 'Priya.Natarajan@acme-robotics.example' };
    const answer = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body });
    expect(answer.status).toBe(200);
    expect(answer.text).toBe('');
    const byUuid = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'ticket', message: 'Closed #12', user_uuid: demo().owner } });
    expect(byUuid.status).toBe(200);
    expect(sandbox.state.outbox).toEqual([
      expect.objectContaining({ kind: 'activity', custom_type: 'deployment', message: body.message, link: body.link, user: demo().manager }),
      expect.objectContaining({ kind: 'activity', custom_type: 'ticket', link: null, user: demo().owner }),
    ]);
    const hookRequests = sandbox.state.requests.filter((r) => r.path.startsWith('/activity/'));
    expect(hookRequests).toHaveLength(2);
    for (const r of hookRequests) expect(r.headers).not.toHaveProperty('x-api-key');
  });

  it('answers 404 for an unknown user or a wrong token', async () => {
    const unknown = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x', message: 'y', user_email: 'nobody@example.com' } });
    expect(unknown.status).toBe(404);
    const wrongToken = await call(sandbox, 'POST', `${sandbox.url}/activity/0123456789abcdef/`, { key: null, body: { custom_type: 'x', message: 'y', user_uuid: demo().owner } });
    expect(wrongToken.status).toBe(404);
    expect(sandbox.state.outbox).toEqual([]);
  });

  it('checks the fields', async () => {
    const answer = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x'.repeat(129), link: 'not a link' } });
    expect(answer.status).toBe(400);
    expect(answer.body.errors).toEqual({
      custom_type: ['Ensure this field has no more than 128 characters.'],
      message: ['This field is required.'],
      link: ['Enter a valid URL.'],
      user_email: ['Give user_email or user_uuid.'],
    });
    const fine = await call(sandbox, 'POST', sandbox.activityHookUrl, { key: null, body: { custom_type: 'x'.repeat(128), message: 'm', user_uuid: demo().owner } });
    expect(fine.status).toBe(200);
  });
});
