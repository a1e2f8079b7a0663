import nock from 'nock';

import { API, API_KEY, errorOf } from '../helpers';
import * as seeds from '../fixtures/seeds';
import { failsBeforeAnyRequest, runAction } from './support';

const create = (inputData: Record<string, unknown>) => runAction('create_checkin', inputData);

/** The documented answer to POST /checkins/ (seed 001), its example UUIDs made valid. */
const created = {
  id: '91b292b3-29b2-4235-8103-321ed749db8d',
  name: 'Checkin created by API',
  template: 'bf322341-1262-42fa-942a-0341d90883f6',
  active: true,
  is_anonymous: false,
  send_reports_one_by_one: true,
  use_user_defined_work_days: false,
  time_for_report: null,
  start_on: '2022-01-25',
  privacy: 'managers_and_members',
  allow_edit_permission: 'admins_managers_and_team_admins',
  can_be_edited: true,
  reporting_metadata: [{ type: 'channel', id: 'channel_id', name: 'channel_name' }],
  custom_trigger_time: null,
  reminders_max_count: 0,
  reminders_frequency_time: 15,
  reminders_trigger_condition: 'smart_frequency',
  frequency_type: 'weekly',
  frequency: 1,
  frequency_on_days: [1, 2, 3, 4, 5],
  end_on: null,
  is_trigger_based: false,
  custom_template_intro: 'new intro message',
  custom_template_outro: 'new outro message',
};

describe('Create Check-in', () => {
  it('sends every setting under the documented keys, as real booleans, numbers and lists, and returns the check-in', async () => {
    nock(API, { reqheaders: { 'x-api-key': API_KEY } })
      .post('/checkins/', {
        name: 'Checkin created by API',
        template: 'bf322341-1262-42fa-942a-0341d90883f6',
        active: true,
        is_anonymous: false,
        send_reports_one_by_one: true,
        use_user_defined_work_days: false,
        start_on: '2022-01-25',
        end_on: '2022-12-31',
        frequency_on_days: [1, 2, 3, 4, 5],
        custom_trigger_time: '08:00:00',
        reminders_max_count: 2,
        reminders_trigger_condition: 'fixed_frequency',
        reminders_frequency_time: 15,
        is_trigger_based: false,
        custom_template_intro: 'new intro message',
        custom_template_outro: 'new outro message',
      })
      .reply(201, created);
    const result = await create({
      name: 'Checkin created by API',
      template: 'bf322341-1262-42fa-942a-0341d90883f6',
      active: 'true',
      is_anonymous: 'false',
      send_reports_one_by_one: 'yes',
      use_user_defined_work_days: 'no',
      start_on: '2022-01-25',
      end_on: '2022-12-31',
      frequency_on_days: ['5', '1', 'Tuesday', 'wed', '4'],
      custom_trigger_time: '08:00',
      reminders_max_count: '2',
      reminders_trigger_condition: 'Fixed_Frequency',
      reminders_frequency_time: '15',
      is_trigger_based: 'false',
      custom_template_intro: 'new intro message',
      custom_template_outro: 'new outro message',
    });
    expect(result).toEqual({
      id: created.id,
      uuid: created.id,
      name: 'Checkin created by API',
      template: 'bf322341-1262-42fa-942a-0341d90883f6',
      active: true,
      is_anonymous: false,
      send_reports_one_by_one: true,
      use_user_defined_work_days: false,
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
      privacy: 'managers_and_members',
      frequency_type_label: 'Weekly',
      reminders_trigger_condition_label: 'Smart (DailyBot picks)',
      privacy_label: 'Managers and members',
      // the answer's reporting_metadata (seed 001); a created check-in has no summary yet
      report_channels: [{ id: 'channel_id', name: 'channel_name', type: 'channel' }],
      summary_completed_percentage: null,
      summary_expected_responses: null,
      summary_completed_responses: null,
      summary_total_blockers: null,
      summary_current_user_is_respondent: null,
      summary_current_user_has_response: null,
    });
  });

  it('sends only the name and the template when nothing else is filled in', async () => {
    nock(API).post('/checkins/', { name: 'Standup', template: seeds.template.uuid }).reply(201, { ...created, name: 'Standup' });
    await expect(create({ name: ' Standup ', template: seeds.template.uuid, end_on: '', frequency_on_days: [] })).resolves.toMatchObject({
      name: 'Standup',
    });
  });

  it('reads the listing’s send_report_one_by_one spelling too', async () => {
    const { send_reports_one_by_one: _, ...rest } = created;
    nock(API).post('/checkins/').reply(201, { ...rest, send_report_one_by_one: false });
    await expect(create({ name: 'Standup', template: seeds.template.uuid })).resolves.toMatchObject({ send_reports_one_by_one: false });
  });

  it.each([
    ['no name', { name: undefined }, '“Name” is required'],
    ['no template', { template: '' }, '“Template” is required'],
    ['a template that is a path', { name: 'Standup', template: '../users' }, '“Template” must be picked from the list'],
    ['a start date in another format', { start_on: '25/01/2022' }, '“Start Date” must be a date written YYYY-MM-DD'],
    ['a date that does not exist', { end_on: '2026-02-30' }, '“End Date” must be a date written YYYY-MM-DD'],
    ['an end before the start', { start_on: '2026-03-10', end_on: '2026-03-01' }, '“End Date” must not be before “Start Date”'],
    ['a weekday 8', { frequency_on_days: ['1', '8'] }, '“Days of the Week” must list weekdays as numbers from 1 (Monday) to 7 (Sunday)'],
    ['a time without minutes', { custom_trigger_time: '8' }, '“Question Time” must be a time written HH:MM or HH:MM:SS'],
    ['a time of 24:00', { custom_trigger_time: '24:00' }, '“Question Time” must be a time written HH:MM'],
    ['4 extra reminders', { reminders_max_count: '4' }, '“Extra Reminders” must be between 0 and 3'],
    ['-1 extra reminders', { reminders_max_count: -1 }, '“Extra Reminders” must be between 0 and 3'],
    ['1.5 extra reminders', { reminders_max_count: '1.5' }, '“Extra Reminders” must be a whole number'],
    ['an unknown reminder timing', { reminders_trigger_condition: 'hourly' }, '“Reminder Timing” must be one of: smart_frequency, fixed_frequency'],
    ['0 minutes between reminders', { reminders_frequency_time: '0' }, '“Minutes Between Reminders” must be between 1 and 1440'],
    ['a yes/no that is neither', { active: 'perhaps' }, '“Active” must be yes or no'],
  ])('refuses %s before any request', async (_name, inputData, message) => {
    const error = await failsBeforeAnyRequest(() => create({ name: 'Standup', template: seeds.template.uuid, ...inputData }));
    expect(error).toMatchObject({ code: 'invalid_input' });
    expect(error.message).toContain(message);
  });

  it('names the plan problem (403 plan_*)', async () => {
    nock(API).post('/checkins/').reply(403, seeds.errors.planUpgrade);
    const error = await errorOf(create({ name: 'Standup', template: seeds.template.uuid }));
    expect(error).toMatchObject({ code: 'plan_upgrade_required', status: 403 });
  });

  it('passes on DailyBot’s per-field errors (400)', async () => {
    nock(API).post('/checkins/').reply(400, { name: ['A check-in with this name already exists.'] });
    const error = await errorOf(create({ name: 'Standup', template: seeds.template.uuid }));
    expect(error).toMatchObject({ status: 400 });
    expect(error.message).toContain('name: A check-in with this name already exists.');
  });

  it('says the template is gone on a bare 404', async () => {
    nock(API).post('/checkins/').reply(404, { detail: 'Not found.' });
    const error = await errorOf(create({ name: 'Standup', template: seeds.template.uuid }));
    expect(error).toMatchObject({ code: 'not_found', status: 404 });
    expect(error.message).toContain('Pick the template again');
  });

  it('says plainly when DailyBot answers without a check-in', async () => {
    nock(API).post('/checkins/').reply(201, '');
    const error = await errorOf(create({ name: 'Standup', template: seeds.template.uuid }));
    expect(error).toMatchObject({ code: 'dailybot_unexpected_answer' });
  });
});
