/**
 * Post Stand-up Update: `POST /cli/updates/` (dailybot-api-more.md §2; DailyBot's CLI `submit_update`,
 * `dailybot update`). A free-text `message` is sorted by DailyBot's AI into the API key owner's pending
 * check-ins for today; `done` / `doing` / `blocked` skip the AI. DailyBot answers
 * `{followups_count, attached_followups: [{followup_name, action}]}`, `action` `created` or `updated`;
 * 0 check-ins means nothing matched, and the step halts saying so.
 *
 * The call can be slow (the CLI waits up to 120 s) and has no idempotency key: it waits up to 25 s
 * (src/http/config.ts), is marked `unsafeToRepeat` so nothing retries it (a 429 is not a
 * `ThrottledError` here), and a time-out or server error says the update may still have been
 * applied. Whether DailyBot takes an organization API key here is a CONFLICT (v3 docs: a CLI login
 * only; the CLI: "now honours X-API-KEY"): when DailyBot refuses the key here, `GET /me/` tells a key
 * refused on this endpoint from a revoked key, and the message says which.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { answerOf, sendAction } from './shared/request';
import { slowRequestTimeoutMs } from '../http/config';
import { send } from '../http/client';
import { atLeastOneOf } from '../inputs/fields';
import { haltWhenMappedEmpty, parseInputs } from '../inputs/parse';
import { optionalText } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';

const GROUP = 'update';
const FIELDS = ['message', 'done', 'doing', 'blocked'] as const;

const inputFields = defineInputFields(
  atLeastOneOf(GROUP, [
    {
      key: 'message',
      label: 'Update',
      type: 'text',
      required: false,
      helpText:
        'What you did, are doing or are blocked on, in your own words (for example “Closed ticket PRJ-142; reviewing the release notes”). DailyBot’s AI sorts it into the right questions of your pending check-ins for today.',
    },
    { key: 'done', label: 'Done', type: 'text', required: false, helpText: 'What was completed. Sent as it is, without DailyBot’s AI.' },
    { key: 'doing', label: 'Doing', type: 'text', required: false, helpText: 'What is in progress. Sent as it is, without DailyBot’s AI.' },
    { key: 'blocked', label: 'Blocked', type: 'text', required: false, helpText: 'What is in the way. Sent as it is, without DailyBot’s AI.' },
  ]),
);

const Inputs = schema((zod) =>
  zod
    .object({ message: optionalText(zod, 10_000), done: optionalText(zod, 5000), doing: optionalText(zod, 5000), blocked: optionalText(zod, 5000) })
    .refine((v) => FIELDS.some((key) => v[key] !== undefined), { message: 'fill in at least one of “Update”, “Done”, “Doing” or “Blocked”' }),
);

/** The body of `POST /cli/updates/`: only the texts given. */
export const request = schema((zod) =>
  zod
    .strictObject({
      message: zod.string().min(1).optional(),
      done: zod.string().min(1).optional(),
      doing: zod.string().min(1).optional(),
      blocked: zod.string().min(1).optional(),
    })
    .refine((body) => Object.keys(body).length > 0, 'at least one text'),
);

export const output = schema((zod) =>
  zod.object({
    checkins_count: zod.number().int(),
    checkins: zod.array(zod.object({ name: zod.string(), action: zod.string() })),
  }),
);

const Answer = schema((zod) =>
  zod.looseObject({
    followups_count: zod.number().int().nullish().catch(undefined),
    attached_followups: zod
      .array(zod.looseObject({ followup_name: zod.string().nullish().catch(undefined), action: zod.string().nullish().catch(undefined) }))
      .nullish()
      .catch(undefined),
  }),
);

const OWNER = 'DailyBot posts stand-up updates as the API key’s owner, into their own pending check-ins for today';

export const NOTHING_MATCHED = `No check-in took this update: ${OWNER}, and none of them matched (they may all be answered already, or none is due today). Nothing was recorded.`;

export const KEY_REFUSED =
  'DailyBot did not accept this connection’s API key for stand-up updates, although the key works for other steps: DailyBot’s own documentation ' +
  'disagrees on whether stand-up updates take an organization API key or only a personal DailyBot CLI login, and your DailyBot refused it. ' +
  'Use Submit Check-in Response (which answers a check-in with the API key) instead, or post the update from DailyBot’s CLI or chat.';

const AI_FAILED =
  'DailyBot’s AI could not sort this update into your check-ins (DailyBot: ai processing failed). Replay this Zap run later, or fill in “Done”, “Doing” and “Blocked”, which skip the AI.';

const AUTH_CODES = new Set(['authentication_failed', 'not_authenticated']);

const explain = (status: number, code: string | undefined, detail: string): string | undefined => {
  if (status === 400 && /ai processing failed/i.test(detail)) return AI_FAILED;
  // a 403 about the key itself goes on to the check below; a plan's 403 keeps the shared words
  if (status === 403 && !code?.startsWith('plan_') && !(code && AUTH_CODES.has(code)) && !(!code && /credential|api key/i.test(detail))) return KEY_REFUSED;
  return undefined;
};

/** After DailyBot refused the key here: a key that still reads `GET /me/` works, and this endpoint refuses it. */
const keyRefusedHere = async (z: ZObject, bundle: Bundle): Promise<boolean> => {
  try {
    await send(z, bundle, { path: '/me/' });
    return true;
  } catch {
    return false;
  }
};

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  haltWhenMappedEmpty(z, bundle, FIELDS, 'No update was posted: “Update”, “Done”, “Doing” and “Blocked” came from earlier steps but were all empty in this run.');
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const body = Object.fromEntries(FIELDS.flatMap((key) => (inputs[key] === undefined ? [] : [[key, inputs[key]]])));
  let response;
  try {
    response = await sendAction(z, bundle, { method: 'POST', path: '/cli/updates/', body, timeout: slowRequestTimeoutMs(bundle), unsafeToRepeat: true, explain });
  } catch (error) {
    if (error instanceof z.errors.ExpiredAuthError && (await keyRefusedHere(z, bundle))) throw new z.errors.Error(KEY_REFUSED, 'api_key_refused_for_updates', 403);
    throw error;
  }
  const parsed = Answer.safeParse(answerOf(response));
  const answer = parsed.success ? parsed.data : {};
  const checkins = (answer.attached_followups ?? []).map((f) => ({ name: f.followup_name ?? 'Check-in', action: f.action ?? 'updated' }));
  // an answer naming no count and no list says nothing about matches: the update was taken, nothing is claimed
  if (answer.followups_count == null && answer.attached_followups == null) return { checkins_count: 0, checkins: [] };
  const count = answer.followups_count ?? checkins.length;
  if (count === 0) throw new z.errors.HaltedError(NOTHING_MATCHED);
  return { checkins_count: count, checkins };
};

export default defineCreate({
  key: 'post_standup_update',
  noun: 'Stand-up Update',
  display: {
    label: 'Post Stand-up Update',
    description:
      'Adds an update to the API key owner’s pending check-ins for today: free text that an AI sorts into their questions, or what is done, in progress and blocked.',
  },
  operation: {
    inputFields,
    perform,
    sample: {
      checkins_count: 1,
      checkins: [{ name: 'Daily Standup', action: 'created' }],
    },
    outputFields: [
      { key: 'checkins_count', label: 'Check-ins Updated', type: 'integer' },
      { key: 'checkins[]name', label: 'Updated Check-in: Name' },
      { key: 'checkins[]action', label: 'Updated Check-in: Action' },
    ],
  },
});
