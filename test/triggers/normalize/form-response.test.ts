import type { ZObject } from 'zapier-platform-core';

import { FormResponseOutput, formResponseSample, normalizeFormResponse, type FormResponseContext } from '../../../src/triggers/normalize/form-response';
import { FORM_UUID, formResponseBody } from '../../fixtures/webhooks';
import { errorOf, runInApp } from '../../helpers';

const CREATED = 'forms.response.created';
const normalize = (body: unknown, ctx: FormResponseContext) => runInApp(async (z: ZObject) => normalizeFormResponse(z, body, ctx));

describe('normalizeFormResponse', () => {
  it('flattens the documented delivery, with the form the Zap chose', async () => {
    const out = await normalize(formResponseBody(), { event: CREATED, eventTimestamp: 1707228903.052, form: { uuid: FORM_UUID } });
    expect(out).toMatchObject({
      id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c',
      event_timestamp: '2024-02-06T14:15:03.052Z',
      form_uuid: FORM_UUID,
      form_name: null,
      user_full_name: 'John Wick',
      is_anonymous: false,
      has_blocker: false,
      question_1: 'Which days will you be away?',
      answer_1: 'From March 3 to March 7',
      answer_2: 'Family trip — Cartagena',
      answers_text: 'Days away: From March 3 to March 7\nReason: Family trip — Cartagena',
    });
    expect(out.answers[1]).toEqual({
      question: 'Why?',
      question_short: 'Reason',
      response: '<p>Family trip &mdash; Cartagena</p>',
      response_text: 'Family trip — Cartagena',
      is_blocker: false,
    });
    expect(FormResponseOutput.safeParse(out).success).toBe(true);
    expect(Object.keys(out).sort()).toEqual(Object.keys(formResponseSample).sort());
  });

  it('reads the flattened `responses` when the questions are missing', async () => {
    const { questions: _q, content: _c, ...body } = formResponseBody();
    const out = await normalize(body, { event: CREATED });
    expect(out.answers.map((a) => [a.question, a.question_short, a.response_text])).toEqual([
      ['Which days will you be away?', 'Days away', 'From March 3 to March 7'],
      ['Why?', 'Reason', 'Family trip — Cartagena'],
    ]);
  });

  it('orders flattened answers by number, not by text (question_10 after question_2)', async () => {
    const responses: Record<string, string> = {};
    for (let n = 1; n <= 10; n += 1) Object.assign(responses, { [`question_${n}`]: `Q${n}`, [`response_${n}`]: `A${n}` });
    const out = await normalize({ uuid: 'r1', responses }, { event: CREATED });
    expect(out.answers.map((a) => a.response)).toEqual(['A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8', 'A9', 'A10']);
    expect(out.question_10).toBe('Q10');
  });

  it('says an anonymous or guest response has no user', async () => {
    const { user: _u, ...body } = formResponseBody();
    const out = await normalize({ ...body, is_anonymous: true }, { event: CREATED });
    expect(out).toMatchObject({ is_anonymous: true, user_uuid: null, user_full_name: null, user_email: null });
  });

  it('uses the form a payload names, and its name', async () => {
    const out = await normalize({ ...formResponseBody(), form: { id: FORM_UUID, name: 'Vacation request' } }, { event: CREATED });
    expect(out).toMatchObject({ form_uuid: FORM_UUID, form_name: 'Vacation request' });
  });

  it('gives an update an id with its time, and a deletion its own', async () => {
    expect((await normalize(formResponseBody(), { event: 'forms.response.updated' })).id).toBe('6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c:2024-02-06T09:15:02.611204-05:00');
    expect((await normalize(formResponseBody(), { event: 'forms.response.deleted' })).id).toBe('6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c:deleted');
  });

  it('fails plainly for a body it cannot read', async () => {
    const error = await errorOf(normalize('<html>', { event: CREATED }));
    expect(error.message).toContain('DailyBot sent a form response this app could not read (it was not an object)');
  });
});
