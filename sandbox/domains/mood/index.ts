/**
 * Mood (dailybot-api-more.md §10.1): `POST /mood/track/ {score 1–5, date?}` for the key's owner, once a
 * day (`409 motivation_score_already_completed`), `400 {details, code: invalid_score}` out of range;
 * the success answer writes its text under `details`. `GET /mood/track/?date=` → `{motivation:
 * {score, created_at} | null}`. "Today" is the sandbox's day (DailyBot uses the person's time zone).
 */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck } from '../../core/checks';
import type { Domain } from '../../core/domain';
import { ApiError, invalid } from '../../core/errors';
import { queryParam } from '../../core/paging';
import { isDate, restTimestamp } from '../../core/time';
import type { SandboxState } from '..';
import type { MoodEntry } from './model';

export class MoodOperations {
  readonly #s: SandboxState;

  constructor(s: SandboxState) {
    this.#s = s;
  }

  moodOf(user: string, date: string): MoodEntry | undefined {
    return this.#s.data.moods.get(`${user}:${date}`);
  }

  trackMood(user: string, score: number, date = this.#s.today()): MoodEntry {
    if (this.moodOf(user, date)) throw new ApiError(409, { detail: 'You have already tracked your mood for this date.', code: 'motivation_score_already_completed' });
    const entry = { user, date, score, created_at: this.#s.now() };
    this.#s.data.moods.set(`${user}:${date}`, entry);
    return entry;
  }
}

const moodRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/mood/track/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['score', 'date']);
    const score = check.body.score;
    const date = check.date('date') ?? undefined;
    check.done();
    if (!Number.isInteger(score) || (score as number) < 1 || (score as number) > 5) {
      return reply.code(400).send({ details: 'The score must be a whole number from 1 to 5.', code: 'invalid_score' });
    }
    state.trackMood(viewer(req).uuid, score as number, date);
    return { details: 'The mood response has been tracked' };
  });
  app.get('/mood/track/', async (req) => {
    const date = queryParam(req, 'date') || state.today();
    if (!isDate(date)) throw invalid({ date: ['Date has wrong format. Use one of these formats instead: YYYY-MM-DD.'] });
    const entry = state.moodOf(viewer(req).uuid, date);
    return { motivation: entry ? { score: entry.score, created_at: restTimestamp(entry.created_at) } : null };
  });
};

export const mood: Domain<MoodOperations> = {
  name: 'mood',
  seed: (ctx) => {
    ctx.data.moods = new Map();
  },
  operations: MoodOperations,
  routes: moodRoutes,
};

