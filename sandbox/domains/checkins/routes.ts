/**
 * Check-ins, their responses and reminders, and templates in DailyBot's API (seeds 001–003,
 * dailybot-api-notes.md §2).
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck, EMAIL_PATTERN, UUID_PATTERN, isPlainObject } from '../../core/checks';
import type { Params } from '../../core/domain';
import { badRequest, invalid, usersNotFound } from '../../core/errors';
import { paginate, queryFlag, queryParam } from '../../core/paging';
import { isDate } from '../../core/time';
import type { SandboxState } from '..';
import type { Checkin } from './model';
import type { CheckinFields } from './state';
import { checkinView, checkinWriteView, responseView, templateView } from './views';

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

export const checkinRoutes = (app: FastifyInstance, state: SandboxState): void => {
  const summaryFor = (req: FastifyRequest) => {
    if (!queryFlag(req, 'include_summary')) return undefined;
    const date = queryParam(req, 'date') ?? state.today();
    if (!isDate(date)) throw invalid({ date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] });
    return (c: Checkin) => state.summary(c, date, viewer(req));
  };
  /**
   * `include_pending_users=true` (DailyBot's developer docs, check-ins; its CLI sends it on the
   * listing): `pending_users`, who has not answered on `date`, only for a check-in that is not
   * anonymous. No source shows an item: the sandbox gives the short user `{uuid, full_name, image}`
   * of the notes' guess (no email).
   */
  const pendingFor = (req: FastifyRequest) => {
    if (!queryFlag(req, 'include_pending_users')) return undefined;
    const date = queryParam(req, 'date') ?? state.today();
    if (!isDate(date)) throw invalid({ date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] });
    return (c: Checkin) => (c.is_anonymous ? {} : { pending_users: state.pendingUsers(c, date).map((u) => ({ uuid: u.uuid, full_name: u.full_name, image: u.image })) });
  };
  app.get('/checkins/', async (req) => {
    const summary = summaryFor(req);
    const pending = pendingFor(req);
    return paginate(req, [...state.checkins.values()], (c) => ({ ...checkinView(c, summary?.(c)), ...pending?.(c) }));
  });
  app.get<Params<'id'>>('/checkins/:id/', async (req) => {
    const checkin = state.checkin(req.params.id.toLowerCase());
    return { ...checkinView(checkin, summaryFor(req)?.(checkin)), ...pendingFor(req)?.(checkin) };
  });
  /**
   * The check-in with its questions and who takes part (dailybot-api-beyond.md §2a, the official CLI's
   * `checkin show`): participants as `{users: [{uuid, name}], teams: [{uuid, name}]}`; the sandbox
   * lists every participant as a user.
   */
  app.get<Params<'id'>>('/checkins/:id/detail/', async (req) => {
    const checkin = state.checkin(req.params.id.toLowerCase());
    const template = templateView(state.template(checkin.template));
    const users = checkin.participants.flatMap((uuid) => {
      const user = state.users.get(uuid);
      return user ? [{ uuid: user.uuid, name: user.full_name }] : [];
    });
    return { id: checkin.id, name: checkin.name, is_archived: false, questions: template.questions, participants: { users, teams: [] }, report_channels: [] };
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
};
