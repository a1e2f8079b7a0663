/** Dropdowns that narrow to the chosen check-in or team (issue 15 item 11), against nock. */
import nock from 'nock';

import { creates } from '../../src/creates';
import { listCheckinParticipants, listTeamMembers } from '../../src/triggers/narrowing-dropdowns';
import { API, appTester, authData } from '../helpers';
import * as seeds from '../fixtures/seeds';

const run = (trigger: { operation: object }, inputData: Record<string, unknown>, page = 0) =>
  appTester((trigger.operation as { perform: unknown }).perform as never, { authData, inputData, meta: { page } } as never) as Promise<
    Array<{ id: string; name: string }>
  >;

const CHECKIN = seeds.checkin.id;
const TEAM = seeds.team.uuid;

describe('list_checkin_participants', () => {
  it('lists the chosen check-in’s participants from its detail, in one request', async () => {
    nock(API)
      .get(`/checkins/${CHECKIN}/detail/`)
      .reply(200, {
        id: CHECKIN,
        name: 'Team standups',
        participants: { users: [{ uuid: 'u-1', name: 'Ann Lee' }, { uuid: 'u-2', full_name: 'Bea Cruz' }, { uuid: 'u-3' }], teams: [{ uuid: TEAM, name: 'General' }] },
      });
    await expect(run(listCheckinParticipants, { checkin: CHECKIN })).resolves.toEqual([
      { id: 'u-1', name: 'Ann Lee' },
      { id: 'u-2', name: 'Bea Cruz' },
      { id: 'u-3', name: 'u-3' },
    ]);
  });

  it('offers nothing, with no request, until a check-in is picked (or while it is a mapping), and nothing on “Load more”', async () => {
    await expect(run(listCheckinParticipants, {})).resolves.toEqual([]);
    await expect(run(listCheckinParticipants, { checkin: '{{1__checkin_uuid}}' })).resolves.toEqual([]);
    await expect(run(listCheckinParticipants, { checkin: CHECKIN }, 1)).resolves.toEqual([]);
  });

  it('takes a detail without participants as none', async () => {
    nock(API).get(`/checkins/${CHECKIN}/detail/`).reply(200, { id: CHECKIN, name: 'Team standups' });
    await expect(run(listCheckinParticipants, { checkin: CHECKIN })).resolves.toEqual([]);
  });
});

describe('list_team_members', () => {
  it('lists the chosen team’s members page by page (as every paged dropdown), with emails', async () => {
    nock(API)
      .get(`/teams/${TEAM}/members/`)
      .query({ include_email: 'true', limit: '100', page_size: '100' })
      .reply(200, seeds.page([{ ...seeds.user, email: 'john@example.com' }]));
    await expect(run(listTeamMembers, { team: TEAM })).resolves.toEqual([{ id: seeds.user.uuid, name: 'John Wick (john@example.com)' }]);
  });

  it('offers nothing until a team is picked', async () => {
    await expect(run(listTeamMembers, {})).resolves.toEqual([]);
  });
});

describe('the steps that use them', () => {
  it.each([
    ['send_checkin_reminder', 'checkin', 'users', 'list_checkin_participants.id.name'],
    ['remove_team_member', 'team', 'user', 'list_team_members.id.name'],
  ])('%s: “%s” refreshes the people list, which narrows to it', (key, parent, child, dynamic) => {
    const fields = creates[key]!.operation.inputFields as Array<{ key: string; dynamic?: string; altersDynamicFields?: boolean; search?: string }>;
    expect(fields.find((f) => f.key === parent)).toMatchObject({ altersDynamicFields: true });
    expect(fields.find((f) => f.key === child)).toMatchObject({ dynamic, search: 'find_user.id' });
  });
});

describe('forms that guide (Create and Update Check-in, Update User)', () => {
  type Field = { key: string; group?: string; choices?: Array<{ value: string }>; altersDynamicFields?: boolean };
  type Fields = Array<Field | ((z: unknown, bundle: unknown) => Field[])>;

  it.each(['create_checkin', 'update_checkin'])('%s: settings in Schedule, Reminders and Messages; minutes only for Fixed timing; 0–3 reminders', (key) => {
    const operation = creates[key]!.operation as { inputFields: Fields; inputFieldGroups: Array<{ key: string; label: string }> };
    expect(operation.inputFieldGroups.map((g) => g.label)).toEqual(['Schedule', 'Reminders', 'Messages']);
    const fields = operation.inputFields.filter((f): f is Field => typeof f !== 'function');
    const groupOf = (k: string) => fields.find((f) => f.key === k)?.group;
    expect([groupOf('start_on'), groupOf('frequency_on_days'), groupOf('reminders_max_count'), groupOf('custom_template_intro')]).toEqual([
      'schedule',
      'schedule',
      'reminders',
      'messages',
    ]);
    expect(fields.find((f) => f.key === 'reminders_max_count')?.choices?.map((c) => c.value)).toEqual(['0', '1', '2', '3']);
    expect(fields.find((f) => f.key === 'reminders_trigger_condition')).toMatchObject({ altersDynamicFields: true });
    expect(fields.some((f) => f.key === 'reminders_frequency_time')).toBe(false);
    const minutes = operation.inputFields.find((f): f is (z: unknown, bundle: unknown) => Field[] => typeof f === 'function')!;
    expect(minutes(null, { inputData: { reminders_trigger_condition: 'fixed_frequency' } }).map((f) => [f.key, f.group])).toEqual([['reminders_frequency_time', 'reminders']]);
    expect(minutes(null, { inputData: { reminders_trigger_condition: 'smart_frequency' } })).toEqual([]);
    expect(minutes(null, { inputData: {} })).toEqual([]);
  });

  it('update_user: the time zone is a dropdown of IANA names', () => {
    const field = (creates.update_user!.operation.inputFields as Field[]).find((f) => f.key === 'timezone');
    const values = field?.choices?.map((c) => c.value) ?? [];
    expect(values).toEqual(expect.arrayContaining(['America/New_York', 'Europe/Madrid', 'Asia/Kolkata']));
    expect(values.length).toBeGreaterThan(300);
  });

  it('create_checkin: a fixed timing with its minutes reaches DailyBot; an unknown minute count names the field', async () => {
    nock(API)
      .post('/checkins/', { name: 'Standup', template: seeds.template.uuid, reminders_max_count: 2, reminders_trigger_condition: 'fixed_frequency', reminders_frequency_time: 30 })
      .reply(201, { ...seeds.checkin, uuid: CHECKIN });
    const inputData = { name: 'Standup', template: seeds.template.uuid, reminders_max_count: '2', reminders_trigger_condition: 'fixed_frequency', reminders_frequency_time: '30' };
    await appTester(creates.create_checkin!.operation.perform as never, { authData, inputData } as never);
    const error = await appTester(creates.create_checkin!.operation.perform as never, { authData, inputData: { ...inputData, reminders_frequency_time: '0' } } as never).catch(
      (e: Error) => e.message,
    );
    expect(error).toContain('“Minutes Between Reminders” must be between 1 and 1440');
  });
});

it('every time zone offered passes the Update User time zone rule', async () => {
  const { timeZone } = await import('../../src/inputs/rules');
  const { schema } = await import('../../src/schemas/lazy');
  const rule = schema((zod) => timeZone(zod));
  const field = (creates.update_user!.operation.inputFields as Array<{ key: string; choices?: Array<{ value: string }> }>).find((f) => f.key === 'timezone');
  const refused = (field?.choices ?? []).map((c) => c.value).filter((zone) => !rule.safeParse(zone).success);
  expect(refused).toEqual([]);
});
