import nock from 'nock';

import { API, API_KEY, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { runSearch, trap } from './support';

const standups = seeds.checkin;
const retro = { ...seeds.checkin, id: '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d', name: 'Weekly retro', summary: {} };
const moodCheck = { ...seeds.checkin, id: '1f2e3d4c-5b6a-4798-8a7b-6c5d4e3f2a1b', name: 'Mood check', summary: {} };
const standupsCopy = { ...seeds.checkin, id: 'ffeeddcc-bbaa-4988-8776-655443322110', name: 'TEAM STANDUPS' };

const page2Url = `${API}/checkins/?limit=100&page_size=100&offset=100`;
const page3Url = `${API}/checkins/?limit=100&page_size=100&offset=200`;

/** What find_checkin gives for the documented check-in: Create Check-in's keys, plus report channels and summary. */
const standupsFound = {
  id: standups.id,
  uuid: standups.id,
  name: 'Team standups',
  template: '4e322341-1262-42fa-942a-0341d90883f6',
  active: true,
  is_anonymous: true,
  send_reports_one_by_one: true,
  use_user_defined_work_days: false,
  privacy: 'managers_and_members',
  frequency_type_label: 'Weekly',
  reminders_trigger_condition_label: 'Smart (DailyBot picks)',
  privacy_label: 'Managers and members',
  start_on: '2022-01-25',
  end_on: null,
  frequency_type: 'weekly',
  frequency: 1,
  frequency_on_days: [1, 2, 3, 4, 5],
  custom_trigger_time: null,
  reminders_max_count: 0,
  reminders_trigger_condition: 'smart_frequency',
  reminders_frequency_time: 15,
  is_trigger_based: false,
  custom_template_intro: 'new intro message',
  custom_template_outro: 'new outro message',
  report_channels: [{ id: 'channel_id', name: 'channel_name', type: 'channel' }],
  summary_completed_percentage: 50,
  summary_expected_responses: 2,
  summary_completed_responses: 1,
  summary_total_blockers: 1,
  summary_current_user_is_respondent: true,
  summary_current_user_has_response: true,
};

describe('find_checkin', () => {
  it('finds a check-in by exact name in GET /checkins/ and returns it flat', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY } })
      .get('/checkins/')
      .query({ limit: '100', page_size: '100' })
      .reply(200, seeds.page([retro, standups]));
    await expect(runSearch('find_checkin', { name: 'Team standups' })).resolves.toEqual([standupsFound]);
  });

  it('asks for the summary of a given day: include_summary=true and date', async () => {
    nock(API).get('/checkins/').query({ include_summary: 'true', date: '2026-03-31', limit: '100', page_size: '100' }).reply(200, seeds.page([standups]));
    const [found] = await runSearch('find_checkin', { name: 'team standups', include_summary: 'true', date: '2026-03-31' });
    expect(found).toMatchObject({ uuid: standups.id, summary_completed_percentage: 50, summary_total_blockers: 1 });
  });

  it('asks for the summary when only a date is given', async () => {
    nock(API).get('/checkins/').query({ include_summary: 'true', date: '2026-03-31', limit: '100', page_size: '100' }).reply(200, seeds.page([standups]));
    await expect(runSearch('find_checkin', { name: 'Team standups', date: ' 2026-03-31 ' })).resolves.toHaveLength(1);
  });

  it('sends include_summary=false when told no, and gives null summary fields for the empty summary', async () => {
    nock(API).get('/checkins/').query({ include_summary: 'false', limit: '100', page_size: '100' }).reply(200, seeds.page([retro]));
    const [found] = await runSearch('find_checkin', { name: 'Weekly Retro', include_summary: 'no' });
    expect(found).toMatchObject({
      uuid: retro.id,
      summary_completed_percentage: null,
      summary_expected_responses: null,
      summary_completed_responses: null,
      summary_total_blockers: null,
      summary_current_user_is_respondent: null,
      summary_current_user_has_response: null,
    });
  });

  it('finds a name on page 2, ignoring case and spaces, and never asks for page 3', async () => {
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100' }).reply(200, { ...seeds.page([retro]), count: 501, next: page2Url });
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100', offset: '100' }).reply(200, { ...seeds.page([moodCheck, standups]), count: 501, next: page3Url });
    const page3 = trap(nock(API).get('/checkins/').query({ limit: '100', page_size: '100', offset: '200' }), seeds.page([standupsCopy]));

    await expect(runSearch('find_checkin', { name: '  TEAM   standups ' })).resolves.toEqual([standupsFound]);
    expect(page3.hits).toBe(0);
  });

  it('returns the first of two check-ins that share a name', async () => {
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100' }).reply(200, seeds.page([standupsCopy, standups]));
    const results = await runSearch('find_checkin', { name: 'team standups' });
    expect(results.map((checkin) => checkin.uuid)).toEqual([standupsCopy.id]);
  });

  it('reads every page and returns no result when no name matches exactly', async () => {
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100' }).reply(200, { ...seeds.page([retro]), next: page2Url });
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100', offset: '100' }).reply(200, seeds.page([standups]));
    await expect(runSearch('find_checkin', { name: 'standups' })).resolves.toEqual([]);
  });

  it('reads the other spellings DailyBot uses: uuid, a template object, send_reports_one_by_one', async () => {
    const { id: _id, send_report_one_by_one: _s, ...rest } = standups;
    const other = { ...rest, uuid: standups.id, template: { uuid: '4e322341-1262-42fa-942a-0341d90883f6', name: 'Daily' }, send_reports_one_by_one: false };
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100' }).reply(200, seeds.page([other]));
    const [found] = await runSearch('find_checkin', { name: 'Team standups' });
    expect(found).toMatchObject({ id: standups.id, template: '4e322341-1262-42fa-942a-0341d90883f6', send_reports_one_by_one: false });
  });

  it('fails plainly when DailyBot answers with a server error', async () => {
    nock(API).get('/checkins/').query({ limit: '100', page_size: '100' }).reply(502, 'Bad Gateway');
    const error = await errorOf(runSearch('find_checkin', { name: 'Team standups' }));
    expect(error).toMatchObject({ code: 'dailybot_unavailable', status: 502 });
  });

  describe('refuses invalid inputs before any request', () => {
    it.each([
      ['no name', {}, 'Check this field: “Check-in Name” is required.'],
      ['a blank name', { name: '  ' }, 'Check this field: “Check-in Name” is required.'],
      ['a date that is not YYYY-MM-DD', { name: 'x', date: '31/03/2026' }, 'Check this field: “Summary Date” must be a date written YYYY-MM-DD, such as 2026-03-31.'],
      ['a date that does not exist', { name: 'x', date: '2026-02-30' }, 'Check this field: “Summary Date” must be a date written YYYY-MM-DD, such as 2026-03-31.'],
      ['an include_summary that is not yes or no', { name: 'x', include_summary: 'maybe' }, 'Check this field: “Include Summary” must be yes or no (true or false).'],
      [
        'a summary date while the summary is turned off',
        { name: 'x', include_summary: 'false', date: '2026-03-31' },
        'Check this field: “Summary Date” only applies to the summary: set “Include Summary” to yes, or clear the date.',
      ],
    ])('%s', async (_name, inputData, message) => {
      const error = await errorOf(runSearch('find_checkin', inputData));
      expect(error).toMatchObject({ code: 'invalid_input', message });
    });
  });
});
