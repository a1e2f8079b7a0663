/**
 * Log Agent Report: `POST /agent-reports/` (dailybot-api-more.md §3.1; DailyBot's v3 agent-reports
 * docs, its agent skill's API reference and CLI `submit_agent_report`). A report from a bot, CI job
 * or coding agent, shown on DailyBot's agent timeline: `agent_name` (≤ 128 characters; an agent
 * registers itself on its first report), `content`, `structured` `{completed, in_progress,
 * blockers}`, `metadata`, `is_milestone`, and `co_authors`: emails or user UUIDs, mixed, passed as
 * DailyBot takes them (no user listing). Each co-author DailyBot can resolve gets the report in their
 * active stand-up; an identifier it cannot resolve is dropped silently, which the help says. A full
 * name is refused here, before sending, since DailyBot would drop it.
 *
 * The answer's shape is a CONFLICT (v3: the report with `co_authors: [{uuid, name}]`; the CLI's
 * reference: `{id, is_milestone, co_authors?}`; its report skill: always a `url`): every key is read
 * as optional, and the output falls back to what was sent.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { answerOf, sendAction } from './shared/request';
import { SEARCH_FOR } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { bool, keyValues, lines, list, text } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';
import { EMAIL_PATTERN, UUID_PATTERN } from '../schemas/patterns';

export const AGENT_NAME_MAX = 128;

const inputFields = defineInputFields([
  {
    key: 'agent_name',
    label: 'Agent Name',
    type: 'string',
    required: true,
    helpText: 'The bot, CI job or coding agent reporting, such as “CI pipeline” (at most 128 characters). The first report of a new name registers it as an agent.',
  },
  { key: 'content', label: 'Report', type: 'text', required: true, helpText: 'What happened, in a few readable sentences.' },
  { key: 'completed', label: 'Completed', type: 'text', list: true, required: false, helpText: 'What was finished, one item per line.' },
  { key: 'in_progress', label: 'In Progress', type: 'text', list: true, required: false, helpText: 'What is still under way, one item per line.' },
  { key: 'blockers', label: 'Blockers', type: 'text', list: true, required: false, helpText: 'What is in the way, one item per line.' },
  {
    key: 'metadata',
    label: 'Details',
    type: 'string',
    dict: true,
    required: false,
    helpText: 'Names and values to keep with the report, such as repository, branch, pull request or build number.',
  },
  { key: 'is_milestone', label: 'Milestone', type: 'boolean', required: false, helpText: 'Yes marks the report as a milestone (a release, a big merge).' },
  {
    key: 'co_authors',
    label: 'Co-authors',
    type: 'string',
    list: true,
    required: false,
    dynamic: 'list_users.id.name',
    search: SEARCH_FOR.user,
    helpText:
      'The people this work was done with or for: pick them, or map their email addresses or DailyBot user IDs. Each one’s stand-up for today gets the report ' +
      '(merged into it if they already answered). DailyBot drops anyone it cannot find in your organization without saying so.',
  },
]);

const identifier = (value: string): boolean => UUID_PATTERN.test(value) || EMAIL_PATTERN.test(value);

const Inputs = schema((zod) =>
  zod.object({
    agent_name: text(zod, AGENT_NAME_MAX),
    content: text(zod, 20_000),
    completed: lines(zod),
    in_progress: lines(zod),
    blockers: lines(zod),
    metadata: keyValues(zod).refine((m) => Object.keys(m).length <= 50, { message: 'must hold at most 50 names' }),
    is_milestone: bool(zod),
    co_authors: list(zod, 50)
      .refine((items) => items.every(identifier), { message: 'must hold email addresses or DailyBot user IDs (a name cannot be matched here)' })
      // the same person twice (another letter case) once, as first written
      .transform((items) => items.filter((item, i) => items.findIndex((other) => other.toLowerCase() === item.toLowerCase()) === i)),
  }),
);

/** The body of `POST /agent-reports/`. */
export const request = schema((zod) =>
  zod.strictObject({
    agent_name: zod.string().min(1).max(AGENT_NAME_MAX),
    content: zod.string().min(1),
    structured: zod
      .strictObject({ completed: zod.array(zod.string()).optional(), in_progress: zod.array(zod.string()).optional(), blockers: zod.array(zod.string()).optional() })
      .optional(),
    metadata: zod.record(zod.string(), zod.string()).optional(),
    is_milestone: zod.boolean().optional(),
    co_authors: zod.array(zod.string().refine(identifier)).optional(),
  }),
);

const CoAuthor = schema((zod) => zod.object({ uuid: zod.string().nullable(), email: zod.string().nullable(), name: zod.string().nullable() }));

export const output = schema((zod) =>
  zod.object({
    id: zod.string().nullable(),
    url: zod.string().nullable(),
    agent_name: zod.string(),
    is_milestone: zod.boolean(),
    created_at: zod.string().nullable(),
    co_authors: zod.array(CoAuthor.get()),
  }),
);

const Answer = schema((zod) => {
  const id = zod.union([zod.string(), zod.number()]).transform(String);
  return zod.looseObject({
    id: id.nullish().catch(undefined),
    uuid: id.nullish().catch(undefined),
    url: zod.string().regex(/^https:\/\//).nullish().catch(undefined),
    is_milestone: zod.boolean().nullish().catch(undefined),
    created_at: zod.string().nullish().catch(undefined),
    co_authors: zod
      .array(
        zod.union([
          zod.string().transform((value) => ({ uuid: value, name: null as string | null, email: null as string | null })),
          zod.looseObject({ uuid: id.nullish(), name: zod.string().nullish(), email: zod.string().nullish() }),
        ]),
      )
      .nullish()
      .catch(undefined),
  });
});

/** The co-authors DailyBot names, else the people sent (an email as email, a UUID as uuid). */
const coAuthorsOf = (answer: Infer<typeof Answer> | undefined, sent: string[]) => {
  const named = (answer?.co_authors ?? []).map((c) => {
    const value = c.uuid ?? null;
    const isEmail = value !== null && EMAIL_PATTERN.test(value);
    return { uuid: isEmail ? null : value, email: c.email ?? (isEmail ? value : null), name: c.name ?? null };
  });
  if (named.length > 0) return named;
  return sent.map((item) => (EMAIL_PATTERN.test(item) ? { uuid: null, email: item, name: null } : { uuid: item, email: null, name: null }));
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const structured = Object.fromEntries((['completed', 'in_progress', 'blockers'] as const).flatMap((key) => (inputs[key].length > 0 ? [[key, inputs[key]]] : [])));
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/agent-reports/',
    body: {
      agent_name: inputs.agent_name,
      content: inputs.content,
      ...(Object.keys(structured).length > 0 ? { structured } : {}),
      ...(Object.keys(inputs.metadata).length > 0 ? { metadata: inputs.metadata } : {}),
      ...(inputs.is_milestone !== undefined ? { is_milestone: inputs.is_milestone } : {}),
      ...(inputs.co_authors.length > 0 ? { co_authors: inputs.co_authors } : {}),
    },
  });
  // the report was filed: an answer in another shape still gives what was sent
  const parsed = Answer.safeParse(answerOf(response));
  const answer = parsed.success ? parsed.data : undefined;
  return {
    id: answer?.id ?? answer?.uuid ?? null,
    url: answer?.url ?? null,
    agent_name: inputs.agent_name,
    is_milestone: answer?.is_milestone ?? inputs.is_milestone ?? false,
    created_at: answer?.created_at ?? null,
    co_authors: coAuthorsOf(answer, inputs.co_authors),
  };
};

export default defineCreate({
  key: 'log_agent_report',
  noun: 'Agent Report',
  display: {
    label: 'Log Agent Report',
    description: 'Logs a report from a bot, CI job or coding agent, and adds it to the stand-ups of the people it names as co-authors.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      id: '7c9e6679-7425-40de-944b-e07fc1f90ae7',
      url: 'https://app.dailybot.com/agents/report/7c9e6679-7425-40de-944b-e07fc1f90ae7',
      agent_name: 'CI pipeline',
      is_milestone: false,
      created_at: '2026-03-31T14:05:09.123456Z',
      co_authors: [{ uuid: '5945bf02-66f5-4b29-bbd6-07421dfa0a87', email: 'john@example.com', name: 'John Wick' }],
    },
    outputFields: [
      { key: 'id', label: 'Report ID' },
      { key: 'url', label: 'Report URL' },
      { key: 'agent_name', label: 'Agent Name' },
      { key: 'is_milestone', label: 'Milestone', type: 'boolean' },
      { key: 'created_at', label: 'Logged At', type: 'datetime' },
      { key: 'co_authors[]uuid', label: 'Co-author ID' },
      { key: 'co_authors[]email', label: 'Co-author Email' },
      { key: 'co_authors[]name', label: 'Co-author Name' },
    ],
  },
});
