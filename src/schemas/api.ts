/**
 * DailyBot's API objects, as the seeds document them. Every object is loose: DailyBot may add fields,
 * and they are kept. Fields that the docs show but that older deployments omit are optional.
 *
 * Resources disagree on the name of their identifier (check-ins and kudos say `id`, users, teams and
 * responses `uuid`), so `identified` accepts either and always gives `uuid`.
 */
import { schema, type Infer, type ZodModule } from './lazy';

/** An object identified by `uuid` or `id`; the output always carries `uuid`. */
const identified = <S extends Record<string, import('zod').ZodType>>(zod: ZodModule, shape: S) =>
  zod
    .looseObject({ uuid: zod.string().optional(), id: zod.union([zod.string(), zod.number()]).optional(), ...shape })
    .refine((o) => o.uuid !== undefined || o.id !== undefined, { message: 'has neither uuid nor id' })
    .transform((o) => ({ ...o, uuid: String(o.uuid ?? o.id) }));

const optionalText = (zod: ZodModule) => zod.string().nullish();

/**
 * `GET /me/` in both shapes its sources show: flat (seed 001: the user's fields, `organization: {uuid, name}`,
 * and older `user` (the name) / `organization_uuid` / `organization_name`), and nested (the official CLI's
 * reference: `user: {uuid, full_name, email}`, `organization: {uuid, name}`).
 */
export const Me = schema((zod) =>
  zod.looseObject({
    uuid: zod.string().optional(),
    full_name: optionalText(zod),
    user: zod
      .union([
        zod.string(),
        zod.looseObject({ uuid: zod.string().optional(), full_name: optionalText(zod), email: optionalText(zod), role: optionalText(zod) }),
      ])
      .nullish(),
    email: optionalText(zod),
    role: optionalText(zod),
    organization: zod.looseObject({ uuid: zod.string(), name: zod.string() }).optional(),
    organization_uuid: optionalText(zod),
    organization_name: optionalText(zod),
  }),
);
export type Me = Infer<typeof Me>;

export const User = schema((zod) =>
  identified(zod, {
    full_name: zod.string().nullish().transform((v) => v ?? ''),
    email: optionalText(zod),
    is_active: zod.boolean().optional(),
    bot_enabled: zod.boolean().optional(),
    role: optionalText(zod),
    timezone: optionalText(zod),
    image: optionalText(zod),
    username: optionalText(zod),
    occupation: optionalText(zod),
    birth_date: optionalText(zod),
    work_days: zod.array(zod.number()).nullish(),
    // an unreadable time off is dropped by the date normalizer, not a failed step
    timeoff_start: optionalText(zod).catch(null),
    timeoff_end: optionalText(zod).catch(null),
  }),
);
export type User = Infer<typeof User>;

export const Team = schema((zod) =>
  identified(zod, {
    name: zod.string(),
    active: zod.boolean().optional(),
    is_default: zod.boolean().optional(),
  }),
);
export type Team = Infer<typeof Team>;

export const CheckinSummary = schema((zod) =>
  zod.looseObject({
    completed_percentage: zod.number().optional(),
    expected_responses: zod.number().optional(),
    completed_responses: zod.number().optional(),
    total_blockers: zod.number().optional(),
    current_user_is_respondent: zod.boolean().optional(),
    current_user_has_response: zod.boolean().optional(),
  }),
);

export const Checkin = schema((zod) =>
  identified(zod, {
    name: zod.string(),
    template: zod.union([zod.string(), zod.looseObject({})]).nullish(),
    active: zod.boolean().optional(),
    is_anonymous: zod.boolean().optional(),
    start_on: optionalText(zod),
    end_on: optionalText(zod),
    frequency_on_days: zod.array(zod.number()).nullish(),
    custom_trigger_time: optionalText(zod),
    reminders_max_count: zod.number().nullish(),
    reminders_trigger_condition: optionalText(zod),
    reminders_frequency_time: zod.number().nullish(),
    is_trigger_based: zod.boolean().optional(),
    summary: CheckinSummary.get().nullish(),
  }),
);
export type Checkin = Infer<typeof Checkin>;

export const Form = schema((zod) =>
  identified(zod, {
    name: zod.string(),
    is_active: zod.boolean().optional(),
    collect_responses_anonymously: zod.boolean().optional(),
    is_archive: zod.boolean().optional(),
  }),
);
export type Form = Infer<typeof Form>;

export const QuestionField = schema((zod) =>
  zod.looseObject({
    uuid: zod.string().optional(),
    question: zod.string().nullish(),
    question_short: zod.string().nullish(),
    question_type: zod.string().nullish(),
    is_blocker: zod.boolean().nullish(),
    is_optional: zod.boolean().nullish(),
    is_hidden: zod.boolean().nullish(),
  }),
);
export type QuestionField = Infer<typeof QuestionField>;

export const Template = schema((zod) =>
  identified(zod, {
    name: zod.string(),
    questions: zod.looseObject({ fields: zod.array(QuestionField.get()).optional() }).nullish(),
    intro: optionalText(zod),
    outro: optionalText(zod),
  }),
);
export type Template = Infer<typeof Template>;

/** DailyBot's list envelope. `GET /forms/` (and some older deployments) answer with a bare array instead. */
export const PageEnvelope = schema((zod) =>
  zod.looseObject({
    count: zod.number().nullish(),
    next: zod.string().nullish(),
    previous: zod.string().nullish(),
    results: zod.array(zod.unknown()),
  }),
);

/** The body of a DailyBot error answer (DRF style). */
export const ErrorBody = schema((zod) => {
  // a role, or the roles any of which would do (R1 `api_client._handle_response` reads them from the body or `extra`)
  const role = zod.union([zod.string(), zod.array(zod.string())]).nullish().catch(undefined);
  return zod.looseObject({
    detail: zod.unknown().optional(),
    // mood answers say `details` (dailybot-api-more.md §10.1), the workflow listing `error` (§9)
    details: zod.unknown().optional(),
    error: zod.unknown().optional(),
    code: zod.string().nullish(),
    upgrade_url: zod.string().nullish(),
    errors: zod.record(zod.string(), zod.unknown()).nullish(),
    required_role: role,
    current_role: role,
    extra: zod.looseObject({ required_role: role, current_role: role }).nullish().catch(undefined),
  });
});
export type ErrorBody = Infer<typeof ErrorBody>;
