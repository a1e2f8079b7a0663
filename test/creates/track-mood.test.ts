import nock from 'nock';

import App from '../../index';
import { API, errorOf } from '../helpers';
import { moodAgain, moodInvalid, moodTracked } from '../fixtures/v3';
import { failsBeforeAnyRequest, runAction } from './support';

const track = (inputData: Record<string, unknown>) => runAction('track_mood', inputData);

describe('Track Mood', () => {
  it('offers 1–5 in DailyBot’s own words', () => {
    const score = (App.creates!.track_mood!.operation.inputFields as Array<{ key: string; choices?: unknown }>).find((f) => f.key === 'score');
    expect(score?.choices).toEqual([
      { value: '1', label: '1 – Very low', sample: '1' },
      { value: '2', label: '2 – Low', sample: '2' },
      { value: '3', label: '3 – Okay', sample: '3' },
      { value: '4', label: '4 – Good', sample: '4' },
      { value: '5', label: '5 – Great', sample: '5' },
    ]);
  });

  it('posts the score and the day; outputs the score in words and DailyBot’s `details`', async () => {
    nock(API).post('/mood/track/', { score: 4, date: '2026-03-30' }).reply(200, moodTracked);
    await expect(track({ score: '4', date: '2026-03-30' })).resolves.toEqual({ score: 4, score_label: 'Good', date: '2026-03-30', detail: 'The mood response has been tracked' });
  });

  it.each([
    ['Great', 5],
    ['very LOW', 1],
    [3, 3],
    ['2 – Low', 2],
  ])('reads %j as %i; no date means today (none sent)', async (given, score) => {
    nock(API).post('/mood/track/', { score }).reply(200, moodTracked);
    await expect(track({ score: given })).resolves.toMatchObject({ score, date: null });
  });

  it.each([0, 6, '3.5', 'meh', ''])('refuses %j before sending', async (score) => {
    const error = await failsBeforeAnyRequest(() => track({ score }));
    expect(error.message).toContain('“Mood”');
  });

  it('already tracked that day: a clear error (409 motivation_score_already_completed)', async () => {
    nock(API).post('/mood/track/').reply(409, moodAgain);
    const error = await errorOf(track({ score: 4 }));
    expect(error).toMatchObject({ name: 'AppError', code: 'motivation_score_already_completed' });
    expect(error.message).toContain('already tracked their mood for this day');
  });

  it('an invalid score answered under `details` (400 invalid_score) is explained', async () => {
    nock(API).post('/mood/track/').reply(400, moodInvalid);
    expect((await errorOf(track({ score: 4 }))).message).toContain('from 1 (Very low) to 5 (Great)');
  });

  it('another 400 written under `details` reaches the message', async () => {
    nock(API).post('/mood/track/').reply(400, { details: 'Date is in the future.', code: 'invalid_date' });
    expect((await errorOf(track({ score: 4, date: '2099-01-01' }))).message).toContain('Date is in the future.');
  });
});
