/**
 * `POST /agent-reports/` (dailybot-api-more.md §3.1): `{agent_name (≤ 128), content, structured?,
 * metadata?, is_milestone?, co_authors?}`. Each co-author named by email or UUID who can be found gets
 * the report in each of their stand-ups for today (merged into a response already given), tagged
 * "co-authored with <agent>"; the others are dropped without a word, as DailyBot does. The answer is
 * v3's report with the report skill's `url`.
 */
import type { FastifyInstance } from 'fastify';

import { viewer } from '../../core/auth';
import { BodyCheck, EMAIL_PATTERN, UUID_PATTERN, isPlainObject } from '../../core/checks';
import type { ControlRoute } from '../../core/domain';
import { restTimestamp } from '../../core/time';
import type { SandboxState } from '..';
import type { User } from '../people/model';
import type { AgentReport } from './model';

const LISTS = ['completed', 'in_progress', 'blockers'] as const;

const reportView = (r: AgentReport, users: ReadonlyMap<string, User>) => ({
  id: r.id,
  agent_name: r.agent_name,
  content: r.content,
  structured: r.structured,
  metadata: r.metadata,
  is_milestone: r.is_milestone,
  co_authors: r.co_authors.map((uuid) => ({ uuid, name: users.get(uuid)?.full_name ?? null })),
  created_at: restTimestamp(r.created_at),
  url: `https://app.dailybot.com/agents/report/${r.id}`,
});

export const agentRoutes = (app: FastifyInstance, state: SandboxState): void => {
  app.post('/agent-reports/', async (req, reply) => {
    const check = new BodyCheck(req.body, ['agent_name', 'content', 'structured', 'metadata', 'is_milestone', 'co_authors']);
    const agent = check.string('agent_name', { required: true, maxLength: 128 });
    const content = check.string('content', { required: true });
    const structured = check.object('structured') ?? {};
    const metadata = check.object('metadata') ?? {};
    const milestone = check.boolean('is_milestone') ?? false;
    const coAuthors = check.strings('co_authors', { allowEmpty: true }) ?? [];
    for (const key of Object.keys(structured)) {
      const value = structured[key];
      if (!(LISTS as readonly string[]).includes(key) || !Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
        check.fail('structured', 'Give completed, in_progress and blockers as lists of texts.');
      }
    }
    check.done();
    const people = coAuthors
      .filter((ref) => UUID_PATTERN.test(ref) || EMAIL_PATTERN.test(ref))
      .map((ref) => state.findUser(ref))
      .filter((u): u is User => u !== undefined && u.is_active);
    const report = state.postAgentReport({
      agent_name: agent!,
      content: content!,
      structured: structured as AgentReport['structured'],
      metadata: isPlainObject(metadata) ? metadata : {},
      is_milestone: milestone,
      co_authors: [...new Set(people.map((u) => u.uuid))],
      by: viewer(req).uuid,
    });
    return reply.code(201).send(reportView(report, state.users));
  });
};

export const AGENTS_CONTROL: readonly ControlRoute[] = [['GET    /_sandbox/agent-reports', 'the agent reports posted, newest last']];

export const agentsControl = (app: FastifyInstance, state: SandboxState): void => {
  app.get('/agent-reports', async () => state.agentReports.map((r) => reportView(r, state.users)));
};
