/** Giving kudos (`kudos.posted`), merged into the state (`state.postKudos(…)`). */
import { badRequest } from '../../core/errors';
import type { SandboxState } from '..';
import type { CompanyValue, Kudos } from './model';
import { kudosBody } from './views';

export interface KudosInput {
  giver: string | null;
  receivers: string[];
  teams?: string[];
  content: string;
  company_value?: string | null;
  is_anonymous?: boolean;
  by_dailybot?: boolean;
}

export class KudosOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  /** A company value by id or name; an unknown name is kept as given (DailyBot's docs are unclear). */
  #companyValue(ref: string | null | undefined): CompanyValue | null {
    if (!ref) return null;
    const wanted = ref.trim().toLowerCase();
    return this.#s.data.companyValues.find((v) => v.id === wanted || v.name.toLowerCase() === wanted) ?? { id: null, name: ref.trim() };
  }

    get kudos(): readonly Kudos[] {
    return this.#s.data.kudos;
  }
  get companyValues(): readonly CompanyValue[] {
    return this.#s.data.companyValues;
  }

  /** Gives kudos: `kudos.posted`. Team receivers stand for their active members. */
  postKudos(input: KudosInput): Kudos {
    const receivers = this.#s.usersByUuid(input.receivers);
    const teams = this.#s.teamsByUuid(input.teams ?? []);
    // Named receivers get the kudos; a team's members too, except the giver (nobody thanks themselves).
    const fromTeams = this.#s.membersOf(teams).filter((uuid) => uuid !== input.giver);
    const all = [...new Set([...receivers.map((u) => u.uuid), ...fromTeams])];
    if (all.length === 0) throw badRequest('no_users_found', 'The kudos have no receivers.');
    const kudos: Kudos = {
      id: this.#s.rng.uuid(),
      giver: input.by_dailybot ? null : input.giver,
      receivers: all,
      company_value: this.#companyValue(input.company_value),
      content: input.content,
      is_anonymous: input.is_anonymous ?? false,
      by_dailybot: input.by_dailybot ?? false,
      created_at: this.#s.now(),
    };
    this.#s.data.kudos.push(kudos);
    this.#s.webhooks.dispatch('kudos.posted', undefined, kudosBody(kudos, this.#s.data.users, this.#s.data.org));
    return kudos;
  }

  /** Records kudos given through the API in the outbox too (DailyBot posts them in chat). */
  recordKudos(kudos: Kudos): void {
    this.#s.send({
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
}
