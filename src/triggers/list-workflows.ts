/**
 * The hidden trigger behind the "Workflow" dropdown: DailyBot workflows that can be run by API.
 * `GET /workflows/` cannot filter on how a workflow starts, so the page is filtered here, as
 * DailyBot's CLI does (`workflow list --filter api_trigger`: `trigger_type == "api_trigger"`,
 * "When triggered via API or button"). Workflows carry `id` (the CLI's `resource_uuid`), maybe
 * `uuid` later: both are read.
 */
import { schema, type Infer } from '../schemas/lazy';
import type { StepModule } from '../steps';
import { defineDropdown, DropdownOptionSchema } from './dropdowns';

export const API_TRIGGER = 'api_trigger';

export const Workflow = schema((zod) =>
  zod
    .looseObject({
      uuid: zod.string().nullish(),
      id: zod.union([zod.string(), zod.number()]).nullish(),
      name: zod.string().nullish(),
      trigger_type: zod.string().nullish(),
      active: zod.boolean().nullish(),
    })
    .refine((w) => Boolean(w.uuid ?? w.id), { message: 'has neither uuid nor id' })
    .transform((w) => ({ ...w, uuid: String(w.uuid ?? w.id) })),
);
export type Workflow = Infer<typeof Workflow>;

const definition = defineDropdown({
  key: 'list_workflows',
  noun: 'Workflow',
  plural: 'workflows that can be run by API',
  path: '/workflows/',
  item: Workflow,
  keep: (w) => (w.trigger_type ?? '').toLowerCase() === API_TRIGGER,
  option: (w) => ({ id: w.uuid, name: `${w.name || w.uuid}${w.active === false ? ' (inactive)' : ''}` }),
  sample: { id: '7d1c2a9e-5b4f-4c3d-8e2a-1f0b9c8d7e6a', name: 'Vacation approved: update the calendar' },
});

export const listWorkflows: StepModule<typeof definition> = { default: definition, output: DropdownOptionSchema };
