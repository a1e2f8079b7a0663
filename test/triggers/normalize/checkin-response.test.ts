import fc from 'fast-check';
import type { ZObject } from 'zapier-platform-core';

import { toIsoDateTime } from '../../../src/triggers/normalize/dates';
import { htmlToText } from '../../../src/triggers/normalize/text';
import {
  checkinResponseOutputFields,
  checkinResponseSample,
  CheckinResponseOutput,
  normalizeCheckinResponse,
  type CheckinResponseContext,
} from '../../../src/triggers/normalize/checkin-response';
import {
  anonymousCheckinResponseBody,
  CHECKIN_UUID,
  checkinResponseBody,
  checkinResponseWithoutBlockerBody,
  listedCheckinResponse,
  Q2,
} from '../../fixtures/webhooks';
import { errorOf, resolvedOutputFields, runInApp } from '../../helpers';

const COMPLETED = 'followups.response.completed';

const normalize = (body: unknown, ctx: CheckinResponseContext) =>
  runInApp(async (z: ZObject) => normalizeCheckinResponse(z, body, ctx));

describe('normalizeCheckinResponse: the webhook body', () => {
  it('flattens a documented delivery: check-in, user, blocker, answers in question order', async () => {
    const out = await normalize(checkinResponseBody(), { event: COMPLETED, eventTimestamp: 1707154471.495433 });
    expect(out).toMatchObject({
      id: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d',
      response_uuid: '9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d',
      event: COMPLETED,
      event_timestamp: '2024-02-05T17:34:31.495Z',
      checkin_uuid: CHECKIN_UUID,
      checkin_name: 'Team standups',
      user_uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87',
      user_full_name: 'John Wick',
      user_email: 'john@example.com',
      is_anonymous: false,
      has_blocker: true,
      created_at: '2024-02-05T12:34:29-05:00',
      updated_at: '2024-02-05T12:34:29.181095-05:00',
      question_1: 'What did you complete in your previous workday?',
      answer_1: 'Shipped the billing export & fixed two login bugs.',
      question_3: 'Do you have any blockers? If so, just tell me. Otherwise please say: no.',
      answer_3: 'Waiting on access to the staging database.',
    });
    expect(out.answers.map((a) => [a.question_short, a.is_blocker])).toEqual([
      ['Previous work day progress', false],
      ['Plans for today', false],
      ['Any blockers?', true],
    ]);
    expect(out.answers_text).toBe(
      'Previous work day progress: Shipped the billing export & fixed two login bugs.\n' +
        'Plans for today: Review the Q3 roadmap with the team.\n' +
        'Any blockers?: Waiting on access to the staging database.',
    );
    expect(CheckinResponseOutput.safeParse(out).success).toBe(true);
  });

  it('gives the same keys as the sample, so mapped fields keep working', async () => {
    const out = await normalize(checkinResponseBody(), { event: COMPLETED, eventTimestamp: 1707154471.495433 });
    expect(Object.keys(out).sort()).toEqual(Object.keys(checkinResponseSample).sort());
    expect(out).toEqual(checkinResponseSample);
  });

  it('keeps the raw HTML answer and gives it as plain text with entities decoded', async () => {
    const body = checkinResponseBody();
    body.content[Q2] = '<ul><li>Review &lt;roadmap&gt;</li><li>Pair with Ana&#39;s team&nbsp;&#x2713;</li></ul><p>Line one<br/>Line two</p>';
    const out = await normalize(body, { event: COMPLETED });
    const second = out.answers[1];
    expect(second?.response).toBe(body.content[Q2]);
    expect(second?.response_text).toBe("- Review <roadmap>\n- Pair with Ana's team ✓\nLine one\nLine two");
    expect(out.answer_2).toBe(second?.response_text);
    expect(out.answers_text).toContain('Plans for today:\n  - Review <roadmap>\n  - Pair with');
  });

  it('reads an ISO event_timestamp, keeping the offset DailyBot wrote', async () => {
    const withOffset = await normalize(checkinResponseBody(), { event: COMPLETED, eventTimestamp: '2026-03-02T09:15:00.120-05:00' });
    expect(withOffset.event_timestamp).toBe('2026-03-02T09:15:00.120-05:00');
    const withoutOffset = await normalize(checkinResponseBody(), { event: COMPLETED, eventTimestamp: '2026-03-02T14:15:00' });
    expect(withoutOffset.event_timestamp).toBe('2026-03-02T14:15:00.000Z');
  });

  it('falls back to updated_at, then created_at, when there is no event_timestamp', async () => {
    expect((await normalize(checkinResponseBody(), { event: COMPLETED })).event_timestamp).toBe('2024-02-05T12:34:29.181095-05:00');
    const { updated_at: _u, ...noUpdate } = checkinResponseBody();
    expect((await normalize(noUpdate, { event: COMPLETED })).event_timestamp).toBe('2024-02-05T12:34:29-05:00');
    const { created_at: _c, ...neither } = noUpdate;
    expect((await normalize(neither, { event: COMPLETED })).event_timestamp).toBeNull();
  });

  it('says an anonymous response is anonymous, with no user', async () => {
    const out = await normalize(anonymousCheckinResponseBody(), { event: COMPLETED, eventTimestamp: 1707154471 });
    expect(out).toMatchObject({ is_anonymous: true, user_uuid: null, user_full_name: null, user_email: null, checkin_uuid: CHECKIN_UUID });
    expect(out.answers).toHaveLength(3);
    // a user object that is empty, or a masked one on an anonymous response, says nothing either
    const masked = await normalize({ ...checkinResponseBody(), is_anonymous: true }, { event: COMPLETED });
    expect(masked).toMatchObject({ is_anonymous: true, user_uuid: null, user_email: null });
    const empty = await normalize({ ...anonymousCheckinResponseBody(), is_anonymous: undefined, user: {} }, { event: COMPLETED });
    expect(empty).toMatchObject({ is_anonymous: true, user_uuid: null });
  });

  it('has no blocker when DailyBot says so, even with a blocker question', async () => {
    const out = await normalize(checkinResponseWithoutBlockerBody(), { event: COMPLETED });
    expect(out.has_blocker).toBe(false);
    expect(out.answers.every((a) => !a.is_blocker)).toBe(true);
    expect(out.answer_3).toBe('no');
  });

  it('gives an update an id holding its time, and a deletion its own id', async () => {
    const updated = await normalize(checkinResponseBody(), { event: 'followups.response.updated', eventTimestamp: 1707154471 });
    expect(updated.id).toBe('9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d:2024-02-05T12:34:29.181095-05:00');
    const { updated_at: _u, ...noUpdate } = checkinResponseBody();
    const updatedNoTime = await normalize(noUpdate, { event: 'followups.response.updated', eventTimestamp: 1707154471 });
    expect(updatedNoTime.id).toBe('9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d:2024-02-05T17:34:31.000Z');
    const deleted = await normalize(checkinResponseBody(), { event: 'followups.response.deleted' });
    expect(deleted.id).toBe('9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d:deleted');
    expect(deleted.response_uuid).toBe('9c1d7a52-3f4e-4b8a-9d2c-6e5f4a3b2c1d');
  });

  it('ignores fields DailyBot adds, and fields it sends in another type', async () => {
    const body = {
      ...checkinResponseBody(),
      brand_new_field: { nested: [1, 2, 3] },
      has_issue: 'maybe',
      created_at: { weird: true },
      checkins: 'not a list',
      checkin: { id: 42, name: 'Legacy name' },
    };
    const out = await normalize(body, { event: COMPLETED });
    expect(out.has_blocker).toBe(true); // read from the answers instead
    expect(out.created_at).toBeNull();
    expect(out.checkin_uuid).toBe('42');
    expect(out.checkin_name).toBe('Legacy name');
    expect(out).not.toHaveProperty('brand_new_field');
  });

  it('reads a body with only the response UUID (a deletion may carry no more)', async () => {
    const out = await normalize({ uuid: 'abc-123' }, { event: 'followups.response.deleted', eventTimestamp: '2026-01-01T00:00:00Z', checkin: { uuid: CHECKIN_UUID } });
    expect(out).toEqual({
      id: 'abc-123:deleted',
      response_uuid: 'abc-123',
      event: 'followups.response.deleted',
      event_timestamp: '2026-01-01T00:00:00Z',
      checkin_uuid: CHECKIN_UUID,
      checkin_name: null,
      user_uuid: null,
      user_full_name: null,
      user_first_name: null,
      user_last_name: null,
      user_email: null,
      is_anonymous: true,
      has_blocker: false,
      created_at: null,
      updated_at: null,
      answers: [],
      answers_text: '',
    });
    expect(CheckinResponseOutput.safeParse(out).success).toBe(true);
  });

  it('leaves out hidden questions nobody answered, and keeps answers to questions it does not know', async () => {
    const body = checkinResponseBody();
    body.questions.fields.push({ ...body.questions.fields[0]!, uuid: 'hidden-q', question: 'Hidden', is_hidden: true });
    const content: Record<string, unknown> = { ...body.content, 'unknown-q': ['Option A', 'Option B'] };
    const out = await normalize({ ...body, content }, { event: COMPLETED });
    expect(out.answers.map((a) => a.question ?? a.response)).toEqual([
      'What did you complete in your previous workday?',
      'What are you planning to work on today?',
      'Do you have any blockers? If so, just tell me. Otherwise please say: no.',
      'Option A, Option B',
    ]);
    expect(out.answers_text.split('\n')[3]).toBe('Question 4: Option A, Option B');
  });

  it('keeps answer_N the N-th question of the check-in when conditional logic hides one (answers by place)', async () => {
    const body = checkinResponseBody();
    const [first, second, third] = body.questions.fields;
    // the second question was hidden and nobody was asked it: the third's answer stays answer_3
    body.questions.fields = [first!, { ...second!, is_hidden: true }, third!];
    const { [Q2]: _hidden, ...content } = body.content;
    const out = await normalize({ ...body, content }, { event: COMPLETED });
    expect(out.answers).toHaveLength(2);
    expect(out).toMatchObject({
      question_2: 'What are you planning to work on today?',
      answer_2: null,
      question_3: 'Do you have any blockers? If so, just tell me. Otherwise please say: no.',
      answer_3: 'Waiting on access to the staging database.',
    });
    expect(out.answers_text.split('\n')[1]).toBe('Any blockers?: Waiting on access to the staging database.');
  });

  it('leaves an optional question unanswered as null', async () => {
    const body = checkinResponseBody();
    const { [Q2]: _skipped, ...content } = body.content;
    const out = await normalize({ ...body, content }, { event: COMPLETED });
    expect(out.answers[1]).toMatchObject({ question_short: 'Plans for today', response: null, response_text: null });
    expect(out.answer_2).toBeNull();
    expect(out.answer_1).toBe('Shipped the billing export & fixed two login bugs.');
  });
});

describe('normalizeCheckinResponse: an item of GET /checkins/{uuid}/responses/', () => {
  it('takes the check-in from the context and the answers from the responses list', async () => {
    const out = await normalize(listedCheckinResponse(), {
      event: COMPLETED,
      checkin: { uuid: CHECKIN_UUID, name: 'Team standups' },
    });
    expect(out).toMatchObject({
      id: '4e322341-1262-42fa-942a-0341d90883f6',
      checkin_uuid: CHECKIN_UUID,
      checkin_name: 'Team standups',
      user_uuid: CHECKIN_UUID,
      user_full_name: 'Team standups',
      user_email: null,
      is_anonymous: false,
      has_blocker: true,
      event_timestamp: '2022-01-25T21:44:07.669107Z',
      created_at: '2022-01-25T21:44:07.337796Z',
      answer_3: 'Example response 3.',
    });
    expect(out.answers.map((a) => a.is_blocker)).toEqual([false, false, true]);
    expect(Object.keys(out).sort()).toEqual(Object.keys(checkinResponseSample).sort());
  });

  it('reads has_blocker from the answers when has_issue is missing', async () => {
    const { has_issue: _h, ...item } = listedCheckinResponse();
    expect((await normalize(item, { event: COMPLETED, checkin: { uuid: CHECKIN_UUID } })).has_blocker).toBe(true);
  });
});

describe('normalizeCheckinResponse: what it cannot read', () => {
  it.each([
    ['nothing', undefined, 'it was empty'],
    ['a text', 'oops', 'it was not an object'],
    ['a list', [checkinResponseBody()], 'it was not an object'],
  ])('fails plainly for %s', async (_name, body, why) => {
    const error = await errorOf(normalize(body, { event: COMPLETED }));
    expect(error.message).toContain('DailyBot sent a check-in response this app could not read');
    expect(error.message).toContain(why);
    expect(error.code).toBe('dailybot_unreadable_payload');
  });
});

describe('the sample and output fields', () => {
  it('the sample parses, and has an output field for each key', async () => {
    expect(CheckinResponseOutput.safeParse(checkinResponseSample).success).toBe(true);
    const fieldKeys = (await resolvedOutputFields(checkinResponseOutputFields)).map((f) => f.key);
    for (const key of Object.keys(checkinResponseSample)) {
      if (key === 'answers') continue;
      expect(fieldKeys).toContain(key);
    }
    expect(fieldKeys).toEqual(expect.arrayContaining(['answers[]question', 'answers[]response_text', 'answers[]is_blocker']));
  });

  it('the schema refuses an answer_N that is not text', () => {
    expect(CheckinResponseOutput.safeParse({ ...checkinResponseSample, answer_1: 3 }).success).toBe(false);
  });
});

describe('dates and text', () => {
  it('turns any epoch (seconds or milliseconds, number or text) into ISO 8601 UTC', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1_000_000_000, max: 4_000_000_000 }), fc.integer({ min: 0, max: 999 }), (seconds, millis) => {
        const expected = new Date(seconds * 1000 + millis).toISOString();
        expect(toIsoDateTime(seconds + millis / 1000)).toBe(expected);
        expect(toIsoDateTime(seconds * 1000 + millis)).toBe(expected);
        expect(toIsoDateTime(String(seconds))).toBe(new Date(seconds * 1000).toISOString());
      }),
    );
  });

  it('gives null for what is not a date', () => {
    for (const value of [null, undefined, '', 'soon', {}, [], true, -5]) expect(toIsoDateTime(value)).toBeNull();
    expect(toIsoDateTime('2026-03-02')).toBe('2026-03-02T00:00:00.000Z');
    expect(toIsoDateTime('2026-03-02T09:15:00+0500')).toBe('2026-03-02T09:15:00+05:00');
  });

  it('gives back any text that was HTML-escaped', () => {
    const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '1', '&', '<', '>', '"', "'", ';', '#', 'é', '/', '-') }), (text) => {
        expect(htmlToText(`<p>${escape(text)}</p>`)).toBe(text);
      }),
    );
  });
});
