/**
 * The Activity Hook (dailybot-api-notes.md §2.6): `POST /activity/<token>/`, outside `/v1/` and without
 * an API key (the token in the URL is the secret). What it receives goes to the outbox as `activity`.
 */
import type { FastifyInstance, FastifyReply } from 'fastify';

import { BodyCheck, UUID_PATTERN } from '../../core/checks';
import type { Domain, Params } from '../../core/domain';
import { ApiError, notFound } from '../../core/errors';
import type { SandboxState } from '..';
import './model';

export interface ActivityInput {
  custom_type: string;
  message: string;
  link: string | null;
  user_email?: string;
  user_uuid?: string;
}

class ActivityOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  get activityToken(): string {
    return this.#s.data.activityToken;
  }

  /** The Activity Hook: `user` is a UUID or email; unknown → 404. */
  logActivity(input: ActivityInput): void {
    const ref = input.user_uuid ?? input.user_email ?? '';
    const user =
      input.user_uuid !== undefined
        ? UUID_PATTERN.test(input.user_uuid)
          ? this.#s.data.users.get(input.user_uuid.toLowerCase())
          : undefined
        : this.#s.findUser(ref);
    if (!user) throw new ApiError(404, { detail: 'User not found.', code: 'not_found' });
    this.#s.send({ kind: 'activity', custom_type: input.custom_type, message: input.message, link: input.link, user: user.uuid });
  }
}

/**
 * The Activity Hook URL: `POST /activity/<token>/`, outside `/v1/` and without an API key (the
 * token in the URL is the secret). `{custom_type ≤128, message, link?, user_email | user_uuid}` →
 * 200 with an empty body; a user the organization does not have → 404.
 */
const activityRoutes = (app: FastifyInstance, state: SandboxState): void => {
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

export const activity: Domain<ActivityOperations> = {
  name: 'activity',
  // after the people's API keys: the secrets stream gives the keys first, then this token
  seed: (ctx) => {
    ctx.data.activityToken = ctx.rng.secrets.hex(32);
  },
  operations: ActivityOperations,
  publicRoutes: activityRoutes,
};
