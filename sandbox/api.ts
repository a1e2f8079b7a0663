/**
 * DailyBot's public API under `/v1/` (seeds 001–003, dailybot-api-notes.md §2), and the Activity Hook.
 *
 * Each route checks the request as DailyBot documents it, asks the state to do the work, and answers
 * with the documented shape (views.ts). Every `/v1/` route needs `X-API-KEY`; paths end with a slash,
 * as DailyBot's do (a path without it is a 404).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';

import { BodyCheck, EMAIL_PATTERN, UUID_PATTERN, isPlainObject } from './checks';
import { ApiError, badRequest, invalid, notFound, usersNotFound } from './errors';
import type { Checkin, User } from './model';
import { paginate, queryFlag, queryParam } from './paging';
import type { CheckinFields, SandboxState } from './state';
import { isDate } from './time';
import {
  checkinView,
  checkinWriteView,
  formResponseBody,
  formView,
  kudosView,
  meView,
  organizationView,
  responseView,
  teamView,
  templateView,
  userView,
} from './views';
import { EVENTS, isEventName, type EventName } from './webhooks';

type Params<K extends string> = { Params: Record<K, string> };

/** The key owner of each authenticated request. */
const viewers = new WeakMap<FastifyRequest, User>();

const viewer = (req: FastifyRequest): User => {
  const user = viewers.get(req);
  if (!user) throw new Error('route reached without authentication');
  return user;
};

const header = (req: FastifyRequest, name: string): string | undefined => {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
};

// ── Check-in settings, shared by POST and PATCH ─────────────────────────────────────────────────

const CHECKIN_FIELDS = [
  'name',
  'template',
  'active',
  'is_anonymous',
  // The docs spell these two both ways; either is accepted.
  'send_reports_one_by_one',
  'send_report_one_by_one',
  'allow_edit_permissions',
  'allow_edit_permission',
  'use_user_defined_work_days',
  'start_on',
  'can_be_edited',
  'reporting_metadata',
  'custom_trigger_time',
  'reminders_max_count',
  'reminders_trigger_condition',
  'reminders_frequency_time',
  'frequency',
  'frequency_on_days',
  'end_on',
  'is_trigger_based',
  'custom_template_intro',
  'custom_template_outro',
] as const;

const readCheckin = (state: SandboxState, body: unknown, creating: boolean, current?: Checkin): CheckinFields => {
  const check = new BodyCheck(body, CHECKIN_FIELDS);
  const fields: CheckinFields = {
    name: check.string('name', { required: creating }) ?? undefined,
    template: check.string('template', { required: creating }) ?? undefined,
    active: check.boolean('active') ?? undefined,
    is_anonymous: check.boolean('is_anonymous') ?? undefined,
    send_report_one_by_one: check.boolean('send_reports_one_by_one') ?? check.boolean('send_report_one_by_one') ?? undefined,
    allow_edit_permission: check.string('allow_edit_permissions') ?? check.string('allow_edit_permission') ?? undefined,
    use_user_defined_work_days: check.boolean('use_user_defined_work_days') ?? undefined,
    start_on: check.date('start_on') ?? undefined,
    can_be_edited: check.boolean('can_be_edited') ?? undefined,
    custom_trigger_time: check.time('custom_trigger_time', { nullable: true }),
    reminders_max_count: check.integer('reminders_max_count', { min: 0, max: 3 }) ?? undefined,
    reminders_trigger_condition: check.choice('reminders_trigger_condition', ['smart_frequency', 'fixed_frequency'] as const) ?? undefined,
    reminders_frequency_time: check.integer('reminders_frequency_time', { min: 1, max: 1440 }) ?? undefined,
    frequency: check.integer('frequency', { min: 1, max: 52 }) ?? undefined,
    frequency_on_days: check.weekdays('frequency_on_days') ?? undefined,
    end_on: check.date('end_on', { nullable: true }),
    is_trigger_based: check.boolean('is_trigger_based') ?? undefined,
    custom_template_intro: check.string('custom_template_intro', { nullable: true, blank: true, maxLength: 2000 }),
    custom_template_outro: check.string('custom_template_outro', { nullable: true, blank: true, maxLength: 2000 }),
  };
  if (fields.name && fields.name.length > 255) check.fail('name', 'Ensure this field has no more than 255 characters.');
  if (fields.frequency_on_days?.length === 0) check.fail('frequency_on_days', 'Choose at least one day.');
  const channels = check.list('reporting_metadata');
  if (channels) {
    if (channels.some((c) => !isPlainObject(c) || typeof c.id !== 'string')) check.fail('reporting_metadata', 'Each channel needs an "id".');
    else fields.reporting_metadata = channels.map((c) => c as { type: string; id: string; name: string });
  }
  if (fields.template !== undefined) {
    const template = state.templates.get(fields.template.toLowerCase());
    if (!template || template.type !== 'checkins') check.fail('template', `Invalid pk "${fields.template}" - object does not exist.`);
    else fields.template = template.uuid;
  }
  const start = fields.start_on ?? current?.start_on;
  const end = fields.end_on === undefined ? current?.end_on : fields.end_on;
  if (start && end && end < start) check.fail('end_on', 'The end date must be on or after the start date.');
  check.done();
  return fields;
};

// ── Users ───────────────────────────────────────────────────────────────────────────────────────

const USER_FIELDS = [
  'full_name',
  'occupation',
  'birth_date',
  'is_active',
  'bot_enabled',
  'timezone',
  'work_days',
  'timeoff_start',
  'timeoff_end',
  'hour_init_work',
] as const;

const userParam = (state: SandboxState, uuid: string): User => {
  const user = UUID_PATTERN.test(uuid) ? state.users.get(uuid.toLowerCase()) : undefined;
  if (!user) throw notFound();
  return user;
};

// ── Routes ──────────────────────────────────────────────────────────────────────────────────────

export const apiRoutes = (state: SandboxState) => async (app: FastifyInstance) => {
  // Authentication comes first (before the body is read), as in DailyBot.
  app.addHook('onRequest', async (req) => {
    const result = state.authenticate(header(req, 'x-api-key'));
    if ('error' in result) throw new ApiError(403, result.error);
    viewers.set(req, result.user);
  });

  // ── Me and organization
  app.get('/me/', async (req) => meView(viewer(req), state.org, queryFlag(req, 'include_email')));
  app.get('/organization/', async () => organizationView(state.org));

  // ── Users
  app.get('/users/', async (req) => {
    const withEmail = queryFlag(req, 'include_email');
    return paginate(req, [...state.users.values()], (u) => userView(u, state.org, withEmail));
  });
  app.get<Params<'uuid'>>('/users/:uuid/', async (req) => userView(userParam(state, req.params.uuid), state.org, queryFlag(req, 'include_email')));
  /** Documented answer: none (an empty 200). */
  app.patch<Params<'uuid'>>('/users/:uuid/', async (req, reply) => {
    const user = userParam(state, req.params.uuid);
    const check = new BodyCheck(req.body, USER_FIELDS);
    const patch = {
      full_name: check.string('full_name', { maxLength: 150 }) ?? undefined,
      occupation: check.string('occupation', { blank: true, maxLength: 150 }) ?? undefined,
      birth_date: check.monthDay('birth_date', { nullable: true }),
      is_active: check.boolean('is_active') ?? undefined,
      bot_enabled: check.boolean('bot_enabled') ?? undefined,
      timezone: check.timeZone('timezone') ?? undefined,
      work_days: check.weekdays('work_days') ?? undefined,
      timeoff_start: check.date('timeoff_start', { nullable: true }),
      timeoff_end: check.date('timeoff_end', { nullable: true }),
      work_start_time: check.time('hour_init_work') ?? undefined,
    };
    const start = patch.timeoff_start === undefined ? user.timeoff_start : patch.timeoff_start;
    const end = patch.timeoff_end === undefined ? user.timeoff_end : patch.timeoff_end;
    if (start && end && end < start) check.fail('timeoff_end', 'The time off must end on or after its start.');
    check.done();
    state.updateUser(user.uuid, patch);
    return reply.code(200).send();
  });

  // ── Teams
  app.get('/teams/', async (req) => paginate(req, [...state.teams.values()], teamView));
  app.get<Params<'uuid'>>('/teams/:uuid/', async (req) => teamView(state.team(req.params.uuid.toLowerCase())));
  app.get<Params<'uuid'>>('/teams/:uuid/members/', async (req) => {
    const team = state.team(req.params.uuid.toLowerCase());
    const withEmail = queryFlag(req, 'include_email');
    return paginate(req, [...team.members].map((uuid) => state.users.get(uuid)!), (u) => userView(u, state.org, withEmail));
  });
  /** `{members: [{uuid, platform: "dailybot"}]}`; documented answer: no body, 200. */
  app.post<Params<'uuid'>>('/teams/:uuid/member/', async (req, reply) => {
    const team = state.team(req.params.uuid.toLowerCase());
    const check = new BodyCheck(req.body, ['members']);
    const members = check.list('members', { required: true, allowEmpty: false });
    if (members?.some((m) => !isPlainObject(m) || typeof m.uuid !== 'string' || m.platform !== 'dailybot')) {
      check.fail('members', 'Each member needs a "uuid" and "platform": "dailybot".');
    }
    check.done();
    const users = state.usersByUuid((members as Array<{ uuid: string }>).map((m) => m.uuid));
    state.addTeamMembers(team.uuid, users);
    return reply.code(200).send();
  });
  app.delete<Params<'uuid' | 'user'>>('/teams/:uuid/member/:user/', async (req, reply) => {
    state.removeTeamMember(req.params.uuid.toLowerCase(), req.params.user);
    return reply.code(204).send();
  });

  // ── Check-ins
  const summaryFor = (req: FastifyRequest) => {
    if (!queryFlag(req, 'include_summary')) return undefined;
    const date = queryParam(req, 'date') ?? state.today();
    if (!isDate(date)) throw invalid({ date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] });
    return (c: Checkin) => state.summary(c, date, viewer(req));
  };
  app.get('/checkins/', async (req) => {
    const summary = summaryFor(req);
    return paginate(req, [...state.checkins.values()], (c) => checkinView(c, summary?.(c)));
  });
  app.get<Params<'id'>>('/checkins/:id/', async (req) => {
    const checkin = state.checkin(req.params.id.toLowerCase());
    return checkinView(checkin, summaryFor(req)?.(checkin));
  });
  app.post('/checkins/', async (req, reply) => {
    const fields = readCheckin(state, req.body, true);
    const checkin = state.createCheckin({ ...fields, name: fields.name!, template: fields.template! }, viewer(req));
    return reply.code(201).send(checkinWriteView(checkin));
  });
  app.patch<Params<'id'>>('/checkins/:id/', async (req) => {
    const checkin = state.checkin(req.params.id.toLowerCase());
    return checkinWriteView(state.updateCheckin(checkin.id, readCheckin(state, req.body, false, checkin)));
  });
  app.delete<Params<'id'>>('/checkins/:id/', async (req, reply) => {
    state.deleteCheckin(req.params.id.toLowerCase());
    return reply.code(204).send();
  });

  /** `date_start`/`date_end` default to today; `user` filters by UUID only. */
  app.get<Params<'id'>>('/checkins/:id/responses/', async (req) => {
    const checkin = state.checkin(req.params.id.toLowerCase());
    const today = state.today();
    const start = queryParam(req, 'date_start') || today;
    const end = queryParam(req, 'date_end') || today;
    const errors: Record<string, string[]> = {};
    for (const [name, value] of [['date_start', start], ['date_end', end]] as const) {
      if (!isDate(value)) errors[name] = ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'];
    }
    if (Object.keys(errors).length > 0) throw invalid(errors);
    if (end < start) throw badRequest('invalid_date_range', 'date_start must be on or before date_end.');
    const user = queryParam(req, 'user');
    if (user !== undefined && user !== '' && !UUID_PATTERN.test(user)) {
      throw badRequest('invalid_user_identifier', 'The user filter takes a user UUID.');
    }
    const template = state.template(checkin.template);
    const items = state.listResponses(checkin.id, start, end, user ? user.toLowerCase() : undefined);
    return paginate(req, items, (r) => responseView(r, template, state.users.get(r.user)));
  });

  app.post<Params<'id'>>('/checkins/:id/send-reminders/', async (req) => {
    const checkin = state.checkin(req.params.id.toLowerCase());
    const check = new BodyCheck(req.body, ['users_uuids', 'users_emails', 'reminder_triggered_by_user', 'is_reminder_triggered_by_me', 'date']);
    const uuids = check.strings('users_uuids') ?? [];
    const emails = check.strings('users_emails') ?? [];
    const by = check.string('reminder_triggered_by_user');
    const byMe = check.boolean('is_reminder_triggered_by_me');
    const date = check.date('date') ?? undefined;
    if (emails.some((e) => !EMAIL_PATTERN.test(e))) check.fail('users_emails', 'Enter a valid email address.');
    if (by && byMe) check.fail('is_reminder_triggered_by_me', 'Must be false when reminder_triggered_by_user is given.');
    check.done();
    const users = [
      ...state.usersByUuid(uuids),
      ...emails.map((email) => {
        const user = state.findUser(email);
        if (!user) throw usersNotFound();
        return user;
      }),
    ];
    const triggeredBy = by ? state.usersByUuid([by])[0]! : byMe ? viewer(req) : null;
    state.sendReminders(checkin.id, { users, date, triggeredBy });
    return { detail: 'Users notified successfully.' };
  });

  // ── Forms and templates
  /** A bare array, not the paged envelope. */
  app.get('/forms/', async () => [...state.forms.values()].map(formView));

  /**
   * `GET /forms/{uuid}/responses/` (dailybot-api-notes.md §2.5, from DailyBot's newest docs and its CLI):
   * caller-scoped, so only the key owner's own responses unless `all=true` or `user=<uuid>`, which
   * only admins may ask for (the form's owner may too; the sandbox keeps no form owners). Days
   * are `date_from`/`date_to` (not check-ins' `date_start`/`date_end`), both optional; paged with
   * limit/offset. The docs show no item: the sandbox gives the webhook body (views.ts), the one
   * shape DailyBot has published for a form response. `state` and `search` are not modelled.
   */
  app.get<Params<'uuid'>>('/forms/:uuid/responses/', async (req) => {
    const form = state.form(req.params.uuid.toLowerCase());
    const from = queryParam(req, 'date_from') || undefined;
    const to = queryParam(req, 'date_to') || undefined;
    const errors: Record<string, string[]> = {};
    for (const [name, value] of [['date_from', from], ['date_to', to]] as const) {
      if (value !== undefined && !isDate(value)) errors[name] = ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'];
    }
    if (Object.keys(errors).length > 0) throw invalid(errors);
    if (from && to && to < from) throw badRequest('invalid_date_range', 'date_from must be on or before date_to.');
    const user = queryParam(req, 'user') || undefined;
    if (user !== undefined && !UUID_PATTERN.test(user)) throw badRequest('invalid_user_identifier', 'The user filter takes a user UUID.');
    const me = viewer(req);
    const everyone = queryFlag(req, 'all');
    if ((everyone || (user !== undefined && user.toLowerCase() !== me.uuid)) && me.role !== 'ADMIN') {
      throw new ApiError(403, { detail: 'Only admins and the form’s owner can see other people’s responses.', code: 'user_can_not_see_form_responses' });
    }
    const who = user !== undefined ? user.toLowerCase() : everyone ? undefined : me.uuid;
    const template = state.template(form.template);
    const items = state.listFormResponses(form.id, { from, to, user: who });
    return paginate(req, items, (r) => formResponseBody(r, template, r.user ? state.users.get(r.user) : undefined, state.org));
  });

  app.get('/templates/', async (req) => {
    const type = queryParam(req, 'type');
    if (!type) throw invalid({ type: ['This field is required.'] });
    // The docs write `checkins`; other clients send `check-ins`: both mean check-in templates.
    const kind = type === 'checkins' || type === 'check-ins' ? 'checkins' : type === 'forms' ? 'forms' : undefined;
    if (!kind) throw invalid({ type: [`"${type}" is not a valid choice.`] });
    const systemDefault = queryParam(req, 'system_default');
    const onlyDefault = systemDefault === undefined || systemDefault === '' ? undefined : queryFlag(req, 'system_default');
    const items = [...state.templates.values()].filter((t) => t.type === kind && (onlyDefault === undefined || t.system_default === onlyDefault));
    return paginate(req, items, templateView);
  });
  app.get<Params<'uuid'>>('/templates/:uuid/', async (req) => templateView(state.template(req.params.uuid.toLowerCase())));

  // ── Webhook subscriptions
  app.post('/webhook-subscription/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['hook_url', 'name', 'subscriptions', 'subscribed_objects', 'bearer', 'immediate_sample_event']);
    const hookUrl = check.url('hook_url', { required: true });
    const name = check.string('name', { nullable: true, maxLength: 255 });
    const events = check.strings('subscriptions', { required: true, acceptOne: true, allowEmpty: false });
    const objects = check.strings('subscribed_objects', { nullable: true }) ?? [];
    const bearer = check.string('bearer', { nullable: true, maxLength: 255 });
    const sample = check.boolean('immediate_sample_event') ?? false;
    const unknownEvents = events?.filter((e) => !isEventName(e)) ?? [];
    if (unknownEvents.length > 0) {
      check.fail('subscriptions', `Unknown event${unknownEvents.length > 1 ? 's' : ''}: ${unknownEvents.join(', ')}. Known events: ${EVENTS.join(', ')}.`);
    }
    const unknownObjects = objects.filter((o) => !state.checkins.has(o.toLowerCase()) && !state.forms.has(o.toLowerCase()));
    if (unknownObjects.length > 0) check.fail('subscribed_objects', `No check-in or form with the ID ${unknownObjects.join(', ')}.`);
    check.done();
    const s = state.subscribe({
      hook_url: hookUrl!,
      name,
      subscriptions: events as EventName[],
      subscribed_objects: objects,
      bearer,
      immediate_sample_event: sample,
    });
    return reply.code(201).send({
      id: s.id,
      hook_id: s.id,
      url: s.hook_url,
      hook_url: s.hook_url,
      name: s.name,
      subscriptions: s.subscriptions,
      created_at: s.created_at.toISOString(),
    });
  });
  /** `hook_id` and/or `hook_url`, as query parameters or in a JSON body. */
  app.delete('/webhook-subscription/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['hook_id', 'hook_url']);
    const hookId = check.string('hook_id') ?? queryParam(req, 'hook_id');
    const hookUrl = check.string('hook_url') ?? queryParam(req, 'hook_url');
    check.done();
    if (!hookId && !hookUrl) throw invalid({ hook_id: ['Give hook_id or hook_url.'] });
    state.unsubscribe(hookId || undefined, hookUrl || undefined);
    return reply.code(204).send();
  });
  /** The 2020 docs' form: `DELETE /webhook-subscription/{id}/`. */
  app.delete<Params<'id'>>('/webhook-subscription/:id/', async (req, reply) => {
    state.unsubscribe(req.params.id, undefined);
    return reply.code(204).send();
  });

  // ── Messaging
  const MESSAGE_FIELDS = [
    'exchange_token',
    'message',
    'messages',
    'target_users',
    'target_teams',
    'target_channels',
    'image_url',
    'buttons',
    'bot_message_id',
    'platform_settings',
    'metadata',
    'skip_users_on_time_off',
    'thread_responses',
  ] as const;
  app.post('/send-message/', async (req) => {
    const check = new BodyCheck(req.body, MESSAGE_FIELDS);
    const message = check.string('message', { nullable: true });
    const messages = check.list('messages', { nullable: true });
    const users = check.strings('target_users', { nullable: true }) ?? [];
    const teams = check.strings('target_teams', { nullable: true }) ?? [];
    const channels = check.list('target_channels', { nullable: true }) ?? [];
    const imageUrl = check.url('image_url', { nullable: true });
    const buttons = check.list('buttons', { nullable: true }) ?? [];
    const botMessageId = check.string('bot_message_id', { nullable: true, maxLength: 255 });
    const skip = check.boolean('skip_users_on_time_off') ?? false;
    check.object('platform_settings', { nullable: true });
    check.object('metadata', { nullable: true });
    check.string('exchange_token', { nullable: true });
    check.list('thread_responses', { nullable: true });
    if (!message && !(messages && messages.length > 0) && !check.errors.message) {
      check.fail('message', 'This field is required when "messages" is not given.');
    }
    if (channels.some((c) => !isPlainObject(c) || typeof c.id !== 'string' || c.id.trim() === '')) {
      check.fail('target_channels', 'Each channel is an object with an "id" (and "is_channel_message").');
    }
    if (buttons.length > 25) throw badRequest('buttons_count_out_of_range', 'A message takes at most 25 buttons.');
    if (buttons.some((b) => !isPlainObject(b) || typeof b.label !== 'string' || b.label.trim() === '')) {
      check.fail('buttons', 'Each button is an object with a "label".');
    }
    check.done('send_message_validation_error');
    if (users.length === 0 && teams.length === 0 && channels.length === 0) {
      throw badRequest('send_message_validation_error', 'At least one of target_users, target_channels, or target_teams must be provided.');
    }
    const id = state.sendMessage({
      message,
      messages,
      target_users: users,
      target_teams: teams,
      target_channels: channels,
      image_url: imageUrl,
      buttons,
      bot_message_id: botMessageId,
      skip_users_on_time_off: skip,
    });
    return { bot_message_id: id };
  });

  app.post('/send-email/', async (req) => {
    const check = new BodyCheck(req.body, ['users_uuids', 'email_subject', 'email_content', 'exchange_token']);
    const uuids = check.strings('users_uuids', { required: true, allowEmpty: false });
    const subject = check.string('email_subject', { required: true, maxLength: 255 });
    const content = check.string('email_content', { required: true });
    check.string('exchange_token', { nullable: true });
    check.done();
    state.sendEmail(uuids!, subject!, content!);
    return { detail: 'Emails sent successfully.' };
  });

  app.post('/open-conversation/', async (req) => {
    const check = new BodyCheck(req.body, ['users_uuids', 'exchange_token']);
    const uuids = check.strings('users_uuids', { required: true, allowEmpty: false });
    check.string('exchange_token', { nullable: true });
    check.done();
    return { channel: state.openConversation(uuids!) };
  });

  app.post('/kudos/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['receivers', 'users_receivers', 'teams_receivers', 'company_value', 'content', 'is_anonymous', 'by_dailybot', 'exchange_token']);
    const receivers = [...(check.strings('receivers', { nullable: true }) ?? []), ...(check.strings('users_receivers', { nullable: true }) ?? [])];
    const teams = check.strings('teams_receivers', { nullable: true }) ?? [];
    const content = check.string('content', { required: true, maxLength: 2000 });
    const companyValue = check.string('company_value', { nullable: true, blank: true });
    const anonymous = check.boolean('is_anonymous') ?? false;
    const byDailybot = check.boolean('by_dailybot') ?? false;
    check.string('exchange_token', { nullable: true });
    if (receivers.length === 0 && teams.length === 0 && !check.errors.receivers) {
      check.fail('receivers', 'Give at least one receiver (receivers or teams_receivers).');
    }
    check.done();
    const kudos = state.postKudos({
      giver: viewer(req).uuid,
      receivers,
      teams,
      content: content!,
      company_value: companyValue,
      is_anonymous: anonymous,
      by_dailybot: byDailybot,
    });
    state.recordKudos(kudos);
    return reply.code(201).send(kudosView(kudos, state.users, state.org));
  });
};

/**
 * The Activity Hook URL: `POST /activity/<token>/`, outside `/v1/` and without an API key (the
 * token in the URL is the secret). `{custom_type ≤128, message, link?, user_email | user_uuid}` →
 * 200 with an empty body; a user the organization does not have → 404.
 */
export const activityRoutes = (state: SandboxState) => async (app: FastifyInstance) => {
  app.post<Params<'token'>>('/activity/:token/', async (req, reply: FastifyReply) => {
    if (req.params.token !== state.activityToken) throw notFound();
    const check = new BodyCheck(req.body, ['custom_type', 'message', 'link', 'user_email', 'user_uuid']);
    const customType = check.string('custom_type', { required: true, maxLength: 128 });
    const message = check.string('message', { required: true });
    const link = check.url('link', { nullable: true });
    const email = check.string('user_email', { nullable: true });
    const uuid = check.string('user_uuid', { nullable: true });
    if (!email && !uuid) check.fail('user_email', 'Give user_email or user_uuid.');
    check.done();
    state.logActivity({ custom_type: customType!, message: message!, link: link ?? null, user_email: email ?? undefined, user_uuid: uuid ?? undefined });
    return reply.code(200).send();
  });
};
