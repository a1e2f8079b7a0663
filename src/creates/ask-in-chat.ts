/**
 * Ask in Chat and Wait for an Answer: sends a question with 2–10 answer buttons to people or channels
 * and pauses the Zap until someone clicks one (Zapier's callbacks: `z.generateCallbackUrl()` in
 * `perform`, `performResume` with what the click POSTed in `bundle.cleanedRequest`).
 *
 * Each button is one of DailyBot's interactive buttons whose `callback_url` is the run's callback URL.
 * No `callback_auth` is sent: the URL is itself a secret of this one run, and Zapier's callback
 * endpoint would not check a token. Only a value this run put on a button counts as an answer
 * (src/creates/shared/callback.ts); anything else ends the step with an error, never a guess.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { choiceValue, questionId, readClick, whenClicked, whoClicked, withoutCallbackUrl } from './shared/callback';
import { channelsField, hasTarget, messageBodyShape, messageRules, postMessage, resolveTargets, targetsBody, usersField } from './shared/message';
import { PersonOutput, peopleOutputFields, personOutput, samplePerson } from './shared/people';
import { hookUrlProblem } from '../http/hosts';
import { hideRunSecret } from '../http/secrets';
import { atLeastOneOf } from '../inputs/fields';
import { haltWhenGroupEmpty, parseInputs } from '../inputs/parse';
import { text } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';

/** DailyBot takes https callback URLs of at most 2048 characters (official CLI's `button_callback_url_invalid`); loopback http is the local sandbox's. */
const isCallbackUrl = (url: string): boolean => url.length <= 2048 && hookUrlProblem(url) === undefined;

const MIN_CHOICES = 2;
const MAX_CHOICES = 10;
const ONE_OF = '“Users” or “Channels”';
/** The "at least one of" group of who is asked. */
const ASKED = 'asked';

const inputFields = defineInputFields([
  { key: 'message', label: 'Question', type: 'text', required: true, helpText: 'What to ask, such as “Can you help with the blocker Sam reported?”.' },
  ...atLeastOneOf(ASKED, [
    usersField('People to ask, privately. The first one to click answers for everyone.'),
    channelsField('Chat channels to ask in. The first person to click answers.'),
  ]),
  {
    key: 'choices',
    label: 'Answer Buttons',
    type: 'string',
    list: true,
    required: true,
    helpText: `The answers people can click, one button each: ${MIN_CHOICES} to ${MAX_CHOICES}, such as “Yes” and “Not now”. The Zap waits until someone clicks one, and goes on with that answer.`,
  },
]);

/** Choices as Zapier hands them: a list (one button an item), or one text with commas or lines between them. */
const choiceItems = (value: unknown): unknown => {
  if (value === undefined || value === null) return [];
  // anything else goes to the rule as it is, to be refused by name (an object may not even turn into text)
  const items = Array.isArray(value) ? value : typeof value === 'string' ? value.split(/[,\n\r]+/) : [value];
  return items.filter((item) => !(typeof item === 'string' && item.trim() === ''));
};

const Inputs = schema((zod) => {
  const { target_users, target_channels } = messageRules(zod);
  return zod
    .object({
      message: text(zod),
      target_users,
      target_channels,
      choices: zod.preprocess(
        choiceItems,
        zod
          .array(text(zod, 75), { error: 'is required' })
          .min(MIN_CHOICES, `needs at least ${MIN_CHOICES} answers`)
          .max(MAX_CHOICES, `takes at most ${MAX_CHOICES} answers`)
          .refine((labels) => new Set(labels.map((l) => l.toLowerCase())).size === labels.length, 'must not repeat an answer'),
      ),
    })
    .refine((v) => hasTarget({ ...v, target_teams: [] }), { message: `name who to ask in ${ONE_OF}` });
});

/** The body of `POST /send-message/` that asks. */
export const request = schema((zod) => {
  const { message, target_users, target_channels } = messageBodyShape(zod);
  return zod
    .strictObject({
      message,
      target_users,
      target_channels,
      buttons: zod
        .array(
          zod.strictObject({
            label: zod.string().min(1).max(75),
            button_type: zod.literal('interactive'),
            value: zod.string().regex(/^q[0-9a-f]{10}:\d{1,2}$/),
            callback_url: zod.string().max(2048).refine(isCallbackUrl),
          }),
        )
        .min(MIN_CHOICES)
        .max(MAX_CHOICES),
    })
    .refine((body) => body.target_users || body.target_channels, 'has no recipient');
});

/** What Zapier shows while the Zap waits. */
const Waiting = schema((zod) =>
  zod.object({
    bot_message_id: zod.string().nullable(),
    question_id: zod.string(),
    question: zod.string(),
    choices: zod.array(zod.string()),
    target_users: zod.array(zod.string()),
    target_channels: zod.array(zod.string()),
    users: zod.array(PersonOutput.get()),
  }),
);
type Waiting = Infer<typeof Waiting>;

const Answered = schema((zod) =>
  Waiting.get().extend({
    answer: zod.string(),
    answer_number: zod.number().int(),
    answered_by_uuid: zod.string().nullable(),
    answered_by_name: zod.string().nullable(),
    answered_by_email: zod.string().nullable(),
    answered_at: zod.string(),
    raw_callback: zod.string(),
  }),
);

export const output = schema((zod) => zod.union([Answered.get(), Waiting.get()]));

const perform = async (z: ZObject, bundle: Bundle): Promise<Waiting> => {
  haltWhenGroupEmpty(z, bundle, inputFields, ASKED, 'Nobody was asked');
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const callbackUrl = z.generateCallbackUrl();
  if (typeof callbackUrl !== 'string' || !isCallbackUrl(callbackUrl)) {
    throw new z.errors.Error(
      'Zapier gave this step no https:// address for the answer, so it cannot wait for a click. Run the Zap again; if it keeps happening, contact the app’s maintainers.',
      'no_callback_url',
    );
  }
  const question = questionId(callbackUrl);
  // a secret of this run: core's HTTP log of the asking request (and any error or answer) hides it
  hideRunSecret(bundle, callbackUrl);
  const targets = await resolveTargets(z, bundle, { ...inputs, target_teams: [] });
  const sent = await postMessage(z, bundle, {
    message: inputs.message,
    ...targetsBody(targets),
    buttons: inputs.choices.map((label, i) => ({ label, button_type: 'interactive', value: choiceValue(question, i), callback_url: callbackUrl })),
  });
  return {
    bot_message_id: sent.bot_message_id,
    question_id: question,
    question: inputs.message,
    choices: inputs.choices,
    target_users: targets.target_users,
    target_channels: targets.target_channels,
    users: targets.users.map(personOutput),
  };
};

const quoted = (labels: readonly string[]) => labels.map((l) => `“${l}”`).join(', ');

const performResume = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof Answered>> => {
  const waiting = Waiting.safeParse(bundle.outputData);
  if (!waiting.success) {
    throw new z.errors.Error('This step lost track of the question it asked, so it cannot read the answer. Run the Zap again.', 'ask_in_chat_lost_question');
  }
  const asked = waiting.data;
  const body: unknown = bundle.cleanedRequest;
  const click = readClick(body, asked.question_id, asked.choices.length);
  const stop = 'so the Zap stops here instead of guessing an answer.';
  if (click.kind === 'none') {
    throw new z.errors.Error(
      `DailyBot called back for “${asked.question}” without saying which button was clicked, ${stop} ` +
        'Run the Zap again to ask again; if it keeps happening, tell the app’s maintainers (DailyBot may have changed what a click sends).',
      'ask_in_chat_no_answer',
    );
  }
  if (click.kind !== 'answer') {
    throw new z.errors.Error(
      `The click DailyBot sent back for “${asked.question}” is not ${click.kind === 'ambiguous' ? 'a single one' : 'one'} of the answers this step offered ` +
        `(${quoted(asked.choices)}), ${stop} Run the Zap again to ask again.`,
      click.kind === 'ambiguous' ? 'ask_in_chat_ambiguous_answer' : 'ask_in_chat_unknown_answer',
    );
  }
  const fields = body !== null && typeof body === 'object' && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  const who = whoClicked(fields);
  return {
    ...asked,
    answer: asked.choices[click.index]!,
    answer_number: click.index + 1,
    answered_by_uuid: who.uuid,
    answered_by_name: who.name,
    answered_by_email: who.email,
    answered_at: whenClicked(fields, new Date()),
    raw_callback: JSON.stringify(withoutCallbackUrl(body ?? null, asked.question_id)),
  };
};

const sampleQuestion = 'q3f9a1c27be';

export default defineCreate({
  key: 'ask_in_chat',
  noun: 'Answer',
  display: {
    label: 'Ask in Chat and Wait for an Answer',
    description: 'Asks people or a channel a question with answer buttons, and waits until someone clicks one.',
  },
  operation: {
    inputFields,
    perform,
    performResume,
    sample: {
      bot_message_id: '$db/5b0d7c1e-8f2a-4c3b-9d4e-6a7b8c9d0e1f',
      question_id: sampleQuestion,
      question: 'Sam reported a blocker in the standup. Can you help?',
      choices: ['Yes', 'Not now'],
      target_users: [samplePerson.uuid],
      target_channels: ['C0123456789'],
      users: [samplePerson],
      answer: 'Yes',
      answer_number: 1,
      answered_by_uuid: samplePerson.uuid,
      answered_by_name: samplePerson.full_name,
      answered_by_email: samplePerson.email,
      answered_at: '2026-03-31T14:05:09+00:00',
      raw_callback: JSON.stringify({ value: `${sampleQuestion}:1`, user: { uuid: samplePerson.uuid, full_name: samplePerson.full_name, email: samplePerson.email } }),
    },
    outputFields: [
      { key: 'bot_message_id', label: 'Message ID' },
      { key: 'question_id', label: 'Question ID' },
      { key: 'question', label: 'Question' },
      { key: 'choices', label: 'Answer Buttons', list: true },
      { key: 'target_users', label: 'User IDs', list: true },
      { key: 'target_channels', label: 'Channel IDs', list: true },
      ...peopleOutputFields('users', 'User'),
      { key: 'answer', label: 'Answer' },
      { key: 'answer_number', label: 'Answer Number', type: 'integer' },
      { key: 'answered_by_uuid', label: 'Answered by User ID' },
      { key: 'answered_by_name', label: 'Answered by Name' },
      { key: 'answered_by_email', label: 'Answered by Email' },
      { key: 'answered_at', label: 'Answered At', type: 'datetime' },
      { key: 'raw_callback', label: 'Raw Callback (JSON)' },
    ],
  },
});
