/** The form triggers' test step: real recent responses, as perform gives them, within a few requests, newest first. */
import nock from 'nock';
import type { Trigger } from 'zapier-platform-core';

import * as created from '../../src/triggers/form-response-created';
import * as deleted from '../../src/triggers/form-response-deleted';
import * as updated from '../../src/triggers/form-response-updated';
import type { StepModule } from '../../src/steps';
import { form } from '../fixtures/seeds';
import { envelope, formResponseBody } from '../fixtures/webhooks';
import { API, errorOf } from '../helpers';
import { FORM_UUID, formResponsesOf, formsListing, freezeNow, listedFormResponse } from './form-list';
import { deliver, list } from './hook-cases';

beforeEach(() => {
  freezeNow();
});

const triggers: Array<[string, StepModule<Trigger>, string]> = [
  ['form_response_created', created, 'forms.response.created'],
  ['form_response_updated', updated, 'forms.response.updated'],
  ['form_response_deleted', deleted, 'forms.response.deleted'],
];

describe.each(triggers)('%s with a form chosen', (_key, trigger, event) => {
  it('reads that form’s last 7 days of everyone’s responses (one request) and gives each exactly as perform would', async () => {
    const body = listedFormResponse();
    formResponsesOf(FORM_UUID, [body]);
    const [item] = await list(trigger, { form: FORM_UUID });
    // the same body delivered to the same Zap, with no event time (a listing has none)
    const [delivered] = await deliver(trigger, envelope(event, body, null), { inputData: { form: FORM_UUID } });
    expect(item).toEqual(delivered);
    expect(item).toMatchObject({
      event,
      form_uuid: FORM_UUID,
      form_name: null,
      event_timestamp: '2024-02-06T09:15:02.611204-05:00', // its last update: a listing has no event time
      question_3: 'Who covers for you?',
      answer_3: 'Sam covers the on-call.',
    });
  });
});

describe('the items', () => {
  it('are newest first', async () => {
    formResponsesOf(FORM_UUID, [
      listedFormResponse({ uuid: 'older', updated_at: '2026-03-08T10:00:00-05:00' }),
      listedFormResponse({ uuid: 'newest', updated_at: '2026-03-09T10:00:00Z' }),
      listedFormResponse({ uuid: 'middle', updated_at: '2026-03-08T12:00:00-05:00' }),
    ]);
    const items = await list(created, { form: FORM_UUID });
    expect(items.map((i) => i.response_uuid)).toEqual(['newest', 'middle', 'older']);
  });

  it('carry each trigger’s own id: the response, the response and its update time, or a deletion', async () => {
    const body = listedFormResponse({ uuid: 'r1', updated_at: '2026-03-09T10:00:00.5-05:00' });
    for (const [trigger, id] of [
      [created, 'r1'],
      [updated, 'r1:2026-03-09T10:00:00.5-05:00'],
      [deleted, 'r1:deleted'],
    ] as const) {
      formResponsesOf(FORM_UUID, [body]);
      expect((await list(trigger, { form: FORM_UUID })).map((i) => i.id)).toEqual([id]);
    }
  });

  it('are read however DailyBot shapes them: an `id`, only the numbered answers, no user', async () => {
    formResponsesOf(FORM_UUID, [{ id: 42, is_anonymous: true, created_at: '2026-03-09T08:00:00Z', responses: { question_1: 'Why?', response_1: '<p>Rest</p>' } }]);
    const [item] = await list(created, { form: FORM_UUID });
    expect(item).toMatchObject({ id: '42', response_uuid: '42', user_uuid: null, is_anonymous: true, question_1: 'Why?', answer_1: 'Rest', form_uuid: FORM_UUID });
  });

  it('are none when the form had no responses: Zapier then shows the sample', async () => {
    formResponsesOf(FORM_UUID, []);
    await expect(list(created, { form: FORM_UUID })).resolves.toEqual([]);
  });

  it('use the Zap owner’s time zone for the dates', async () => {
    // 15:00 UTC on March 10 is already March 11 in Tokyo
    formResponsesOf(FORM_UUID, [formResponseBody()], { date_from: '2026-03-04', date_to: '2026-03-11' });
    await expect(list(created, { form: FORM_UUID }, { timezone: 'Asia/Tokyo' })).resolves.toHaveLength(1);
  });
});

describe('errors', () => {
  it('say so when the form is gone', async () => {
    nock(API).get(`/forms/${FORM_UUID}/responses/`).query(true).reply(404, { detail: 'Not found.', code: 'form_does_not_exists' });
    const error = await errorOf(list(created, { form: FORM_UUID }));
    expect(error.message).toContain('Not found.');
  });

  it('refuse a form that is not an ID, before any request', async () => {
    const error = await errorOf(list(created, { form: '../../admin' }));
    expect(error.message).toMatch(/^Check this field: “.+” must be picked from the list/);
  });
});

describe('with no form chosen', () => {
  const f = (id: string, fields: Record<string, unknown> = {}) => ({ ...form, id, name: `Form ${id}`, ...fields });

  it('lists the forms, then reads the first open one and stops there when it has responses: two requests', async () => {
    formsListing([f('archived', { is_archive: true }), f('closed', { is_active: false }), f('open'), f('later')]);
    formResponsesOf('open', [listedFormResponse({ uuid: 'o1' })]);
    const items = await list(created);
    // as perform gives it without a chosen form: DailyBot's body names none
    expect(items.map((i) => [i.response_uuid, i.form_uuid, i.form_name, i.answer_3])).toEqual([['o1', null, null, 'Sam covers the on-call.']]);
  });

  it('goes on to the next open form while one has no responses, at most three', async () => {
    formsListing([f('a'), f('b'), f('c'), f('d')]);
    formResponsesOf('a', []);
    formResponsesOf('b', []);
    formResponsesOf('c', []);
    await expect(list(updated)).resolves.toEqual([]);
  });

  it('reads closed forms when no form is open', async () => {
    formsListing([f('closed', { is_active: false })]);
    formResponsesOf('closed', [listedFormResponse({ uuid: 'c1' })]);
    expect((await list(deleted)).map((i) => i.id)).toEqual(['c1:deleted']);
  });

  it('gives nothing when the organization has no forms', async () => {
    formsListing([]);
    await expect(list(created)).resolves.toEqual([]);
  });
});
