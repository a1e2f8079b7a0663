/**
 * Track Mood: `POST /mood/track/ {score, date?}` (dailybot-api-more.md §10.1; DailyBot's v3 mood
 * docs and CLI `track_mood`). The API key owner's own mood, 1 to 5, in DailyBot's words for each score
 * (its CLI: Very low, Low, Okay, Good, Great). One entry per person and day: again →
 * `409 motivation_score_already_completed`; a score out of range → `400 invalid_score`. DailyBot's
 * answers write their text under `details` (read by src/http/errors.ts). The date defaults to today in
 * the person's time zone, which DailyBot knows and this app does not: without a date, the output's
 * date is empty.
 */
import { defineCreate, defineInputFields, type Bundle, type ZObject } from 'zapier-platform-core';

import { explainCodes, sendAction } from './shared/request';
import { dateField } from '../inputs/fields';
import { parseInputs } from '../inputs/parse';
import { date } from '../inputs/rules';
import { schema, type Infer } from '../schemas/lazy';

/** DailyBot's words for each score (its CLI's mood picker). */
export const MOOD_LABELS = ['Very low', 'Low', 'Okay', 'Good', 'Great'] as const;

const inputFields = defineInputFields([
  {
    key: 'score',
    label: 'Mood',
    type: 'string',
    required: true,
    choices: MOOD_LABELS.map((label, i) => ({ value: String(i + 1), label: `${i + 1} – ${label}`, sample: String(i + 1) })),
    helpText: 'How the API key’s owner feels, from 1 (Very low) to 5 (Great). Map a number from 1 to 5, or one of the words.',
  },
  dateField('date', 'Date', 'The day this mood is for. Empty: today, in the time zone of the API key’s owner. DailyBot keeps one mood a day.'),
]);

const Inputs = schema((zod) =>
  zod.object({
    score: zod.preprocess(
      (v) => {
        if (typeof v === 'number') return v;
        if (typeof v !== 'string') return v;
        const t = v.trim().toLowerCase();
        const byWord = MOOD_LABELS.findIndex((label) => label.toLowerCase() === t);
        if (byWord >= 0) return byWord + 1;
        const m = /^([1-5])(?:\s*[–-].*)?$/.exec(t);
        return m ? Number(m[1]) : v;
      },
      zod
        .number({ error: `must be a number from 1 to 5, or one of: ${MOOD_LABELS.join(', ')}` })
        .int(`must be a whole number from 1 to 5`)
        .min(1, 'must be from 1 to 5')
        .max(5, 'must be from 1 to 5'),
    ),
    date: date(zod),
  }),
);

/** The body of `POST /mood/track/`. */
export const request = schema((zod) =>
  zod.strictObject({ score: zod.number().int().min(1).max(5), date: zod.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional() }),
);

export const output = schema((zod) =>
  zod.object({ score: zod.number().int(), score_label: zod.enum(MOOD_LABELS), date: zod.string().nullable(), detail: zod.string().nullable() }),
);

const Answer = schema((zod) => zod.looseObject({ details: zod.string().nullish().catch(undefined), detail: zod.string().nullish().catch(undefined) }));

const ALREADY =
  'The API key’s owner already tracked their mood for this day, and DailyBot keeps one a day, so nothing changed (DailyBot code: motivation_score_already_completed). ' +
  'Pick another “Date”, or leave this run as it is.';

const perform = async (z: ZObject, bundle: Bundle): Promise<Infer<typeof output>> => {
  const inputs = parseInputs(z, Inputs, bundle.inputData, inputFields);
  const response = await sendAction(z, bundle, {
    method: 'POST',
    path: '/mood/track/',
    body: { score: inputs.score, ...(inputs.date ? { date: inputs.date } : {}) },
    explain: explainCodes({
      motivation_score_already_completed: ALREADY,
      409: ALREADY,
      invalid_score: `DailyBot did not take this score: “Mood” must be from 1 (${MOOD_LABELS[0]}) to 5 (${MOOD_LABELS[4]}).`,
    }),
  });
  const parsed = Answer.safeParse(response.data);
  return {
    score: inputs.score,
    score_label: MOOD_LABELS[inputs.score - 1]!,
    date: inputs.date ?? null,
    detail: parsed.success ? (parsed.data.details ?? parsed.data.detail ?? null) : null,
  };
};

export default defineCreate({
  key: 'track_mood',
  noun: 'Mood',
  display: {
    label: 'Track Mood',
    description: 'Records how the API key’s owner feels today (or on a given day), from 1 (Very low) to 5 (Great).',
  },
  operation: {
    inputFields,
    perform,
    sample: { score: 4, score_label: 'Good', date: '2026-03-31', detail: 'The mood response has been tracked' },
    outputFields: [
      { key: 'score', label: 'Mood Score', type: 'integer' },
      { key: 'score_label', label: 'Mood' },
      { key: 'date', label: 'Date', type: 'string' },
      { key: 'detail', label: 'DailyBot Says' },
    ],
  },
});
