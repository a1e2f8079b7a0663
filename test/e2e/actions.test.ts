/**
 * Every action against the sandbox over real sockets, checked where it lands: the sandbox's outbox
 * (what DailyBot sent) and its organization (the check-in exists, the member is in the team, the
 * user changed). People are given as DailyBot users are in Zaps: by email, by full name, by ID.
 */
import { createSteps } from '../../src/creates';
import { calls, FORM_RESPONSE_STEPS, ISSUE_13_STEPS, outboxOf, person, STANDUP_STEPS, useHarness } from './support';

const harness = useHarness();

const tested = new Set<string>();
/** Registers the action a test covers, so the last test can check all of them were. */
const action = (key: string): string => {
  tested.add(key);
  return key;
};

/** Every request to the API carried the key; none other did. */
const expectKeyOnlyToTheApi = (requests: ReadonlyArray<{ path: string; headers: Record<string, unknown> }>, apiKey: string) => {
  for (const r of requests) {
    if (r.path.startsWith('/v1/')) expect(r.headers['x-api-key']).toBe(apiKey);
    else expect(r.headers).not.toHaveProperty('x-api-key');
  }
};

describe('messaging', () => {
  it('send_message: people by email and name, a team, a channel and buttons; one user listing; people on time off skipped', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const priya = person(h, 'Priya Natarajan');
    const sam = person(h, 'Sam Okafor');
    const hannah = person(h, 'Hannah Schmidt'); // on time off this week
    const run = await h.create(action('send_message'), {
      message: 'Release 2.4 is out 🎉',
      target_users: [priya.email, 'sam okafor', hannah.email],
      target_teams: [state.demo.engineeringTeam],
      target_channels: 'C0ENGSTANDUP',
      buttons: [{ label: 'Release notes', value: '/notes 2.4' }],
      skip_users_on_time_off: 'true',
    });

    expect(calls(run.requests)).toEqual(['GET /v1/users/', 'POST /v1/send-message/']);
    expectKeyOnlyToTheApi(run.requests, h.sandbox.apiKey);
    const [sent, ...more] = outboxOf(h, 'message');
    expect(more).toEqual([]);
    expect(sent).toMatchObject({
      message: 'Release 2.4 is out 🎉',
      target_users: [priya.uuid, sam.uuid, hannah.uuid],
      target_teams: [state.demo.engineeringTeam],
      target_channels: [{ id: 'C0ENGSTANDUP', is_channel_message: true }],
      buttons: [{ label: 'Release notes', value: '/notes 2.4', button_type: 'Command', label_after_click: 'Release notes' }],
      skipped_on_time_off: [hannah.uuid],
      edited: false,
    });
    const engineers = [...state.team(state.demo.engineeringTeam).members].filter((uuid) => state.users.get(uuid)!.is_active && uuid !== hannah.uuid);
    expect(new Set(sent!.recipients)).toEqual(new Set([priya.uuid, sam.uuid, ...engineers]));
    expect(run.output).toMatchObject({ bot_message_id: sent!.bot_message_id, target_users: [priya.uuid, sam.uuid, hannah.uuid] });
  });

  it('send_message: buttons that run a workflow and open a form, picked from their dropdowns; a link sent normalized', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const workflows = await h.run<Array<{ id: string; name: string }>>(h.fn('triggers', 'list_workflows'), { meta: { page: 0 } } as never);
    const forms = await h.run<Array<{ id: string; name: string }>>(h.fn('triggers', 'list_forms'), { meta: { page: 0 } } as never);
    const workflow = workflows.output.find((w) => w.id === state.demo.vacationWorkflow)!;
    const form = forms.output[0]!;
    await h.create('send_message', {
      message: 'Vacation season: plan yours',
      target_channels: ['C0ENGSTANDUP'],
      buttons: [
        { label: 'Notify the calendar', workflow: workflow.id },
        { label: 'Request time off', button_type: 'Form', form: form.id, value: 'vacation' },
        { label: 'Policy', url: 'HTTPS://Intranet.EXAMPLE.com/vacation policy'.replace(' ', '%20') },
      ],
    });
    const [sent] = outboxOf(h, 'message');
    expect(sent!.buttons).toEqual([
      { label: 'Notify the calendar', button_type: 'interactive', value: 'Notify the calendar', callback_workflow: workflow.id },
      { label: 'Request time off', button_type: 'interactive', value: 'vacation', callback_form: form.id },
      { label: 'Policy', button_type: 'link', url: 'https://intranet.example.com/vacation%20policy' },
    ]);
  });

  it('send_message: a button whose workflow DailyBot cannot run from a button (inactive) is refused by DailyBot, said plainly', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const error = (await h
      .create('send_message', { message: 'Deploy?', target_channels: ['C0ENGSTANDUP'], buttons: [{ label: 'Deploy', workflow: state.demo.frozenWorkflow }] })
      .catch((e: Error) => e)) as Error;
    expect(error.message).toContain('(DailyBot code: button_callback_workflow_not_found)');
    expect(error.message).toContain('start “When triggered via API or button” and be active');
    expect(outboxOf(h, 'message')).toEqual([]);
  });

  it('send_message: a recipient named by their chat-platform user ID is passed on as it is, with no user listing', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const chatId = h.sandbox.state.users.get(priya.uuid)!.external_id;
    const run = await h.create('send_message', { message: 'Hi Priya', target_users: [chatId] });
    expect(calls(run.requests)).toEqual(['POST /v1/send-message/']);
    const [sent] = outboxOf(h, 'message');
    expect(sent).toMatchObject({ recipients: [priya.uuid] });
    expect(run.output).toMatchObject({ target_users: [chatId] });
  });

  it('update_message edits the message Send Message sent, mapped from its output (same ID, same targets)', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const first = await h.create<Record<string, unknown>>('send_message', { message: 'Deploying…', target_users: [priya.email], target_channels: ['C0ENGSTANDUP'] });
    const run = await h.create(action('update_message'), {
      bot_message_id: first.output.bot_message_id,
      message: 'Deployed ✅',
      target_users: first.output.target_users,
      target_channels: first.output.target_channels,
      buttons: [{ label: 'Release notes', url: 'https://example.com/notes' }],
    });
    // the mapped UUIDs need no lookup
    expect(calls(run.requests)).toEqual(['POST /v1/send-message/']);
    expect(outboxOf(h, 'message').map((m) => [m.bot_message_id, m.edited, m.message])).toEqual([
      [first.output.bot_message_id, false, 'Deploying…'],
      [first.output.bot_message_id, true, 'Deployed ✅'],
    ]);
    expect(run.output).toMatchObject({ bot_message_id: first.output.bot_message_id, target_users: [priya.uuid], target_channels: ['C0ENGSTANDUP'] });
  });

  it('send_message: thread replies with their IDs, a Link and a Command button, a channel picked from list_channels', async () => {
    const h = harness();
    const channels = await h.run<Array<{ id: string; name: string }>>(h.fn('triggers', 'list_channels'), { meta: { page: 0 } } as never);
    expect(calls(channels.requests)).toEqual(['GET /v1/report-channels/']);
    const releases = channels.output.find((c) => c.name === '#releases (Slack)')!;
    const run = await h.create('send_message', {
      message: '🚀 Release v2.4 shipped',
      target_channels: [releases.id],
      thread_responses: ['Changelog: fixes, speed-ups', 'Rollout: 100% at 14:30 UTC'],
      buttons: [{ label: 'Open report', url: 'https://ci.example.com/421' }, { label: 'Standup', button_type: 'Command', value: '/standup' }],
    });
    const [sent] = outboxOf(h, 'message');
    expect(sent!.buttons).toEqual([
      { label: 'Open report', button_type: 'link', url: 'https://ci.example.com/421' },
      { label: 'Standup', button_type: 'Command', value: '/standup', label_after_click: 'Standup' },
    ]);
    expect(run.output).toMatchObject({
      bot_message_id: sent!.bot_message_id,
      thread_response_ids: sent!.thread_responses.map((r) => r.bot_message_id),
      target_channels: [releases.id],
    });
    expect(sent!.thread_responses.map((r) => r.message)).toEqual(['Changelog: fixes, speed-ups', 'Rollout: 100% at 14:30 UTC']);
  });

  it('update_message: a thread reply can be edited too; past 72 hours the edit fails with a clear message', async () => {
    const h = harness();
    const sent = await h.create<{ bot_message_id: string; thread_response_ids: string[] }>('send_message', {
      message: 'Deploying…',
      target_channels: 'C0ENGSTANDUP',
      thread_responses: ['Started at 14:00 UTC'],
    });
    const [reply] = sent.output.thread_response_ids;
    await h.create('update_message', { bot_message_id: reply, message: 'Started at 14:00 UTC (took 6 min)', target_channels: 'C0ENGSTANDUP' });
    expect(outboxOf(h, 'message').at(-1)).toMatchObject({ bot_message_id: reply, edited: true });
    h.sandbox.state.ageMessage(sent.output.bot_message_id, 73);
    const mark = h.mark();
    const error = await h.create('update_message', { bot_message_id: sent.output.bot_message_id, message: 'Done ✅', target_channels: 'C0ENGSTANDUP' }).catch((e: Error) => e);
    expect(calls(h.requestsSince(mark))).toEqual(['POST /v1/send-message/']);
    expect(String((error as Error).message)).toContain('within 72 hours');
    expect(String((error as Error).message)).toContain('message_edit_window_expired');
  });

  it('ask_in_chat: send → a click in chat → performResume gives the answer and who clicked', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const ask = await h.createWaiting<{ bot_message_id: string; question_id: string }>(action('ask_in_chat'), {
      message: 'Sam reported a blocker. Can you help?',
      target_users: [priya.email],
      choices: ['Yes', 'Not now'],
    });
    expect(calls(ask.requests)).toEqual(['GET /v1/users/', 'POST /v1/send-message/']);
    const [sent] = outboxOf(h, 'message');
    expect(sent!.buttons).toEqual([
      { label: 'Yes', button_type: 'interactive', value: `${ask.output.question_id}:1`, callback_url: ask.callbackUrl },
      { label: 'Not now', button_type: 'interactive', value: `${ask.output.question_id}:2`, callback_url: ask.callbackUrl },
    ]);
    const click = await h.sandbox.state.clickButton(ask.output.bot_message_id, { button: 'Yes' });
    expect(click.callback_status).toBe(200);
    const [callback] = await h.hook.waitFor(1, { url: ask.callbackUrl });
    const answer = await h.resume('ask_in_chat', ask, callback!);
    expect(answer.requests).toEqual([]);
    expect(answer.output).toMatchObject({
      answer: 'Yes',
      answer_number: 1,
      answered_by_uuid: priya.uuid,
      answered_by_name: 'Priya Natarajan',
      answered_by_email: priya.email,
      question: 'Sam reported a blocker. Can you help?',
    });
  });

  it('ask_in_chat: a click on another question’s button is refused, not taken as an answer', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const first = await h.createWaiting<{ bot_message_id: string }>('ask_in_chat', { message: 'Deploy?', target_users: [priya.uuid], choices: ['Yes', 'No'] });
    const second = await h.createWaiting<{ bot_message_id: string }>('ask_in_chat', { message: 'Lunch?', target_users: [priya.uuid], choices: ['Yes', 'No'] });
    await h.sandbox.state.clickButton(first.output.bot_message_id, { button: 'No' });
    const [callback] = await h.hook.waitFor(1, { url: first.callbackUrl });
    // the first question's click handed to the second run
    const error = await h.resume('ask_in_chat', second, callback!).catch((e: Error) => e);
    expect(String((error as Error).message)).toContain('ask_in_chat_unknown_answer');
  });

  it('send_email: recipients by email and name become their IDs', async () => {
    const h = harness();
    const alex = person(h, 'Alex Rivera');
    const mei = person(h, 'Mei Chen');
    const run = await h.create(action('send_email'), { users: `${alex.email}, Mei Chen`, email_subject: 'Quarterly review', email_content: '<p>See you Friday.</p>' });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', 'POST /v1/send-email/']);
    expect(outboxOf(h, 'email')).toEqual([
      expect.objectContaining({ recipients: [alex.uuid, mei.uuid], email_subject: 'Quarterly review', email_content: '<p>See you Friday.</p>' }),
    ]);
    expect(run.output).toMatchObject({ email_subject: 'Quarterly review', users_uuids: [alex.uuid, mei.uuid] });
  });

  it('give_kudos: a person and a team, with a company value; DailyBot records them and gives their ID', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const sam = person(h, 'Sam Okafor');
    const product = [...state.teams.values()].find((t) => t.name === 'Product')!;
    const run = await h.create(action('give_kudos'), { receivers: [sam.email], team_receivers: [product.uuid], content: 'Great launch!', company_value: 'Teamwork' });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', 'POST /v1/kudos/']);

    const kudos = state.kudos.at(-1)!;
    expect(kudos).toMatchObject({ giver: state.demo.owner, content: 'Great launch!', company_value: { name: 'Teamwork' }, is_anonymous: false });
    const productMembers = [...product.members].filter((uuid) => state.users.get(uuid)!.is_active && uuid !== state.demo.owner);
    expect(new Set(kudos.receivers)).toEqual(new Set([sam.uuid, ...productMembers]));
    expect(outboxOf(h, 'kudos')).toEqual([expect.objectContaining({ kudos_id: kudos.id, content: 'Great launch!' })]);
    expect(run.output).toMatchObject({ id: kudos.id, content: 'Great launch!', giver_uuid: state.demo.owner, giver_full_name: 'Alex Rivera' });
  });

  it('push_activity: posts to the Activity Hook URL, which never gets the API key', async () => {
    const h = harness();
    const mei = person(h, 'Mei Chen');
    const run = await h.create(action('push_activity'), {
      custom_type: 'deployment',
      message: 'Deployed the billing service',
      user: mei.email,
      link: 'https://ci.acme-robotics.example/builds/981',
    });
    expect(run.requests).toHaveLength(1);
    const [hookRequest] = run.requests;
    expect(`${h.sandbox.url}${hookRequest!.path}`).toBe(h.sandbox.activityHookUrl);
    expect(hookRequest!.headers).not.toHaveProperty('x-api-key');
    expect(hookRequest!.body).toEqual({
      custom_type: 'deployment',
      message: 'Deployed the billing service',
      link: 'https://ci.acme-robotics.example/builds/981',
      user_email: mei.email,
    });
    expect(outboxOf(h, 'activity')).toEqual([
      expect.objectContaining({ custom_type: 'deployment', message: 'Deployed the billing service', user: mei.uuid, link: 'https://ci.acme-robotics.example/builds/981' }),
    ]);
    expect(JSON.stringify(run.output)).not.toContain(h.sandbox.state.activityToken);
  });

  it('open_conversation: a group conversation with the people named', async () => {
    const h = harness();
    const priya = person(h, 'Priya Natarajan');
    const lucas = person(h, 'Lucas Moreau');
    const run = await h.create(action('open_conversation'), { users: [priya.email, 'Lucas Moreau'] });
    const [conversation] = outboxOf(h, 'conversation');
    expect(conversation).toMatchObject({ users: [priya.uuid, lucas.uuid].sort() });
    expect(run.output).toMatchObject({ channel: conversation!.channel, users_uuids: [priya.uuid, lucas.uuid] });

    // its “Group Conversation for Messages”, mapped into Send Message and Update Message, reaches DailyBot as a group chat
    const group = (run.output as { group_chat: string }).group_chat;
    expect(group).toBe(`group_chat:${conversation!.channel}`);
    const sent = await h.create<Record<string, unknown>>('send_message', { message: 'Kick-off in 5', target_channels: [group, 'C0ENGSTANDUP'] });
    await h.create('update_message', { bot_message_id: sent.output.bot_message_id, message: 'Kick-off now', target_channels: sent.output.target_channels });
    expect(outboxOf(h, 'message').map((m) => m.target_channels)).toEqual([
      [{ id: conversation!.channel, channel_type: 'group_chat' }, { id: 'C0ENGSTANDUP', is_channel_message: true }],
      [{ id: conversation!.channel, channel_type: 'group_chat' }, { id: 'C0ENGSTANDUP', is_channel_message: true }],
    ]);
    expect(sent.output.target_channels).toEqual([group, 'C0ENGSTANDUP']);
  });
});

describe('check-ins', () => {
  it('create_checkin: the check-in exists with the settings given', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const run = await h.create(action('create_checkin'), {
      name: 'Design crit',
      template: state.demo.standupTemplate,
      frequency_on_days: ['1', 'Wednesday'],
      custom_trigger_time: '09:30',
      reminders_max_count: '2',
      is_anonymous: 'false',
      start_on: '2030-01-07',
    });
    expect(calls(run.requests)).toEqual(['POST /v1/checkins/']);
    const created = state.checkins.get(String(run.output.uuid));
    expect(created).toMatchObject({
      name: 'Design crit',
      template: state.demo.standupTemplate,
      frequency_on_days: [1, 3],
      custom_trigger_time: '09:30:00',
      reminders_max_count: 2,
      is_anonymous: false,
      start_on: '2030-01-07',
    });
    expect(run.output).toMatchObject({ name: 'Design crit', frequency_on_days: [1, 3], custom_trigger_time: '09:30:00', reminders_max_count: 2 });
  });

  it('update_checkin: only the fields filled in change', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const before = { ...state.checkin(state.demo.standup) };
    const run = await h.create(action('update_checkin'), { checkin: state.demo.standup, name: 'Daily Standup (EMEA)', active: 'false' });
    expect(calls(run.requests)).toEqual([`PATCH /v1/checkins/${state.demo.standup}/`]);
    expect(run.requests[0]!.body).toEqual({ name: 'Daily Standup (EMEA)', active: false });
    expect(state.checkin(state.demo.standup)).toMatchObject({ ...before, name: 'Daily Standup (EMEA)', active: false });
    expect(run.output).toMatchObject({ uuid: state.demo.standup, name: 'Daily Standup (EMEA)', active: false });
  });

  it('delete_checkin: the check-in is gone', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const created = await h.create('create_checkin', { name: 'Temporary', template: state.demo.standupTemplate });
    const id = String(created.output.uuid);
    expect(state.checkins.has(id)).toBe(true);
    const run = await h.create(action('delete_checkin'), { checkin: id });
    expect(calls(run.requests)).toEqual([`DELETE /v1/checkins/${id}/`]);
    expect(state.checkins.has(id)).toBe(false);
    expect(run.output).toEqual({ id, uuid: id, deleted: true });
  });

  it('send_checkin_reminder: emails go as emails, names are looked up; without people, everyone pending is reminded', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const sam = person(h, 'Sam Okafor');
    const mei = person(h, 'Mei Chen');
    const named = await h.create(action('send_checkin_reminder'), { checkin: state.demo.standup, users: [sam.email, 'Mei Chen'] });
    expect(calls(named.requests)).toEqual(['GET /v1/users/', `POST /v1/checkins/${state.demo.standup}/send-reminders/`]);
    expect(named.requests[1]!.body).toEqual({ users_uuids: [mei.uuid], users_emails: [sam.email] });
    // who was reminded, as far as the run knows them: Mei looked up by name, Sam's email as typed
    expect(named.output).toMatchObject({ users: [{ uuid: mei.uuid, email: mei.email, full_name: 'Mei Chen' }, { email: sam.email }], reminded: `Mei Chen, ${sam.email}` });
    const everyone = await h.create('send_checkin_reminder', { checkin: state.demo.standup });
    expect(calls(everyone.requests)).toEqual([`POST /v1/checkins/${state.demo.standup}/send-reminders/`]);

    const [first, second] = outboxOf(h, 'reminder');
    expect(new Set(first!.recipients)).toEqual(new Set([sam.uuid, mei.uuid]));
    // the app names no sender: the reminder comes from DailyBot
    expect(first).toMatchObject({ checkin: state.demo.standup, date: state.today(), triggered_by: null });
    const today = state.today();
    const answered = new Set([...state.responses.values()].filter((r) => r.checkin === state.demo.standup && r.date === today).map((r) => r.user));
    const pending = state.checkin(state.demo.standup).participants.filter((uuid) => !answered.has(uuid) && state.users.get(uuid)!.is_active);
    expect(new Set(second!.recipients)).toEqual(new Set(pending));
    expect(everyone.output).toMatchObject({ everyone_pending: true, checkin_uuid: state.demo.standup });
  });
});

describe('people and teams', () => {
  it('add_team_member: the people are members afterwards', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const team = state.team(state.demo.engineeringTeam);
    const newcomers = [...state.users.values()].filter((u) => u.is_active && !team.members.has(u.uuid)).slice(0, 2);
    expect(newcomers).toHaveLength(2);
    const run = await h.create(action('add_team_member'), { team: team.uuid, users: [newcomers[0]!.email, newcomers[1]!.full_name] });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', `POST /v1/teams/${team.uuid}/member/`]);
    expect(run.requests[1]!.body).toEqual({ members: newcomers.map((u) => ({ uuid: u.uuid, platform: 'dailybot' })) });
    for (const user of newcomers) expect(team.members.has(user.uuid)).toBe(true);
    expect(run.output).toMatchObject({ team_uuid: team.uuid, users_uuids: newcomers.map((u) => u.uuid) });
  });

  it('remove_team_member: the person is no longer a member', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const team = state.team(state.demo.engineeringTeam);
    const sam = person(h, 'Sam Okafor');
    expect(team.members.has(sam.uuid)).toBe(true);
    const run = await h.create(action('remove_team_member'), { team: team.uuid, user: 'Sam Okafor' });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', `DELETE /v1/teams/${team.uuid}/member/${sam.uuid}/`]);
    expect(team.members.has(sam.uuid)).toBe(false);
    expect(run.output).toMatchObject({ team_uuid: team.uuid, user_uuid: sam.uuid, user_email: sam.email });
  });

  it('update_user: the user’s fields change, the others stay', async () => {
    const h = harness();
    const { state } = h.sandbox;
    const mei = person(h, 'Mei Chen');
    const before = { ...mei };
    const run = await h.create(action('update_user'), {
      user: mei.email,
      occupation: 'Staff Frontend Engineer',
      timezone: 'Europe/Madrid',
      work_days: ['Monday', 'Tuesday', 'Thursday'],
      hour_init_work: '08:30',
      timeoff_start: '2030-08-01',
      timeoff_end: '2030-08-15',
    });
    expect(calls(run.requests)).toEqual(['GET /v1/users/', `PATCH /v1/users/${mei.uuid}/`]);
    expect(state.users.get(mei.uuid)).toEqual({
      ...before,
      occupation: 'Staff Frontend Engineer',
      timezone: 'Europe/Madrid',
      work_days: [1, 2, 4],
      work_start_time: '08:30:00',
      timeoff_start: '2030-08-01',
      timeoff_end: '2030-08-15',
    });
    expect(run.output).toMatchObject({ uuid: mei.uuid, occupation: 'Staff Frontend Engineer', timezone: 'Europe/Madrid', work_days: [1, 2, 4] });
    expect(run.output.updated_fields).toEqual(expect.arrayContaining(['occupation', 'timezone', 'work_days', 'hour_init_work', 'timeoff_start', 'timeoff_end']));
  });
});

it('covers every action of the app', () => {
  // issue 13's steps are tested in forms.test.ts, version 3's form response steps in form-responses.test.ts, issue 20's in v3.test.ts
  expect([...tested, ...[...ISSUE_13_STEPS, ...FORM_RESPONSE_STEPS, ...STANDUP_STEPS].filter((key) => createSteps.some((step) => step.default.key === key))].sort()).toEqual(createSteps.map((step) => step.default.key).sort());
});
