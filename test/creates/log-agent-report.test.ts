import nock from 'nock';

import { API, errorOf } from '../helpers';
import { agentReportCli, agentReportV3 } from '../fixtures/v3';
import { failsBeforeAnyRequest, john, runAction } from './support';

const log = (inputData: Record<string, unknown>) => runAction('log_agent_report', inputData);

describe('Log Agent Report', () => {
  it('posts the report with its lists as `structured`, details, milestone and co-authors as given (no user listing); reads v3’s answer', async () => {
    nock(API)
      .post('/agent-reports/', {
        agent_name: 'CI pipeline',
        content: 'Build 412 passed on main.',
        structured: { completed: ['Build 412, with the cache fix', 'Deploy to staging'], blockers: ['Flaky test in export'] },
        metadata: { branch: 'main', build: '412' },
        is_milestone: false,
        co_authors: [john.uuid, 'ann@example.com'],
      })
      .reply(201, agentReportV3);
    const result = await log({
      agent_name: 'CI pipeline',
      content: 'Build 412 passed on main.',
      completed: ['Build 412, with the cache fix', 'Deploy to staging'],
      in_progress: '',
      blockers: 'Flaky test in export\n',
      metadata: { branch: 'main', build: 412, ' ': 'dropped' },
      is_milestone: 'no',
      co_authors: `${john.uuid}, ann@example.com, ANN@example.com`,
    });
    expect(result).toEqual({
      id: agentReportV3.id,
      url: null,
      agent_name: 'CI pipeline',
      is_milestone: false,
      created_at: '2026-03-31T14:05:09.123456Z',
      co_authors: [{ uuid: john.uuid, email: null, name: 'John Wick' }],
    });
  });

  it('sends only what is given; reads the CLI’s shorter answer with the report’s link; co-authors fall back to those sent', async () => {
    nock(API).post('/agent-reports/', { agent_name: 'Release bot', content: 'v2.1.0 is out.', is_milestone: true, co_authors: ['bea@example.com'] }).reply(201, agentReportCli);
    await expect(log({ agent_name: 'Release bot', content: 'v2.1.0 is out.', is_milestone: true, co_authors: ['bea@example.com'] })).resolves.toEqual({
      id: '42',
      url: agentReportCli.url,
      agent_name: 'Release bot',
      is_milestone: true,
      created_at: null,
      co_authors: [{ uuid: null, email: 'bea@example.com', name: null }],
    });
  });

  it('an empty or odd answer still gives what was sent', async () => {
    nock(API).post('/agent-reports/').reply(201, '');
    await expect(log({ agent_name: 'Bot', content: 'Done.' })).resolves.toMatchObject({ id: null, url: null, agent_name: 'Bot', co_authors: [] });
  });

  it.each([
    ['agent_name', 'x'.repeat(129), '“Agent Name” must be at most 128 characters'],
    ['agent_name', '', '“Agent Name” is required'],
    ['content', ' ', '“Report” is required'],
    ['co_authors', 'Ann Lee', '“Co-authors” must hold email addresses or DailyBot user IDs'],
  ])('refuses %s = %j before sending: %s', async (field, value, message) => {
    const error = await failsBeforeAnyRequest(() => log({ agent_name: 'Bot', content: 'Done.', [field]: value }));
    expect(error.message).toContain(message);
  });

  it('a refusal keeps the shared words (the free plan, say)', async () => {
    nock(API).post('/agent-reports/').reply(403, { detail: 'API keys are not available on the free plan.', code: 'plan_free_api_keys_forbidden' });
    expect((await errorOf(log({ agent_name: 'Bot', content: 'Done.' }))).message).toContain('free plan');
  });
});
