/**
 * The sandbox's DailyBot organization, in memory, and everything that can happen to it.
 *
 * Each operation here is what DailyBot does, whoever asks: the API routes (api.ts) and the
 * `/_sandbox/` routes (control.ts) both call these, so `POST /kudos/` and
 * `POST /_sandbox/kudos` fire the same `kudos.posted` webhook. Operations that refuse something throw
 * an ApiError with DailyBot's answer.
 *
 * Besides the organization, the state keeps what a test wants to look at afterwards: the outbox (what
 * DailyBot "sent": messages, emails, kudos, activities, reminders, conversations), the webhook
 * subscriptions and delivery log, the request log (with headers), and the injected faults.
 */
import { EMAIL_PATTERN, UUID_PATTERN } from './checks';
import { ApiError, FREE_PLAN, OWNER_INACTIVE, AUTH_FAILED, badRequest, invalid, noValidTeam, notFound, usersNotFound, type ErrorBody } from './errors';
import { Faults } from './faults';
import {
  isOnTimeOff,
  newCheckin,
  type Checkin,
  type CheckinResponse,
  type CompanyValue,
  type DemoIds,
  type Form,
  type FormResponse,
  type Kudos,
  type OrganizationData,
  type Team,
  type Template,
  type User,
} from './model';
import { Random } from './random';
import { buildOrganization } from './seed';
import { isoDate } from './time';
import {
  checkinResponseBody,
  formResponseBody,
  kudosBody,
  teamEventBody,
  userEventBody,
  type CheckinSummary,
} from './views';
import { WebhookDispatcher, type Delivery, type EventName, type Subscription } from './webhooks';

export interface StateOptions {
  /** People in the organization, 5 … 10,000 (default 25). */
  users?: number;
  /** The seed of every random choice (default 1). */
  seed?: number;
  /** The sandbox's "now" at startup (default: the real time); the clock runs on from it. */
  now?: Date | string;
  /** How long a webhook target may take to answer (default 10 s). */
  webhookTimeoutMs?: number;
  onDelivered?: (delivery: Delivery) => void;
}

// ── What a test can look at afterwards ─────────────────────────────────────────────────────────

interface OutboxBase {
  id: number;
  at: string;
}

export type OutboxEntry = OutboxBase &
  (
    | {
        kind: 'message';
        bot_message_id: string;
        /** True when `bot_message_id` named an earlier message: DailyBot edits it. */
        edited: boolean;
        message: string | null;
        messages: unknown;
        /** Every user the message reached (target users and the members of target teams). */
        recipients: string[];
        /** Users left out because they are on time off (`skip_users_on_time_off`). */
        skipped_on_time_off: string[];
        target_users: string[];
        target_teams: string[];
        target_channels: unknown[];
        image_url: string | null;
        buttons: unknown[];
      }
    | { kind: 'email'; recipients: string[]; email_subject: string; email_content: string }
    | { kind: 'conversation'; channel: string; users: string[] }
    | {
        kind: 'kudos';
        kudos_id: string;
        giver: string | null;
        receivers: string[];
        content: string;
        is_anonymous: boolean;
        company_value: CompanyValue | null;
        by_dailybot: boolean;
      }
    | { kind: 'activity'; custom_type: string; message: string; link: string | null; user: string }
    | { kind: 'reminder'; checkin: string; date: string; recipients: string[]; triggered_by: string | null }
  );

export type OutboxKind = OutboxEntry['kind'];

/** An outbox entry before it gets its id and time. */
type NewOutboxEntry = DistributiveOmit<OutboxEntry, 'id' | 'at'>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

/** Every request the sandbox received, with the headers it carried (lower-case names). */
export interface RequestRecord {
  id: number;
  method: string;
  /** Path and query, as received. */
  url: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
  /** Null when the connection was dropped or the request is still running. */
  status: number | null;
  /** The fault that hit it, if any. */
  fault: number | null;
  received_at: string;
}

const MAX_REQUESTS = 5_000;

// ── Inputs of the operations ───────────────────────────────────────────────────────────────────

/** Answers: in question order, or keyed by question UUID. */
export type Answers = string[] | Record<string, string>;

export interface ResponseInput {
  /** UUID or email; default: the first participant who has not answered that day. */
  user?: string;
  answers?: Answers;
  /** true/false forces a blocker (or none); a string is the blocker answer. Default: read from the answer. */
  blocker?: boolean | string;
  /** The check-in day, `YYYY-MM-DD` (default today). */
  date?: string;
}

export type CheckinFields = Partial<Omit<Checkin, 'id' | 'participants'>>;

export interface KudosInput {
  giver: string | null;
  receivers: string[];
  teams?: string[];
  content: string;
  company_value?: string | null;
  is_anonymous?: boolean;
  by_dailybot?: boolean;
}

export interface MessageInput {
  message?: string | null;
  messages?: unknown;
  target_users?: string[];
  target_teams?: string[];
  target_channels?: unknown[];
  image_url?: string | null;
  buttons?: unknown[];
  bot_message_id?: string | null;
  skip_users_on_time_off?: boolean;
}

export interface SubscriptionInput {
  hook_url: string;
  name?: string | null;
  subscriptions: EventName[];
  subscribed_objects?: string[];
  bearer?: string | null;
  immediate_sample_event?: boolean;
}

/** Answers to the blocker question that mean "no blocker". */
const NO_BLOCKER = /^\s*(no|nope|none|nothing|n\/a|na|-|no blockers?)\s*[.!]*\s*$/i;

const SAMPLE_ANSWERS = {
  progress: ['Closed the sprint tickets.', 'Reviewed the release notes.', 'Fixed two bugs in the export.'],
  plans: ['Pair on the deployment script.', 'Write the migration guide.', 'Demo the new dashboard.'],
  blocker: 'Waiting for access to the production logs.',
};

export class SandboxState {
  private d!: OrganizationData;
  private rng!: Random;
  private clockBase!: number;
  private clockStart!: number;
  private outboxList: OutboxEntry[] = [];
  private requestList: RequestRecord[] = [];
  private nextOutboxId = 1;
  private nextRequestId = 1;
  private botMessages = new Set<string>();
  readonly webhooks: WebhookDispatcher;
  readonly faults = new Faults();
  readonly userCount: number;
  readonly seed: number;

  constructor(private readonly options: StateOptions = {}) {
    this.userCount = options.users ?? 25;
    this.seed = options.seed ?? 1;
    this.webhooks = new WebhookDispatcher({ now: () => this.now(), timeoutMs: options.webhookTimeoutMs, onDelivered: options.onDelivered });
    this.build();
  }

  private build(): void {
    this.clockStart = Date.now();
    this.clockBase = this.options.now === undefined ? this.clockStart : new Date(this.options.now).getTime();
    if (Number.isNaN(this.clockBase)) throw new RangeError(`"now" is not a date: ${String(this.options.now)}`);
    // the clock's base itself, not now(): a millisecond passing here would shift every seeded date
    this.d = buildOrganization({ users: this.userCount, seed: this.seed, now: new Date(this.clockBase) });
    // IDs made at run time come from their own stream: the same operations give the same IDs.
    this.rng = new Random(this.seed + 0x5eed);
    this.outboxList = [];
    this.requestList = [];
    this.nextOutboxId = 1;
    this.nextRequestId = 1;
    this.botMessages = new Set();
  }

  /** Back to the freshly seeded organization: no subscriptions, outbox, logs or faults. */
  reset(): void {
    this.webhooks.reset();
    this.faults.clear();
    this.build();
  }

  /** Resolves when every webhook delivery under way has finished. */
  idle(): Promise<void> {
    return this.webhooks.idle();
  }

  // ── Reading ───────────────────────────────────────────────────────────────────────────────────

  now(): Date {
    return new Date(this.clockBase + (Date.now() - this.clockStart));
  }

  today(): string {
    return isoDate(this.now());
  }

  get org() {
    return this.d.org;
  }
  get users(): ReadonlyMap<string, User> {
    return this.d.users;
  }
  get teams(): ReadonlyMap<string, Team> {
    return this.d.teams;
  }
  get templates(): ReadonlyMap<string, Template> {
    return this.d.templates;
  }
  get checkins(): ReadonlyMap<string, Checkin> {
    return this.d.checkins;
  }
  get forms(): ReadonlyMap<string, Form> {
    return this.d.forms;
  }
  get responses(): ReadonlyMap<string, CheckinResponse> {
    return this.d.responses;
  }
  get formResponses(): ReadonlyMap<string, FormResponse> {
    return this.d.formResponses;
  }
  get kudos(): readonly Kudos[] {
    return this.d.kudos;
  }
  get companyValues(): readonly CompanyValue[] {
    return this.d.companyValues;
  }
  get demo(): DemoIds {
    return this.d.demo;
  }
  /** The main key (its owner is the organization's admin). */
  get apiKey(): string {
    return this.d.keys[0]!.key;
  }
  /** The key of an organization on the free plan: every call answers 403 `plan_free_api_keys_forbidden`. */
  get freePlanKey(): string {
    return this.d.keys[1]!.key;
  }
  /** A key whose owner was deactivated: every call answers 403 `api_key_owner_inactive`. */
  get inactiveOwnerKey(): string {
    return this.d.keys[2]!.key;
  }
  get activityToken(): string {
    return this.d.activityToken;
  }
  get outbox(): readonly OutboxEntry[] {
    return this.outboxList;
  }
  get requests(): readonly RequestRecord[] {
    return this.requestList;
  }
  get subscriptions(): Subscription[] {
    return [...this.webhooks.subscriptions.values()];
  }
  get deliveries(): readonly Delivery[] {
    return this.webhooks.deliveries;
  }

  /** A user by UUID or email (case-insensitive). */
  findUser(ref: string): User | undefined {
    const byUuid = this.d.users.get(ref.toLowerCase()) ?? this.d.users.get(ref);
    if (byUuid) return byUuid;
    if (!EMAIL_PATTERN.test(ref)) return undefined;
    const email = ref.trim().toLowerCase();
    for (const user of this.d.users.values()) if (user.email === email) return user;
    return undefined;
  }

  /** Like findUser, but a miss is a 404 naming the reference (for the /_sandbox/ routes). */
  requireUser(ref: string): User {
    const user = this.findUser(ref);
    if (!user) throw new ApiError(404, { detail: `No user "${ref}" in this organization.`, code: 'not_found' });
    return user;
  }

  private need<T>(map: ReadonlyMap<string, T>, id: string): T {
    const found = map.get(id);
    if (found === undefined) throw notFound();
    return found;
  }

  checkin(id: string): Checkin {
    return this.need(this.d.checkins, id);
  }
  team(uuid: string): Team {
    return this.need(this.d.teams, uuid);
  }
  template(uuid: string): Template {
    return this.need(this.d.templates, uuid);
  }
  form(id: string): Form {
    return this.need(this.d.forms, id);
  }

  /** Who a key belongs to, or DailyBot's 403 body for it. */
  authenticate(key: string | undefined): { user: User } | { error: ErrorBody } {
    const entry = key ? this.d.keys.find((k) => k.key === key) : undefined;
    if (!entry) return { error: AUTH_FAILED };
    if (entry.plan === 'free') return { error: FREE_PLAN };
    const owner = this.d.users.get(entry.owner);
    if (!owner?.is_active) return { error: OWNER_INACTIVE };
    return { user: owner };
  }

  /** The UUIDs as users; any unknown one fails the whole request (`one_or_more_users_not_found`). */
  usersByUuid(uuids: readonly string[]): User[] {
    return uuids.map((uuid) => {
      const user = UUID_PATTERN.test(uuid) ? this.d.users.get(uuid.toLowerCase()) : undefined;
      if (!user) throw usersNotFound();
      return user;
    });
  }

  teamsByUuid(uuids: readonly string[]): Team[] {
    return uuids.map((uuid) => {
      const team = UUID_PATTERN.test(uuid) ? this.d.teams.get(uuid.toLowerCase()) : undefined;
      if (!team) throw noValidTeam();
      return team;
    });
  }

  // ── Check-ins ─────────────────────────────────────────────────────────────────────────────────

  /** Today's (or `date`'s) round of a check-in, from the viewpoint of `viewer`. */
  summary(checkin: Checkin, date: string, viewer: User): CheckinSummary {
    const expected = checkin.participants.length;
    let completed = 0;
    let blockers = 0;
    let viewerHasResponse = false;
    for (const r of this.d.responses.values()) {
      if (r.checkin !== checkin.id || r.date !== date) continue;
      completed += 1;
      if (Object.values(r.blockers).some(Boolean)) blockers += 1;
      if (r.user === viewer.uuid) viewerHasResponse = true;
    }
    return {
      completed_percentage: expected === 0 ? 0 : Math.round((completed / expected) * 100),
      expected_responses: expected,
      completed_responses: completed,
      total_blockers: blockers,
      current_user_is_respondent: checkin.participants.includes(viewer.uuid),
      current_user_has_response: viewerHasResponse,
    };
  }

  createCheckin(fields: CheckinFields & { name: string; template: string }, creator: User): Checkin {
    const checkin = newCheckin({
      ...stripUndefined(fields), // name and template included
      id: this.rng.uuid(),
      start_on: fields.start_on ?? this.today(),
      participants: [creator.uuid],
    });
    this.d.checkins.set(checkin.id, checkin);
    return checkin;
  }

  updateCheckin(id: string, fields: CheckinFields): Checkin {
    const checkin = this.checkin(id);
    Object.assign(checkin, stripUndefined(fields));
    return checkin;
  }

  /** Deletes a check-in and its responses (no webhook: DailyBot has no check-in deleted event). */
  deleteCheckin(id: string): void {
    this.checkin(id);
    this.d.checkins.delete(id);
    for (const [uuid, r] of this.d.responses) if (r.checkin === id) this.d.responses.delete(uuid);
  }

  /** A check-in's responses between two days (inclusive), newest first. */
  listResponses(id: string, from: string, to: string, user?: string): CheckinResponse[] {
    const checkin = this.checkin(id);
    const out: CheckinResponse[] = [];
    for (const r of this.d.responses.values()) {
      if (r.checkin === checkin.id && r.date >= from && r.date <= to && (user === undefined || r.user === user)) out.push(r);
    }
    return out.sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.uuid < b.uuid ? -1 : 1));
  }

  /** `POST /checkins/{id}/send-reminders/`: the named users, or everyone who has not answered `date`. */
  sendReminders(id: string, opts: { users?: User[]; date?: string; triggeredBy: User | null }): string[] {
    const checkin = this.checkin(id);
    const date = opts.date ?? this.today();
    let recipients: string[];
    if (opts.users && opts.users.length > 0) {
      recipients = [...new Set(opts.users.map((u) => u.uuid))];
    } else {
      const answered = new Set<string>();
      for (const r of this.d.responses.values()) if (r.checkin === checkin.id && r.date === date) answered.add(r.user);
      recipients = checkin.participants.filter((uuid) => !answered.has(uuid) && this.d.users.get(uuid)?.is_active);
    }
    this.send({ kind: 'reminder', checkin: checkin.id, date, recipients, triggered_by: opts.triggeredBy?.uuid ?? null });
    return recipients;
  }

  // ── Check-in responses (webhook events) ───────────────────────────────────────────────────────

  private answersFor(template: Template, answers: Answers | undefined, blocker: boolean | string | undefined, base?: Record<string, string>) {
    const content: Record<string, string> = { ...base };
    template.questions.forEach((q, i) => {
      const given = Array.isArray(answers) ? answers[i] : answers?.[q.uuid];
      if (given !== undefined) content[q.uuid] = String(given);
      else if (content[q.uuid] === undefined) {
        if (q.is_blocker) content[q.uuid] = 'No';
        else content[q.uuid] = this.rng.pick(i === 0 ? SAMPLE_ANSWERS.progress : SAMPLE_ANSWERS.plans);
      }
    });
    const blockers: Record<string, boolean> = {};
    for (const q of template.questions.filter((x) => x.is_blocker)) {
      if (typeof blocker === 'string') content[q.uuid] = blocker;
      else if (blocker === true && NO_BLOCKER.test(content[q.uuid] ?? '')) content[q.uuid] = SAMPLE_ANSWERS.blocker;
      else if (blocker === false) content[q.uuid] = 'No';
      const answer = content[q.uuid] ?? '';
      if (answer.trim() !== '' && !NO_BLOCKER.test(answer)) blockers[q.uuid] = true;
    }
    const unknown = Array.isArray(answers) ? [] : Object.keys(answers ?? {}).filter((k) => !template.questions.some((q) => q.uuid === k));
    if (unknown.length > 0) throw invalid({ answers: [`Not a question of this check-in or form: ${unknown.join(', ')}.`] });
    if (Array.isArray(answers) && answers.length > template.questions.length) {
      throw invalid({ answers: [`Give at most ${template.questions.length} answers, one per question.`] });
    }
    return { content, blockers };
  }

  /** A check-in response as webhooks carry it. */
  checkinResponsePayload(r: CheckinResponse) {
    const checkin = this.checkin(r.checkin);
    return checkinResponseBody(r, checkin, this.template(checkin.template), this.d.users.get(r.user), this.d.org);
  }

  private emitCheckinResponse(event: EventName, r: CheckinResponse): void {
    this.webhooks.dispatch(event, r.checkin, this.checkinResponsePayload(r));
  }

  /** Someone completes a check-in: `followups.response.completed`. */
  completeCheckinResponse(checkinId: string, input: ResponseInput = {}): CheckinResponse {
    const checkin = this.checkin(checkinId);
    const template = this.template(checkin.template);
    const date = input.date ?? this.today();
    const answered = new Set<string>();
    for (const r of this.d.responses.values()) if (r.checkin === checkin.id && r.date === date) answered.add(r.user);
    let user: User;
    if (input.user !== undefined) {
      user = this.requireUser(input.user);
    } else {
      const next = checkin.participants
        .map((uuid) => this.d.users.get(uuid)!)
        .find((u) => u.is_active && !answered.has(u.uuid) && !isOnTimeOff(u, date));
      if (!next) throw badRequest('everyone_answered', `Every participant of "${checkin.name}" has answered for ${date}; name a user.`);
      user = next;
    }
    if (answered.has(user.uuid)) {
      throw badRequest('already_answered', `${user.full_name} already answered "${checkin.name}" for ${date}; update that response instead.`);
    }
    const { content, blockers } = this.answersFor(template, input.answers, input.blocker);
    const now = this.now();
    const response: CheckinResponse = {
      uuid: this.rng.uuid(),
      checkin: checkin.id,
      user: user.uuid,
      date,
      is_anonymous: checkin.is_anonymous,
      content,
      blockers,
      source: 'webapp',
      record_created_at: now,
      created_at: now,
      updated_at: now,
      edited: false,
    };
    this.d.responses.set(response.uuid, response);
    this.emitCheckinResponse('followups.response.completed', response);
    return response;
  }

  /** Someone edits their answers: `followups.response.updated`. */
  updateCheckinResponse(uuid: string, input: Pick<ResponseInput, 'answers' | 'blocker'> = {}): CheckinResponse {
    const response = this.need(this.d.responses, uuid);
    const template = this.template(this.checkin(response.checkin).template);
    const { content, blockers } = this.answersFor(template, input.answers, input.blocker, response.content);
    Object.assign(response, { content, blockers, edited: true, updated_at: this.now() });
    this.emitCheckinResponse('followups.response.updated', response);
    return response;
  }

  /** A response is deleted: `followups.response.deleted` (the body is the response as it was). */
  deleteCheckinResponse(uuid: string): CheckinResponse {
    const response = this.need(this.d.responses, uuid);
    this.emitCheckinResponse('followups.response.deleted', response);
    this.d.responses.delete(uuid);
    return response;
  }

  // ── Form responses (webhook events) ───────────────────────────────────────────────────────────

  /**
   * A form's responses submitted between two days (inclusive, UTC; either end may be open), newest
   * first. `user` keeps one person's; an anonymous response never matches it (that would unmask it).
   */
  listFormResponses(id: string, opts: { from?: string; to?: string; user?: string } = {}): FormResponse[] {
    const form = this.form(id);
    const out: FormResponse[] = [];
    for (const r of this.d.formResponses.values()) {
      const day = isoDate(r.created_at);
      if (r.form !== form.id || (opts.from && day < opts.from) || (opts.to && day > opts.to)) continue;
      if (opts.user !== undefined && (r.is_anonymous || r.user !== opts.user)) continue;
      out.push(r);
    }
    return out.sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.uuid < b.uuid ? -1 : 1));
  }

  /** A form response as webhooks carry it. */
  formResponsePayload(r: FormResponse) {
    const form = this.form(r.form);
    return formResponseBody(r, this.template(form.template), r.user ? this.d.users.get(r.user) : undefined, this.d.org);
  }

  private emitFormResponse(event: EventName, r: FormResponse): void {
    this.webhooks.dispatch(event, r.form, this.formResponsePayload(r));
  }

  /** A form is submitted: `forms.response.created`. A guest has no user. */
  createFormResponse(formId: string, input: { user?: string; guest?: boolean; answers?: Answers } = {}): FormResponse {
    const form = this.form(formId);
    const template = this.template(form.template);
    const user = input.guest ? null : input.user !== undefined ? this.requireUser(input.user) : this.d.users.get(this.d.demo.owner)!;
    const { content } = this.answersFor(template, input.answers, undefined);
    const now = this.now();
    const response: FormResponse = {
      uuid: this.rng.uuid(),
      form: form.id,
      user: user?.uuid ?? null,
      is_anonymous: form.collect_responses_anonymously,
      content,
      created_at: now,
      updated_at: now,
      edited: false,
    };
    this.d.formResponses.set(response.uuid, response);
    this.emitFormResponse('forms.response.created', response);
    return response;
  }

  updateFormResponse(uuid: string, input: { answers?: Answers } = {}): FormResponse {
    const response = this.need(this.d.formResponses, uuid);
    const template = this.template(this.form(response.form).template);
    const { content } = this.answersFor(template, input.answers, undefined, response.content);
    Object.assign(response, { content, edited: true, updated_at: this.now() });
    this.emitFormResponse('forms.response.updated', response);
    return response;
  }

  deleteFormResponse(uuid: string): FormResponse {
    const response = this.need(this.d.formResponses, uuid);
    this.emitFormResponse('forms.response.deleted', response);
    this.d.formResponses.delete(uuid);
    return response;
  }

  // ── People and teams (webhook events) ─────────────────────────────────────────────────────────

  /** Changes a user's profile; a change of `is_active` fires `organization.user_(de)activated`. */
  updateUser(uuid: string, patch: Partial<Omit<User, 'uuid' | 'email' | 'username' | 'role' | 'image' | 'external_id' | 'language'>>): User {
    const user = this.need(this.d.users, uuid);
    const { is_active, ...rest } = stripUndefined(patch);
    Object.assign(user, rest);
    if (is_active !== undefined) this.setUserActive(uuid, is_active);
    return user;
  }

  setUserActive(uuid: string, active: boolean): User {
    const user = this.need(this.d.users, uuid);
    if (user.is_active === active) return user;
    user.is_active = active;
    this.webhooks.dispatch(active ? 'organization.user_activated' : 'organization.user_deactivated', undefined, userEventBody(user));
    return user;
  }

  /** Adds users to a team; each one who was not a member fires `organization.team_user_added`. */
  addTeamMembers(teamUuid: string, users: readonly User[]): User[] {
    const team = this.team(teamUuid);
    const added = users.filter((u, i) => !team.members.has(u.uuid) && users.indexOf(u) === i);
    for (const user of added) {
      team.members.add(user.uuid);
      this.webhooks.dispatch('organization.team_user_added', undefined, teamEventBody(user, team));
    }
    return added;
  }

  /** Removes a member (404 when the user is not in the team): `organization.team_user_removed`. */
  removeTeamMember(teamUuid: string, userUuid: string): void {
    const team = this.team(teamUuid);
    const user = this.d.users.get(userUuid.toLowerCase());
    if (!user || !team.members.has(user.uuid)) throw notFound();
    team.members.delete(user.uuid);
    this.webhooks.dispatch('organization.team_user_removed', undefined, teamEventBody(user, team));
  }

  /** Active members of teams, without repeats. */
  private membersOf(teams: readonly Team[]): string[] {
    const out = new Set<string>();
    for (const team of teams) for (const uuid of team.members) if (this.d.users.get(uuid)?.is_active) out.add(uuid);
    return [...out];
  }

  // ── Kudos (webhook event) ─────────────────────────────────────────────────────────────────────

  /** Gives kudos: `kudos.posted`. Team receivers stand for their active members. */
  postKudos(input: KudosInput): Kudos {
    const receivers = this.usersByUuid(input.receivers);
    const teams = this.teamsByUuid(input.teams ?? []);
    // Named receivers get the kudos; a team's members too, except the giver (nobody thanks themselves).
    const fromTeams = this.membersOf(teams).filter((uuid) => uuid !== input.giver);
    const all = [...new Set([...receivers.map((u) => u.uuid), ...fromTeams])];
    if (all.length === 0) throw badRequest('no_users_found', 'The kudos have no receivers.');
    const kudos: Kudos = {
      id: this.rng.uuid(),
      giver: input.by_dailybot ? null : input.giver,
      receivers: all,
      company_value: this.companyValue(input.company_value),
      content: input.content,
      is_anonymous: input.is_anonymous ?? false,
      by_dailybot: input.by_dailybot ?? false,
      created_at: this.now(),
    };
    this.d.kudos.push(kudos);
    this.webhooks.dispatch('kudos.posted', undefined, kudosBody(kudos, this.d.users, this.d.org));
    return kudos;
  }

  /** A company value by id or name; an unknown name is kept as given (DailyBot's docs are unclear). */
  private companyValue(ref: string | null | undefined): CompanyValue | null {
    if (!ref) return null;
    const wanted = ref.trim().toLowerCase();
    return this.d.companyValues.find((v) => v.id === wanted || v.name.toLowerCase() === wanted) ?? { id: null, name: ref.trim() };
  }

  // ── Messaging (outbox) ────────────────────────────────────────────────────────────────────────

  private send(entry: NewOutboxEntry): OutboxEntry {
    const full = { id: this.nextOutboxId++, at: this.now().toISOString(), ...entry } as OutboxEntry;
    this.outboxList.push(full);
    return full;
  }

  /** `POST /send-message/`: targets are checked by the caller; answers the message id. */
  sendMessage(input: MessageInput): string {
    const users = this.usersByUuid(input.target_users ?? []);
    const teams = this.teamsByUuid(input.target_teams ?? []);
    const inactive = users.find((u) => !u.is_active);
    if (inactive) throw badRequest('target_user_inactive', `${inactive.full_name} is not active in this organization.`);
    let recipients = [...new Set([...users.map((u) => u.uuid), ...this.membersOf(teams)])];
    const today = this.today();
    const skipped = input.skip_users_on_time_off ? recipients.filter((uuid) => isOnTimeOff(this.d.users.get(uuid)!, today)) : [];
    recipients = recipients.filter((uuid) => !skipped.includes(uuid));
    const given = input.bot_message_id ?? null;
    const botMessageId = given ?? `$db/${this.rng.uuid()}`;
    const edited = given !== null && this.botMessages.has(given);
    this.botMessages.add(botMessageId);
    this.send({
      kind: 'message',
      bot_message_id: botMessageId,
      edited,
      message: input.message ?? null,
      messages: input.messages ?? null,
      recipients,
      skipped_on_time_off: skipped,
      target_users: users.map((u) => u.uuid),
      target_teams: teams.map((t) => t.uuid),
      target_channels: input.target_channels ?? [],
      image_url: input.image_url ?? null,
      buttons: input.buttons ?? [],
    });
    return botMessageId;
  }

  sendEmail(uuids: string[], subject: string, content: string): void {
    const users = this.usersByUuid(uuids);
    this.send({ kind: 'email', recipients: [...new Set(users.map((u) => u.uuid))], email_subject: subject, email_content: content });
  }

  /** `POST /open-conversation/`: a Slack group DM; the same people get the same channel. */
  openConversation(uuids: string[]): string {
    const users = this.usersByUuid(uuids);
    const members = [...new Set(users.map((u) => u.uuid))].sort();
    const existing = this.outboxList.find((e) => e.kind === 'conversation' && e.users.join() === members.join());
    const channel = existing?.kind === 'conversation' ? existing.channel : `G${this.rng.chars(10)}`;
    this.send({ kind: 'conversation', channel, users: members });
    return channel;
  }

  /** Records kudos given through the API in the outbox too (DailyBot posts them in chat). */
  recordKudos(kudos: Kudos): void {
    this.send({
      kind: 'kudos',
      kudos_id: kudos.id,
      giver: kudos.giver,
      receivers: kudos.receivers,
      content: kudos.content,
      is_anonymous: kudos.is_anonymous,
      company_value: kudos.company_value,
      by_dailybot: kudos.by_dailybot,
    });
  }

  /** The Activity Hook: `user` is a UUID or email; unknown → 404. */
  logActivity(input: { custom_type: string; message: string; link: string | null; user_email?: string; user_uuid?: string }): void {
    const ref = input.user_uuid ?? input.user_email ?? '';
    const user =
      input.user_uuid !== undefined
        ? UUID_PATTERN.test(input.user_uuid)
          ? this.d.users.get(input.user_uuid.toLowerCase())
          : undefined
        : this.findUser(ref);
    if (!user) throw new ApiError(404, { detail: 'User not found.', code: 'not_found' });
    this.send({ kind: 'activity', custom_type: input.custom_type, message: input.message, link: input.link, user: user.uuid });
  }

  // ── Webhook subscriptions ─────────────────────────────────────────────────────────────────────

  subscribe(input: SubscriptionInput): Subscription {
    const subscription: Subscription = {
      id: this.rng.uuid(),
      hook_url: input.hook_url,
      name: input.name ?? `Webhook ${this.webhooks.subscriptions.size + 1}`,
      subscriptions: [...new Set(input.subscriptions)],
      subscribed_objects: [...new Set((input.subscribed_objects ?? []).map((s) => s.toLowerCase()))],
      bearer: input.bearer ?? null,
      created_at: this.now(),
    };
    this.webhooks.subscriptions.set(subscription.id, subscription);
    if (input.immediate_sample_event) {
      for (const event of subscription.subscriptions) {
        this.webhooks.dispatch(event, undefined, this.sampleBody(event, subscription.subscribed_objects), { subscription, sample: true });
      }
    }
    return subscription;
  }

  /** Removes the subscription named by id and/or URL; 404 when none matches. */
  unsubscribe(hookId: string | undefined, hookUrl: string | undefined): Subscription {
    const found = [...this.webhooks.subscriptions.values()].find(
      (s) => (hookId === undefined || s.id === hookId.toLowerCase()) && (hookUrl === undefined || s.hook_url === hookUrl),
    );
    if (!found) throw notFound();
    this.webhooks.subscriptions.delete(found.id);
    return found;
  }

  /** A realistic body for `event`, from the organization's own data (for `immediate_sample_event`). */
  sampleBody(event: EventName, objects: readonly string[] = []): unknown {
    const owner = this.d.users.get(this.d.demo.owner)!;
    const latest = <T extends { created_at: Date }>(items: Iterable<T>, keep: (item: T) => boolean): T | undefined => {
      let best: T | undefined;
      for (const item of items) if (keep(item) && (!best || item.created_at > best.created_at)) best = item;
      return best;
    };
    if (event.startsWith('followups.')) {
      const r = latest(this.d.responses.values(), (x) => objects.length === 0 || objects.includes(x.checkin));
      return r ? this.checkinResponsePayload(r) : {};
    }
    if (event.startsWith('forms.')) {
      const r = latest(this.d.formResponses.values(), (x) => objects.length === 0 || objects.includes(x.form));
      return r ? this.formResponsePayload(r) : {};
    }
    if (event === 'kudos.posted') {
      const k = this.d.kudos[this.d.kudos.length - 1];
      return k ? kudosBody(k, this.d.users, this.d.org) : {};
    }
    if (event === 'organization.user_activated' || event === 'organization.user_deactivated') return userEventBody(owner);
    return teamEventBody(owner, this.team(this.d.demo.generalTeam));
  }

  // ── Request log ───────────────────────────────────────────────────────────────────────────────

  recordRequest(entry: Omit<RequestRecord, 'id' | 'received_at' | 'status' | 'body' | 'fault'>): RequestRecord {
    const record: RequestRecord = { id: this.nextRequestId++, received_at: this.now().toISOString(), status: null, body: undefined, fault: null, ...entry };
    this.requestList.push(record);
    if (this.requestList.length > MAX_REQUESTS) this.requestList.splice(0, this.requestList.length - MAX_REQUESTS);
    return record;
  }

  clearOutbox(): void {
    this.outboxList = [];
  }
}

/** Drops keys whose value is undefined, so `Object.assign` keeps the current values. */
const stripUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
