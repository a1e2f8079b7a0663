import fc from 'fast-check';
import type { ZObject } from 'zapier-platform-core';

import {
  normalizeTeamMemberEvent,
  normalizeUserEvent,
  TeamMemberEventOutput,
  teamMemberEventSampleFor,
  UserEventOutput,
  userEventSampleFor,
} from '../../../src/triggers/normalize/organization';
import { user as restUser } from '../../fixtures/seeds';
import { organizationUserBody, TEAM_UUID, teamUserBody } from '../../fixtures/webhooks';
import { errorOf, runInApp } from '../../helpers';

const ACTIVATED = 'organization.user_activated';
const ADDED = 'organization.team_user_added';
const HELEN = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

const userEvent = (body: unknown, eventTimestamp: unknown = '2024-02-08T16:20:05.118Z') =>
  runInApp(async (z: ZObject) => normalizeUserEvent(z, body, { event: ACTIVATED, eventTimestamp }));
const teamEvent = (body: unknown, eventTimestamp: unknown = 1707409541.53) =>
  runInApp(async (z: ZObject) => normalizeTeamMemberEvent(z, body, { event: ADDED, eventTimestamp }));

/** Helen as DailyBot's form webhooks write a user (dailybot-api-notes.md §1.3), every field filled in. */
const webhookUser = () => ({
  uuid: HELEN,
  full_name: 'Helen Wick',
  image: 'https://secure.gravatar.com/avatar/helen.png',
  role: 'MEMBER',
  is_active: true,
  bot_enabled: true,
  timezone: 'America/Bogota',
  occupation: 'Designer',
  birth_date: '10-26',
  chat_platform_data: { user_external_id: 'U04HELENW1K', external_grid_id: null },
  work_days: [1, 2, 3, 4, 5],
  timeoff_start: '2024-03-12',
  timeoff_end: '2024-03-18',
  hour_init_work: '09:00:00',
  email: 'helen@example.com',
  username: 'HelenW',
});

const sortedKeys = (value: object) => Object.keys(value).sort();

describe('normalizeUserEvent', () => {
  it('gives every documented user field, and drops what DailyBot sends besides', async () => {
    const out = await userEvent({ user: { ...webhookUser(), language: 'en', is_approved: true, 'bad key': 1 }, extra: 'ignored' });
    expect(out).toEqual(userEventSampleFor(ACTIVATED));
    expect(UserEventOutput.safeParse(out).success).toBe(true);
  });

  it('gives the same keys when DailyBot sends fewer fields: those it left out are null', async () => {
    const out = await userEvent(organizationUserBody());
    expect(sortedKeys(out)).toEqual(sortedKeys(userEventSampleFor(ACTIVATED)));
    expect(out).toMatchObject({ user_role: 'MEMBER', user_occupation: 'Designer', user_image: null, user_work_days: null, user_work_start_time: null, user_chat_user_id: null });
  });

  it('reads DailyBot’s REST user too: `work_start_time`, and time off (DD/MM/YYYY there) as ISO 8601 dates', async () => {
    const out = await userEvent({ user: restUser });
    expect(out).toMatchObject({
      user_uuid: restUser.uuid,
      user_username: 'Wick10',
      user_role: 'ADMIN',
      user_bot_enabled: true,
      user_work_days: [1, 2, 3, 4, 5],
      user_work_start_time: '09:00:00',
      user_timeoff_start: '2022-01-06',
      user_timeoff_end: '2022-01-16',
      user_chat_user_id: 'Z32HVBCQ98D',
      user_email: null,
    });
  });

  it('keeps only whole weekday numbers, and null for anything but a list', async () => {
    expect((await userEvent({ user: { uuid: HELEN, work_days: [1, '2', 'Monday', 3.5, null] } })).user_work_days).toEqual([1, 2]);
    expect((await userEvent({ user: { uuid: HELEN, work_days: '1,2' } })).user_work_days).toBeNull();
  });

  it('gives exactly the sample’s keys, and a valid output, whatever else a user carries', async () => {
    const extras = fc.dictionary(
      fc.string({ minLength: 1, maxLength: 12 }),
      fc.oneof(fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(fc.integer()), fc.object()),
    );
    const keys = sortedKeys(userEventSampleFor(ACTIVATED));
    await fc.assert(
      fc.asyncProperty(extras, async (extra) => {
        const out = await userEvent({ user: { ...extra, uuid: HELEN } });
        expect(sortedKeys(out)).toEqual(keys);
        expect(UserEventOutput.safeParse(out).success).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('reads a body that is the user itself, or a bare UUID', async () => {
    expect(await userEvent({ uuid: HELEN, full_name: 'Helen Wick', is_active: false })).toMatchObject({ user_uuid: HELEN, user_full_name: 'Helen Wick', user_is_active: false });
    expect(await userEvent({ user: HELEN })).toMatchObject({ user_uuid: HELEN, user_full_name: null, user_email: null, user_is_active: null });
  });

  it('gives each activation its own id', async () => {
    const first = await userEvent(organizationUserBody(), 1707409205.118);
    const second = await userEvent(organizationUserBody(), 1707409999);
    expect(first.id).toBe(`${HELEN}:${ACTIVATED}:2024-02-08T16:20:05.118Z`);
    expect(second.id).not.toBe(first.id);
  });

  it('fails plainly only for a body that is not an object', async () => {
    expect((await errorOf(userEvent('nope'))).message).toContain('it was not an object');
  });
});

describe('normalizeTeamMemberEvent', () => {
  it('gives every documented user field, the team’s ID, name and default flag, and nothing else', async () => {
    const out = await teamEvent({ user: webhookUser(), team: { ...teamUserBody().team, members_count: 12 } });
    expect(out).toEqual(teamMemberEventSampleFor(ADDED));
    expect(TeamMemberEventOutput.safeParse(out).success).toBe(true);
  });

  it('gives the same keys for the documented short body', async () => {
    const out = await teamEvent(teamUserBody());
    expect(sortedKeys(out)).toEqual(sortedKeys(teamMemberEventSampleFor(ADDED)));
    expect(out).toMatchObject({ user_uuid: HELEN, user_is_active: true, user_role: null, team_uuid: TEAM_UUID, team_name: 'General', team_is_default: true });
  });

  it('reads a team given as a bare UUID, or as team_uuid, and no team at all', async () => {
    const { user } = teamUserBody();
    expect(await teamEvent({ user, team: TEAM_UUID })).toMatchObject({ team_uuid: TEAM_UUID, team_name: null, team_is_default: null });
    expect(await teamEvent({ user, team_uuid: TEAM_UUID, team_name: 'General' })).toMatchObject({ team_uuid: TEAM_UUID, team_name: 'General' });
    const without = await teamEvent({ user });
    expect(without).toMatchObject({ team_uuid: null, user_uuid: HELEN });
    expect(without.id).toBe(`${HELEN}:${ADDED}:2024-02-08T16:25:41.530Z`);
  });

  it('does not read a team membership event as if its body were the user', async () => {
    expect(await teamEvent({ uuid: HELEN, team: TEAM_UUID })).toMatchObject({ user_uuid: null, team_uuid: TEAM_UUID });
  });
});
