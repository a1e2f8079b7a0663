import type { ZObject } from 'zapier-platform-core';

import {
  normalizeTeamMemberEvent,
  normalizeUserEvent,
  TeamMemberEventOutput,
  teamMemberEventSampleFor,
  UserEventOutput,
  userEventSampleFor,
} from '../../../src/triggers/normalize/organization';
import { organizationUserBody, TEAM_UUID, teamUserBody } from '../../fixtures/webhooks';
import { errorOf, runInApp } from '../../helpers';

const ACTIVATED = 'organization.user_activated';
const ADDED = 'organization.team_user_added';
const HELEN = '0b1c2d3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

const userEvent = (body: unknown, eventTimestamp: unknown = '2024-02-08T16:20:05.118Z') =>
  runInApp(async (z: ZObject) => normalizeUserEvent(z, body, { event: ACTIVATED, eventTimestamp }));
const teamEvent = (body: unknown, eventTimestamp: unknown = 1707409541.53) =>
  runInApp(async (z: ZObject) => normalizeTeamMemberEvent(z, body, { event: ADDED, eventTimestamp }));

describe('normalizeUserEvent', () => {
  it('flattens `body.user`, keeping every plain field DailyBot sends', async () => {
    const out = await userEvent({ ...organizationUserBody(), extra: 'ignored' });
    expect(out).toEqual(userEventSampleFor(ACTIVATED));
    expect(UserEventOutput.safeParse(out).success).toBe(true);
  });

  it('keeps new plain fields and lists, and leaves nested objects out', async () => {
    const body = organizationUserBody();
    const out = await userEvent({ user: { ...body.user, work_days: [1, 2, 3], chat_platform_data: { user_external_id: 'Z3' }, 'bad key': 1 } });
    expect(out.user_work_days).toEqual([1, 2, 3]);
    expect(out).not.toHaveProperty('user_chat_platform_data');
    expect(out).not.toHaveProperty('user_bad key');
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

  it('fails plainly when no user is named', async () => {
    expect((await errorOf(userEvent({ something: 'else' }))).message).toContain('DailyBot sent a user event this app could not read (it named no user)');
    expect((await errorOf(userEvent({ user: { full_name: 'Nobody' } }))).message).toContain('its user had no ID');
    expect((await errorOf(userEvent('nope'))).message).toContain('it was not an object');
  });
});

describe('normalizeTeamMemberEvent', () => {
  it('flattens `body.user` and `body.team`', async () => {
    const out = await teamEvent(teamUserBody());
    expect(out).toEqual(teamMemberEventSampleFor(ADDED));
    expect(TeamMemberEventOutput.safeParse(out).success).toBe(true);
  });

  it('reads a team given as a bare UUID, or as team_uuid, and no team at all', async () => {
    const { user } = teamUserBody();
    expect(await teamEvent({ user, team: TEAM_UUID })).toMatchObject({ team_uuid: TEAM_UUID, team_name: null });
    expect(await teamEvent({ user, team_uuid: TEAM_UUID, team_name: 'General' })).toMatchObject({ team_uuid: TEAM_UUID, team_name: 'General' });
    const without = await teamEvent({ user });
    expect(without).toMatchObject({ team_uuid: null, user_uuid: HELEN });
    expect(without.id).toBe(`${HELEN}:${ADDED}:2024-02-08T16:25:41.530Z`);
  });

  it('does not read a team membership event as if its body were the user', async () => {
    expect((await errorOf(teamEvent({ uuid: HELEN, team: TEAM_UUID }))).message).toContain('it named no user');
  });
});
