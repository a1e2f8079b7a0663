/**
 * Every action end to end against the local DailyBot (sandbox/): the real middleware and a server
 * that refuses any body field DailyBot does not document, then a look at what the server did.
 */
import { startSandbox, type OutboxEntry, type Sandbox } from '../../sandbox';
import { runAction } from './support';

let sandbox: Sandbox;

beforeAll(async () => {
  sandbox = await startSandbox({ users: 25, seed: 1 });
});

afterAll(async () => {
  await sandbox.close();
});

beforeEach(() => {
  sandbox.state.reset();
  process.env.DAILYBOT_API_URL = sandbox.apiUrl; // test/setup.ts clears it before each test
});

const act = (key: string, inputData: Record<string, unknown>) =>
  runAction(key, inputData, { api_key: sandbox.apiKey, activity_hook_url: sandbox.activityHookUrl });

const user = (uuid: string) => {
  const found = sandbox.state.users.get(uuid);
  if (!found) throw new Error(`no sandbox user ${uuid}`);
  return found;
};

const lastOutbox = <K extends OutboxEntry['kind']>(kind: K) => {
  const entry = [...sandbox.state.outbox].reverse().find((e) => e.kind === kind);
  if (!entry) throw new Error(`nothing of kind ${kind} in the outbox`);
  return entry as Extract<OutboxEntry, { kind: K }>;
};

describe('the actions against the sandbox', () => {
  it('Send Message reaches people named by name and email, a team and a channel, with buttons', async () => {
    const { owner, manager, engineeringTeam } = sandbox.state.demo;
    const result = await act('send_message', {
      message: 'Release 2.1 is out <b>today</b>',
      target_users: `${user(manager).full_name}, ${user(owner).email}`,
      target_teams: [engineeringTeam],
      target_channels: 'C0123456789',
      image_url: 'https://example.com/release.png',
      buttons: [{ label: 'Notes', value: '/release-notes' }],
      skip_users_on_time_off: 'true',
    });
    const sent = lastOutbox('message');
    expect(result.bot_message_id).toBe(sent.bot_message_id);
    expect(sent.target_users).toEqual([manager, owner]);
    expect(sent.target_teams).toEqual([engineeringTeam]);
    expect(sent.target_channels).toEqual([{ id: 'C0123456789', is_channel_message: true }]);
    expect(sent.buttons).toEqual([{ label: 'Notes', value: '/release-notes', button_type: 'Command', label_after_click: 'Notes' }]);
  });

  it('Send Message names the field when a person is deactivated', async () => {
    await expect(act('send_message', { message: 'Hi', target_users: [sandbox.state.demo.inactiveUser] })).rejects.toThrow(/“Users”/);
  });

  it('Send Email, Open Group Conversation and Give Kudos reach the people named', async () => {
    const { owner, manager, generalTeam } = sandbox.state.demo;
    await act('send_email', { users: [user(manager).email], email_subject: 'Weekly report', email_content: '<p>Ready</p>' });
    expect(lastOutbox('email')).toMatchObject({ recipients: [manager], email_subject: 'Weekly report' });

    const conversation = await act('open_conversation', { users: [owner, user(manager).full_name] });
    expect(lastOutbox('conversation').channel).toBe(conversation.channel);
    expect([...lastOutbox('conversation').users].sort()).toEqual([owner, manager].sort());

    const kudos = await act('give_kudos', { receivers: user(manager).email, team_receivers: [generalTeam], content: 'Great launch', is_anonymous: 'false' });
    expect(lastOutbox('kudos')).toMatchObject({ kudos_id: kudos.id, content: 'Great launch', is_anonymous: false });
    expect(lastOutbox('kudos').receivers).toContain(manager);
  });

  it('Log Activity posts to the hook without the API key', async () => {
    const { manager } = sandbox.state.demo;
    await act('push_activity', { custom_type: 'deployment', message: 'Deployed v2.1.0', link: 'https://example.com/r/2.1.0', user: user(manager).email });
    expect(lastOutbox('activity')).toMatchObject({ custom_type: 'deployment', user: manager, link: 'https://example.com/r/2.1.0' });
    const hookRequests = sandbox.state.requests.filter((r) => r.path.startsWith('/activity/'));
    expect(hookRequests).toHaveLength(1);
    expect(hookRequests[0]?.headers['x-api-key']).toBeUndefined();
  });

  it('Log Activity says when the hook does not know the person', async () => {
    await expect(act('push_activity', { custom_type: 'deployment', message: 'x', user: 'nobody@nowhere.example' })).rejects.toThrow(
      /no user “nobody@nowhere\.example”/,
    );
  });

  it('creates, updates, reminds about and deletes a check-in', async () => {
    const { standupTemplate, manager } = sandbox.state.demo;
    const created = await act('create_checkin', {
      name: 'Zap standup',
      template: standupTemplate,
      active: 'true',
      send_reports_one_by_one: 'false',
      start_on: sandbox.state.today(),
      frequency_on_days: 'Mon, Wed, Fri',
      custom_trigger_time: '08:30',
      reminders_max_count: '2',
      reminders_trigger_condition: 'fixed_frequency',
      reminders_frequency_time: '30',
    });
    const id = created.id as string;
    expect(sandbox.state.checkin(id)).toMatchObject({ name: 'Zap standup', frequency_on_days: [1, 3, 5], custom_trigger_time: '08:30:00', reminders_max_count: 2 });

    const updated = await act('update_checkin', { checkin: id, active: 'false', name: 'Zap standup (paused)' });
    expect(updated).toMatchObject({ id, active: false, name: 'Zap standup (paused)', reminders_max_count: 2 });

    await act('update_checkin', { checkin: id, active: 'true' });
    const reminder = await act('send_checkin_reminder', { checkin: sandbox.state.demo.standup, users: [user(manager).email] });
    expect(reminder.detail).toEqual(expect.any(String));

    await expect(act('delete_checkin', { checkin: id })).resolves.toEqual({ id, uuid: id, deleted: true });
    expect(sandbox.state.checkins.has(id)).toBe(false);
    await expect(act('delete_checkin', { checkin: id })).rejects.toThrow(/deleted already/);
  });

  it('adds people to a team and removes one', async () => {
    const { engineeringTeam } = sandbox.state.demo;
    const outsider = [...sandbox.state.users.values()].find((u) => u.is_active && !sandbox.state.team(engineeringTeam).members.has(u.uuid));
    if (!outsider) throw new Error('everyone is in Engineering');
    await act('add_team_member', { team: engineeringTeam, users: [outsider.email] });
    expect(sandbox.state.team(engineeringTeam).members.has(outsider.uuid)).toBe(true);
    await act('remove_team_member', { team: engineeringTeam, user: outsider.full_name });
    expect(sandbox.state.team(engineeringTeam).members.has(outsider.uuid)).toBe(false);
  });

  it('updates a user’s profile with only the fields filled in', async () => {
    const { manager } = sandbox.state.demo;
    const before = { ...user(manager) };
    const result = await act('update_user', { user: before.email, timezone: 'Europe/Madrid', work_days: '1,2,3,4', hour_init_work: '08:00' });
    expect(user(manager)).toMatchObject({ timezone: 'Europe/Madrid', work_days: [1, 2, 3, 4], work_start_time: '08:00:00', full_name: before.full_name });
    expect(result).toMatchObject({ uuid: manager, timezone: 'Europe/Madrid', updated_fields: ['timezone', 'work_days', 'hour_init_work'] });
  });
});
