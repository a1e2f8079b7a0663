/**
 * A person's stand-ups for today: the active check-ins they take part in that ask that day (anonymous
 * ones aside: an update names its author). An update or an agent
 * report goes into each of them: a new response when they have not answered today (`created`), or
 * merged into today's response (`updated`), as DailyBot's CLI reference and agent skill describe.
 *
 * Where the parts go: done → the first question, doing → the second, blocked → the blocker question.
 * DailyBot's AI sorts free text; the sandbox's stand-in puts it with the first question, or with the
 * blocker question when it says "blocked" or "blocker".
 */
import type { SandboxState } from '..';
import type { Checkin, CheckinResponse } from '../checkins/model';
import type { User } from '../people/model';
import type { StandupAddition } from './model';

export interface StandupParts {
  message?: string;
  done?: string;
  doing?: string;
  blocked?: string;
}

const BLOCKED = /\bblock(ed|er|ers|ing)?\b/i;

export class StandupOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  get standupAdditions(): readonly StandupAddition[] {
    return this.#s.data.standupAdditions;
  }

  /** `user`'s stand-ups today: the active check-ins they take part in that ask today, not anonymous ones, by name. */
  standupsOf(user: User): Checkin[] {
    const weekday = new Date(`${this.#s.today()}T00:00:00Z`).getUTCDay() || 7; // 1 = Monday … 7 = Sunday, as frequency_on_days
    return [...this.#s.checkins.values()]
      .filter((c) => c.active && !c.is_anonymous && c.frequency_on_days.includes(weekday) && c.participants.includes(user.uuid))
      .sort((a, b) => a.name.localeCompare(b.name));
  }

  /** Today's response of `user` to `checkin`, if any. */
  todaysResponse(checkin: Checkin, user: User): CheckinResponse | undefined {
    const today = this.#s.today();
    return [...this.#s.responses.values()].find((r) => r.checkin === checkin.id && r.user === user.uuid && r.date === today);
  }

  /** Adds `parts` to `user`'s stand-up `checkin` for today; `tag` follows each line ("co-authored with CI"). */
  addToStandup(checkin: Checkin, user: User, parts: StandupParts, source: string, tag = ''): StandupAddition {
    const questions = this.#s.template(checkin.template).questions;
    const first = questions.find((q) => !q.is_blocker);
    const second = questions.filter((q) => !q.is_blocker)[1];
    const blocker = questions.find((q) => q.is_blocker);
    const lines = new Map<string, string[]>();
    const put = (uuid: string | undefined, text: string | undefined) => {
      if (!uuid || !text?.trim()) return;
      lines.set(uuid, [...(lines.get(uuid) ?? []), `${text.trim()}${tag}`]);
    };
    if (parts.message) put(BLOCKED.test(parts.message) && blocker ? blocker.uuid : first?.uuid, parts.message);
    put(first?.uuid, parts.done);
    put(second?.uuid ?? first?.uuid, parts.doing);
    put(blocker?.uuid ?? first?.uuid, parts.blocked);
    const existing = this.todaysResponse(checkin, user);
    const answers: Record<string, string> = {};
    for (const [uuid, added] of lines) {
      const before = existing?.content[uuid]?.trim() ?? '';
      const keep = before !== '' && !(uuid === blocker?.uuid && /^no\.?$/i.test(before));
      answers[uuid] = [...(keep ? [before] : []), ...added].join('\n');
    }
    const blocked = blocker ? lines.has(blocker.uuid) : false;
    let response: CheckinResponse;
    if (existing) {
      response = this.#s.updateCheckinResponse(existing.uuid, { answers, ...(blocked ? { blocker: answers[blocker!.uuid] } : {}) });
    } else {
      const blank = Object.fromEntries(questions.map((q) => [q.uuid, q.is_blocker ? 'No' : '']));
      response = this.#s.completeCheckinResponse(checkin.id, { user: user.uuid, answers: { ...blank, ...answers }, ...(blocked ? { blocker: answers[blocker!.uuid] } : {}) });
    }
    const addition: StandupAddition = { user: user.uuid, checkin: checkin.id, response: response.uuid, action: existing ? 'updated' : 'created', source, at: this.#s.now() };
    this.#s.data.standupAdditions.push(addition);
    return addition;
  }
}
