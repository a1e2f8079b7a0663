/** The REST-hook factory's edges, shown through real triggers. */
import nock from 'nock';

import * as completed from '../../src/triggers/checkin-response-completed';
import * as kudosPosted from '../../src/triggers/kudos-posted';
import * as teamMemberAdded from '../../src/triggers/team-member-added';
import { instantTriggerSteps } from '../../src/triggers';
import { deliveryHeader } from '../../src/triggers/hook';
import { CHECKIN_UUID, checkinResponseBody, envelope, HOOK_ID, kudosBody, OTHER_CHECKIN_UUID, TARGET_URL, TEAM_UUID } from '../fixtures/webhooks';
import { API, errorOf, runInApp } from '../helpers';
import { BEARER, deliver, hookOf, list, subscribe, unsubscribe } from './hook-cases';

describe('subscribe', () => {
  it.each([
    ['hook_id', { hook_id: HOOK_ID, hook_url: TARGET_URL, name: 'Zapier: New Kudos', subscriptions: ['kudos.posted'] }, HOOK_ID],
    ['uuid', { uuid: HOOK_ID }, HOOK_ID],
    ['a numeric id', { id: 4821 }, '4821'],
  ])('keeps the hook’s ID when DailyBot answers with %s', async (_name, answer, id) => {
    nock(API).post('/webhook-subscription/').reply(201, answer);
    expect(await subscribe(kudosPosted)).toMatchObject({ id });
  });

  it('fails plainly when DailyBot answers without an ID', async () => {
    nock(API).post('/webhook-subscription/').reply(201, { url: TARGET_URL });
    const error = await errorOf(subscribe(kudosPosted));
    expect(error.message).toMatch(/^DailyBot accepted the webhook but did not say its ID/);
  });

  it('needs Zapier’s target URL, and sends nothing without it', async () => {
    const subscribeFn = hookOf(kudosPosted).performSubscribe;
    const error = await errorOf(runInApp(subscribeFn as never, { inputData: {} }));
    expect(error.message).toMatch(/did not give this trigger an address/);
  });

  it('does not send the filter to DailyBot when it is left empty', async () => {
    nock(API)
      .post('/webhook-subscription/', (body: Record<string, unknown>) => !('subscribed_objects' in body))
      .reply(201, { id: HOOK_ID });
    await expect(subscribe(completed, { checkin: '  ' })).resolves.toMatchObject({ filters: {} });
  });
});

describe('unsubscribe', () => {
  it('uses Zapier’s target URL when the subscription did not keep one', async () => {
    const identity = { hook_id: HOOK_ID, hook_url: TARGET_URL };
    nock(API).delete('/webhook-subscription/', identity).query(identity).reply(204);
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID })).resolves.toEqual({ id: HOOK_ID, removed: true, already_gone: false });
  });

  it('says a hook that was already gone (410) is gone, with one request', async () => {
    nock(API).delete('/webhook-subscription/').query(true).reply(410);
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toMatchObject({ already_gone: true });
  });
});

/** The three DELETE forms of DailyBot's sources (dailybot-api-more.md §7.3), tried in turn on 404 and 405. */
describe('unsubscribe: every DELETE form', () => {
  const identity = { hook_id: HOOK_ID, hook_url: TARGET_URL };
  const queryForm = () => nock(API).delete('/webhook-subscription/', identity).query(identity);
  const itemForm = () => nock(API).delete(`/webhook-subscription/${HOOK_ID}/`, (body) => body === '' || body === undefined || Object.keys(body as object).length === 0);
  const bodyForm = () => nock(API).delete('/webhook-subscription/', identity).query((q) => Object.keys(q).length === 0);

  it('seed 001’s form (query, body as well): one request when DailyBot takes it', async () => {
    queryForm().reply(204);
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toEqual({ id: HOOK_ID, removed: true, already_gone: false });
    expect(nock.isDone()).toBe(true);
  });

  it.each([404, 405])('seed 002’s item form when the collection answers %i', async (status) => {
    queryForm().reply(status, { detail: status === 405 ? 'Method "DELETE" not allowed.' : 'Not found.' });
    itemForm().reply(204);
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toEqual({ id: HOOK_ID, removed: true, already_gone: false });
    expect(nock.isDone()).toBe(true);
  });

  it('the newer docs’ body on the collection when the first two answer 404 and 405', async () => {
    queryForm().reply(404, { detail: 'Not found.' });
    itemForm().reply(405, { detail: 'Method "DELETE" not allowed.' });
    bodyForm().reply(200, {});
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toEqual({ id: HOOK_ID, removed: true, already_gone: false });
    expect(nock.isDone()).toBe(true);
  });

  it('counts the hook as already gone only when every form says 404 or 405', async () => {
    queryForm().reply(404, { detail: 'Not found.' });
    itemForm().reply(404, { detail: 'Not found.' });
    bodyForm().reply(405);
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toEqual({ id: HOOK_ID, removed: true, already_gone: true });
    expect(nock.isDone()).toBe(true);
  });

  it('a 400 on a later form (a server that reads only the query) is one more “not this form”; on the first it is an error', async () => {
    queryForm().reply(404, { detail: 'Not found.' });
    itemForm().reply(404, { detail: 'Not found.' });
    bodyForm().reply(400, { hook_id: ['Give hook_id or hook_url.'] });
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toMatchObject({ already_gone: true });
    queryForm().reply(400, { detail: 'Bad request.' });
    const error = await errorOf(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL }));
    expect(error).toMatchObject({ status: 400 });
    expect(nock.isDone()).toBe(true);
  });

  it('stops at a 410 (gone) without trying the other forms', async () => {
    queryForm().reply(404);
    itemForm().reply(410);
    await expect(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL })).resolves.toMatchObject({ already_gone: true });
    expect(nock.isDone()).toBe(true);
  });

  it('a real failure on a later form is said plainly, not taken as gone', async () => {
    queryForm().reply(405);
    itemForm().reply(500, { detail: 'boom' });
    const error = await errorOf(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL }));
    expect(error).toMatchObject({ code: 'dailybot_unavailable', status: 500 });
  });

  it('puts a hook ID that is not a plain UUID into the item path safely', async () => {
    const odd = '../users/1?x=y';
    nock(API).delete('/webhook-subscription/').query(true).reply(404);
    nock(API).delete(`/webhook-subscription/${encodeURIComponent(odd)}/`).reply(204);
    await expect(unsubscribe(kudosPosted, { id: odd, hook_url: TARGET_URL })).resolves.toMatchObject({ already_gone: false });
    expect(nock.isDone()).toBe(true);
  });

  it('keeps the subscription’s bearer out of the message when DailyBot refuses the key', async () => {
    nock(API).delete('/webhook-subscription/').query(true).reply(401, { detail: 'Invalid token.' });
    const error = await errorOf(unsubscribe(kudosPosted, { id: HOOK_ID, hook_url: TARGET_URL, bearer: BEARER }));
    expect(error.name).toBe('ExpiredAuthError');
    expect(error.message).not.toContain(BEARER);
    expect(error.message).not.toContain('What happened');
  });

  it('fails plainly, with no request, when the subscription holds no hook ID', async () => {
    const error = await errorOf(unsubscribe(kudosPosted, {}));
    expect(error.message).toMatch(/^This Zap does not know which DailyBot webhook it made/);
  });
});

describe('perform', () => {
  it('reads an envelope that arrives as JSON text', async () => {
    const items = await deliver(kudosPosted, JSON.stringify(envelope('kudos.posted', kudosBody())));
    expect(items).toEqual([expect.objectContaining({ id: kudosBody().uuid, event: 'kudos.posted' })]);
  });

  it('reads a bare body, and an envelope without an event, as the trigger’s event', async () => {
    await expect(deliver(kudosPosted, kudosBody())).resolves.toEqual([expect.objectContaining({ event: 'kudos.posted', event_timestamp: null })]);
    const { event: _e, ...noEvent } = envelope('kudos.posted', kudosBody(), '2026-03-01T10:00:00-05:00');
    await expect(deliver(kudosPosted, noEvent)).resolves.toEqual([expect.objectContaining({ event_timestamp: '2026-03-01T10:00:00-05:00' })]);
  });

  it('fails plainly for a verified delivery it cannot read', async () => {
    const error = await errorOf(deliver(completed, envelope('followups.response.completed', 'nothing')));
    expect(error.message).toContain('DailyBot sent a check-in response this app could not read');
  });

  it('applies the filter the subscription kept when the input is not there', async () => {
    const request = envelope('followups.response.completed', checkinResponseBody());
    await expect(deliver(completed, request, { subscribeData: { filters: { checkin: OTHER_CHECKIN_UUID } } })).resolves.toEqual([]);
    await expect(deliver(completed, request, { subscribeData: { filters: { checkin: CHECKIN_UUID } } })).resolves.toHaveLength(1);
  });

  it('ignores a forged delivery before reading it', async () => {
    await expect(deliver(completed, 'not even json', { headers: { 'Http-X-Bearer': 'guess' } })).resolves.toEqual([]);
  });

  it('reads a header given as a list, and nothing when there is none', () => {
    const bundle = (headers: Record<string, unknown>) => ({ rawRequest: { headers } }) as never;
    expect(deliveryHeader(bundle({ 'Http-X-Bearer': ['first', 'second'] }), 'X-Bearer')).toBe('first');
    expect(deliveryHeader(bundle({ 'Http-X-Other': 'x' }), 'X-Bearer')).toBeUndefined();
    expect(deliveryHeader({} as never, 'X-Bearer')).toBeUndefined();
  });

  it('accepts the right bearer with spaces around it', async () => {
    await expect(deliver(completed, envelope('followups.response.completed', checkinResponseBody()), { headers: { 'Http-X-Bearer': ` ${BEARER} ` } })).resolves.toHaveLength(1);
  });
});

describe('performList', () => {
  it('checks the filter first', async () => {
    const error = await errorOf(list(completed, { checkin: 'not an id!' }));
    expect(error.message).toMatch(/^Check this field: “Check-in” must be picked from the list/);
  });
});

describe('every instant trigger', () => {
  it('is a REST hook with all four operations, and a filter only where SURFACE.md has one', () => {
    const filters = Object.fromEntries(instantTriggerSteps.map((m) => [m.default.key, hookOf(m).inputFields.map((f) => `${f.key}:${f.dynamic}:${f.required}`)]));
    expect(filters).toEqual({
      checkin_response_completed: ['checkin:list_checkins.id.name:false'],
      checkin_blocker_reported: ['checkin:list_checkins.id.name:false'],
      checkin_response_updated: ['checkin:list_checkins.id.name:false'],
      checkin_response_deleted: ['checkin:list_checkins.id.name:false'],
      form_response_created: ['form:list_forms.id.name:false'],
      form_response_updated: ['form:list_forms.id.name:false'],
      form_response_deleted: ['form:list_forms.id.name:false'],
      kudos_posted: [],
      user_activated: [],
      user_deactivated: [],
      team_member_added: ['team:list_teams.id.name:false'],
      team_member_removed: ['team:list_teams.id.name:false'],
    });
    for (const m of instantTriggerSteps) {
      const op = hookOf(m);
      for (const fn of [op.performSubscribe, op.performUnsubscribe, op.perform, op.performList]) expect(typeof fn).toBe('function');
    }
  });

  it('has the label SURFACE.md gives it', () => {
    expect(Object.fromEntries(instantTriggerSteps.map((m) => [m.default.key, m.default.display.label]))).toEqual({
      checkin_response_completed: 'New Check-in Response',
      checkin_blocker_reported: 'New Blocker in Check-in',
      checkin_response_updated: 'Updated Check-in Response',
      checkin_response_deleted: 'Deleted Check-in Response',
      form_response_created: 'New Form Response',
      form_response_updated: 'Updated Form Response',
      form_response_deleted: 'Deleted Form Response',
      kudos_posted: 'New Kudos',
      user_activated: 'User Activated',
      user_deactivated: 'User Deactivated',
      team_member_added: 'User Added to Team',
      team_member_removed: 'User Removed from Team',
    });
  });
});
