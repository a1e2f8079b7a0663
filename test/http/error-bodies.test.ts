/**
 * The three keys DailyBot's error bodies carry their sentence under (dailybot-api-more.md §9, §10.1): `detail`,
 * `details` (mood) and `error` (the workflow listing), and the workflow codes, matched whatever the status (§9).
 */
import nock from 'nock';

import { api } from '../../src/http/client';
import { API, errorOf, runInApp } from '../helpers';

const get = (path = '/things/') => runInApp((z, bundle) => api(z, bundle, { path }));

describe('error bodies', () => {
  it.each([
    ['detail', { detail: 'Score must be between 1 and 5.', code: 'invalid_score' }],
    ['details (mood, §10.1)', { details: 'Score must be between 1 and 5.', code: 'invalid_score' }],
  ])('400 with %s → DailyBot’s sentence and code', async (_key, body) => {
    nock(API).get('/things/').reply(400, body);
    const error = await errorOf(get());
    expect(error).toMatchObject({ code: 'invalid_score', status: 400 });
    expect(error.message).toBe('Score must be between 1 and 5. (DailyBot code: invalid_score)');
  });

  it('400 {error: "Invalid request data"} (workflow listing, §9) → the sentence, not a field called “error”', async () => {
    nock(API).get('/things/').reply(400, { error: 'Invalid request data' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ code: 'http_400', status: 400 });
    expect(error.message).toBe('Invalid request data.');
  });

  it('409 with details (mood) keeps the code', async () => {
    nock(API).get('/things/').reply(409, { details: 'Already tracked today.', code: 'motivation_score_already_completed' });
    const error = await errorOf(get());
    expect(error.message).toBe('Already tracked today. (DailyBot code: motivation_score_already_completed)');
  });

  it('403 whose reason is under details or error is still a permission problem with DailyBot’s words', async () => {
    nock(API).get('/things/').reply(403, { error: 'Members cannot see this.' });
    const error = await errorOf(get());
    expect(error.message).toContain('Members cannot see this.');
    expect(error.message).toContain('lacks the permission');
  });

  it('detail wins when several are there; an empty detail gives way to details', async () => {
    nock(API).get('/things/').reply(400, { detail: 'First.', details: 'Second.', error: 'Third.' });
    expect((await errorOf(get())).message).toBe('First.');
    nock(API).get('/things/').reply(400, { detail: '', details: 'Second.' });
    expect((await errorOf(get())).message).toBe('Second.');
  });

  it('429 whose wait is under details is still honoured', async () => {
    nock(API).get('/things/').reply(429, { details: 'Request was throttled. Expected available in 42 seconds.' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'ThrottledError', delay: 42 });
  });
});

describe('workflow codes, whatever the status', () => {
  it.each([403, 409])('%i workflow_frozen → a plan or limit matter: upgrade or unfreeze', async (status) => {
    nock(API).get('/things/').reply(status, { detail: 'Workflow is frozen.', code: 'workflow_frozen' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ name: 'AppError', code: 'workflow_frozen', status });
    expect(error.message).toContain('frozen, because of your organization’s plan or its limits');
    expect(error.message).toContain('Upgrade the plan, or unfreeze the workflow');
    expect(error.message).toContain('DailyBot says: Workflow is frozen.');
    expect(error.message).not.toContain('lacks the permission');
  });

  it('400 workflow_not_triggerable → says both readings: not started by API, or inactive', async () => {
    nock(API).get('/things/').reply(400, { detail: 'workflow_not_triggerable', code: 'workflow_not_triggerable' });
    const error = await errorOf(get());
    expect(error).toMatchObject({ code: 'workflow_not_triggerable', status: 400 });
    expect(error.message).toContain('does not start “When triggered via API or button”, or it is inactive');
    expect(error.message).toContain('turn it on');
    expect(error.message).not.toContain('DailyBot says');
  });
});
