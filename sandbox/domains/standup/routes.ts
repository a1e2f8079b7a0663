/**
 * `POST /cli/updates/` (dailybot-api-more.md §2): `message` (for DailyBot's AI) or `done` / `doing` /
 * `blocked`, at least one, into the key owner's stand-ups for today. Answers `{followups_count,
 * attached_followups: [{followup_name, action}]}`; 0 when the owner takes part in no active check-in.
 * Its refusals (an AI failure, a key refused here) are reached with `/_sandbox/faults`.
 */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck } from '../../core/checks';
import type { ControlRoute } from '../../core/domain';
import type { SandboxState } from '..';
import type { StandupParts } from './state';

const PARTS = ['message', 'done', 'doing', 'blocked'] as const;

export const standupRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/cli/updates/', async (req) => {
    const check = new BodyCheck(req.body, PARTS);
    const parts: StandupParts = {};
    for (const key of PARTS) {
      const value = check.string(key, { maxLength: 10_000 });
      if (typeof value === 'string') parts[key] = value;
    }
    if (Object.keys(parts).length === 0) check.fail('message', 'Give a message, or done, doing or blocked.');
    check.done();
    const user = viewer(req);
    const attached = state.standupsOf(user).map((checkin) => ({ followup_name: checkin.name, action: state.addToStandup(checkin, user, parts, 'cli_update').action }));
    return { followups_count: attached.length, attached_followups: attached };
  });
};

export const STANDUP_CONTROL: readonly ControlRoute[] = [['GET    /_sandbox/standup-additions', 'what stand-up updates and agent reports added to whose stand-up']];

export const standupControl = (app: FastifyInstance, state: SandboxState): void => {
  app.get('/standup-additions', async () => state.standupAdditions);
};
