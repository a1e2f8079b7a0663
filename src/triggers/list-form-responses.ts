/**
 * The hidden trigger behind every "Response" dropdown: the chosen form's responses, newest first
 * (`GET /forms/{uuid}/responses/?all=true&order=recent`, dailybot-api-more.md §4), a page per call with
 * "Load more" as every paged dropdown. Each is labelled who, when and where it stands ("Ann Lee ·
 * 2026-03-12 14:05 UTC · approved"). DailyBot's documented rows name no submitter (SILENT): a `user` or
 * guest is shown when a row has one, else "Anonymous" for an anonymous response, else the response's ID.
 * Until a form is picked (or while it is a mapping) it offers nothing.
 */
import { schema } from '../schemas/lazy';
import { DAILYBOT_ID_PATTERN } from '../schemas/patterns';
import { defineDropdown, DropdownOptionSchema } from './dropdowns';
import { toIsoDateTime } from './normalize/dates';
import { PayloadUser } from './normalize/common';
import type { StepModule } from '../steps';

const lenient = <T extends import('zod').ZodType>(field: T) => field.nullish().catch(undefined);

const ListedResponse = schema((zod) =>
  zod.looseObject({
    uuid: lenient(zod.string()),
    id: lenient(zod.union([zod.string(), zod.number()])),
    user: lenient(zod.union([zod.string().transform((uuid) => ({ uuid }) as PayloadUser), PayloadUser.get()])),
    guest_user: lenient(zod.looseObject({ full_name: lenient(zod.string()), email: lenient(zod.string()) })),
    is_anonymous: lenient(zod.boolean()),
    current_state: lenient(zod.string()),
    flow_status: lenient(zod.string()),
    created_at: lenient(zod.union([zod.string(), zod.number()])),
  }),
);

/** `2026-03-12 14:05 UTC`, or nothing for a date that cannot be read. */
const when = (value: unknown): string | undefined => {
  const iso = toIsoDateTime(value);
  return iso ? `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC` : undefined;
};

export const listFormResponses = defineDropdown({
  key: 'list_form_responses',
  noun: 'Form Response',
  plural: 'form responses',
  path: (bundle) => {
    const form = (bundle.inputData as Record<string, unknown> | undefined)?.form;
    return typeof form === 'string' && DAILYBOT_ID_PATTERN.test(form.trim()) ? `/forms/${encodeURIComponent(form.trim())}/responses/` : undefined;
  },
  params: { all: 'true', order: 'recent' },
  item: ListedResponse,
  keep: (r) => Boolean(r.uuid ?? r.id),
  option: (r) => {
    const id = String(r.uuid ?? r.id);
    const person = r.user?.full_name || r.user?.email || r.guest_user?.full_name || r.guest_user?.email;
    const who = person || (r.is_anonymous ? 'Anonymous' : `Response ${id.slice(0, 8)}`);
    const where = r.current_state || (r.flow_status ? `${r.flow_status}` : undefined);
    return { id, name: [who, when(r.created_at), where].filter(Boolean).join(' · ') };
  },
  sample: { id: '6f7a8b9c-0d1e-4f2a-8b3c-4d5e6f7a8b9c', name: 'John Wick · 2024-02-06 14:15 UTC · approved' },
});

export const listFormResponsesStep: StepModule<typeof listFormResponses> = { default: listFormResponses, output: DropdownOptionSchema };
