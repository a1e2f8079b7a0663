/**
 * What can happen to check-ins, templates and check-in responses; each response change fires its
 * `followups.response.*` webhook. Merged into the state (`state.completeCheckinResponse(…)`).
 */
import { badRequest } from '../../core/errors';
import { need, stripUndefined } from '../../core/organization';
import type { SandboxState } from '..';
import { isOnTimeOff, type User } from '../people/model';
import type { EventName } from '../webhooks/events';
import { answersFor, type Answers } from './answers';
import { newCheckin, type Checkin, type CheckinResponse, type Template } from './model';
import { checkinResponseBody, type CheckinSummary } from './views';

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

/** Who answered a check-in on a day. */
const answeredOn = (s: SandboxState, checkin: Checkin, date: string): Set<string> => {
  const answered = new Set<string>();
  for (const r of s.data.responses.values()) if (r.checkin === checkin.id && r.date === date) answered.add(r.user);
  return answered;
};

export class CheckinOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  #emit(event: EventName, r: CheckinResponse): void {
    this.#s.webhooks.dispatch(event, r.checkin, this.checkinResponsePayload(r));
  }

  get templates(): ReadonlyMap<string, Template> {
    return this.#s.data.templates;
  }
  get checkins(): ReadonlyMap<string, Checkin> {
    return this.#s.data.checkins;
  }
  get responses(): ReadonlyMap<string, CheckinResponse> {
    return this.#s.data.responses;
  }
  checkin(id: string): Checkin {
    return need(this.#s.data.checkins, id);
  }
  template(uuid: string): Template {
    return need(this.#s.data.templates, uuid);
  }

  /** Today's (or `date`'s) round of a check-in, from the viewpoint of `viewer`. */
  /** The active participants with no response on `date` (`include_pending_users`). */
  pendingUsers(checkin: Checkin, date: string): User[] {
    const answered = new Set<string>();
    for (const r of this.#s.data.responses.values()) if (r.checkin === checkin.id && r.date === date) answered.add(r.user);
    return checkin.participants.map((uuid) => this.#s.data.users.get(uuid)).filter((u): u is User => u !== undefined && u.is_active && !answered.has(u.uuid));
  }

  summary(checkin: Checkin, date: string, viewer: User): CheckinSummary {
    const expected = checkin.participants.length;
    let completed = 0;
    let blockers = 0;
    let viewerHasResponse = false;
    for (const r of this.#s.data.responses.values()) {
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
      id: this.#s.rng.uuid(),
      start_on: fields.start_on ?? this.#s.today(),
      participants: [creator.uuid],
    });
    this.#s.data.checkins.set(checkin.id, checkin);
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
    this.#s.data.checkins.delete(id);
    for (const [uuid, r] of this.#s.data.responses) if (r.checkin === id) this.#s.data.responses.delete(uuid);
  }

  /** A check-in's responses between two days (inclusive), newest first. */
  listResponses(id: string, from: string, to: string, user?: string): CheckinResponse[] {
    const checkin = this.checkin(id);
    const out: CheckinResponse[] = [];
    for (const r of this.#s.data.responses.values()) {
      if (r.checkin === checkin.id && r.date >= from && r.date <= to && (user === undefined || r.user === user)) out.push(r);
    }
    return out.sort((a, b) => b.created_at.getTime() - a.created_at.getTime() || (a.uuid < b.uuid ? -1 : 1));
  }

  /** `POST /checkins/{id}/send-reminders/`: the named users, or everyone who has not answered `date`. */
  sendReminders(id: string, opts: { users?: User[]; date?: string; triggeredBy: User | null }): string[] {
    const checkin = this.checkin(id);
    const date = opts.date ?? this.#s.today();
    let recipients: string[];
    if (opts.users && opts.users.length > 0) {
      recipients = [...new Set(opts.users.map((u) => u.uuid))];
    } else {
      const answered = answeredOn(this.#s, checkin, date);
      recipients = checkin.participants.filter((uuid) => !answered.has(uuid) && this.#s.data.users.get(uuid)?.is_active);
    }
    this.#s.send({ kind: 'reminder', checkin: checkin.id, date, recipients, triggered_by: opts.triggeredBy?.uuid ?? null });
    return recipients;
  }

  /** A check-in response as webhooks carry it. */
  checkinResponsePayload(r: CheckinResponse): ReturnType<typeof checkinResponseBody> {
    const checkin = this.checkin(r.checkin);
    return checkinResponseBody(r, checkin, this.template(checkin.template), this.#s.data.users.get(r.user), this.#s.data.org);
  }

  /** Someone completes a check-in: `followups.response.completed`. */
  completeCheckinResponse(checkinId: string, input: ResponseInput = {}): CheckinResponse {
    const checkin = this.checkin(checkinId);
    const template = this.template(checkin.template);
    const date = input.date ?? this.#s.today();
    const answered = answeredOn(this.#s, checkin, date);
    let user: User;
    if (input.user !== undefined) {
      user = this.#s.requireUser(input.user);
    } else {
      const next = checkin.participants
        .map((uuid) => this.#s.data.users.get(uuid)!)
        .find((u) => u.is_active && !answered.has(u.uuid) && !isOnTimeOff(u, date));
      if (!next) throw badRequest('everyone_answered', `Every participant of "${checkin.name}" has answered for ${date}; name a user.`);
      user = next;
    }
    if (answered.has(user.uuid)) {
      throw badRequest('already_answered', `${user.full_name} already answered "${checkin.name}" for ${date}; update that response instead.`);
    }
    const { content, blockers } = answersFor(this.#s.rng, template, input.answers, input.blocker);
    const now = this.#s.now();
    const response: CheckinResponse = {
      uuid: this.#s.rng.uuid(),
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
    this.#s.data.responses.set(response.uuid, response);
    this.#emit('followups.response.completed', response);
    return response;
  }

  /** Someone edits their answers: `followups.response.updated`. */
  updateCheckinResponse(uuid: string, input: Pick<ResponseInput, 'answers' | 'blocker'> = {}): CheckinResponse {
    const response = need(this.#s.data.responses, uuid);
    const template = this.template(this.checkin(response.checkin).template);
    const { content, blockers } = answersFor(this.#s.rng, template, input.answers, input.blocker, response.content);
    Object.assign(response, { content, blockers, edited: true, updated_at: this.#s.now() });
    this.#emit('followups.response.updated', response);
    return response;
  }

  /** A response is deleted: `followups.response.deleted` (the body is the response as it was). */
  deleteCheckinResponse(uuid: string): CheckinResponse {
    const response = need(this.#s.data.responses, uuid);
    this.#emit('followups.response.deleted', response);
    this.#s.data.responses.delete(uuid);
    return response;
  }
}
